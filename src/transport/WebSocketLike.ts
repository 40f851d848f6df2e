/**
 * The part of a WebSocket the library uses: the browser's native `WebSocket` satisfies it as is, and Node gets an
 * adapter over `ws` (see `NodeWebSocket`). Keeping to this shape keeps DOM and `ws` types out of the public API.
 */
export interface WebSocketLike {
  /** 0 connecting, 1 open, 2 closing, 3 closed (the WHATWG values). */
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  /** Text frames arrive as strings. */
  onmessage: ((event: { readonly data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onclose: ((event: { readonly code: number; readonly reason: string }) => void) | null;
  /**
   * Called when the server pings. Only implementations that can see ping frames call it (`NodeWebSocket` does;
   * browsers answer pings invisibly), so nothing may depend on it alone.
   */
  onping?: (() => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

/** Opens a socket to `url`. Pass one in the config to use another WebSocket implementation. */
export type WebSocketFactory = (url: string) => WebSocketLike;

/** `readyState` value of an open socket. */
export const WS_OPEN = 1;
