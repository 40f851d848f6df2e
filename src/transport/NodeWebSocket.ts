import { WebSocket } from 'ws';
import type { WebSocketLike } from './WebSocketLike.js';

/**
 * {@link WebSocketLike} over the `ws` package, for Node. Unlike the WHATWG shape it also reports server pings
 * (`onping`), which the heartbeat watchdog counts as life. `ws` answers pings with pongs by itself.
 *
 * Every `ws` event has a listener, so a failed connection (DNS, refused, reset) becomes an `onerror` + `onclose`
 * pair and never an uncaught `'error'` event.
 */
export class NodeWebSocket implements WebSocketLike {
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { readonly data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onclose: ((event: { readonly code: number; readonly reason: string }) => void) | null = null;
  onping: (() => void) | null = null;
  private readonly socket: WebSocket;

  constructor(url: string) {
    // No compression: Binance does not negotiate it, and inflating every frame would cost more than it saves here.
    this.socket = new WebSocket(url, { perMessageDeflate: false });
    this.socket.on('open', () => this.onopen?.(undefined));
    this.socket.on('message', (data: Buffer, isBinary: boolean) => {
      this.onmessage?.({ data: isBinary ? data : data.toString() });
    });
    this.socket.on('ping', () => this.onping?.());
    this.socket.on('error', (error) => this.onerror?.(error));
    this.socket.on('close', (code: number, reason: Buffer) => this.onclose?.({ code, reason: reason.toString() }));
  }

  get readyState(): number {
    return this.socket.readyState;
  }

  send(data: string): void {
    this.socket.send(data);
  }

  close(code?: number, reason?: string): void {
    // terminate() when still connecting: close() on a CONNECTING ws throws ("closed before the connection was established").
    if (this.socket.readyState === WebSocket.CONNECTING) this.socket.terminate();
    else this.socket.close(code, reason);
  }
}
