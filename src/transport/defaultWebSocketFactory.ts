import type { WebSocketFactory, WebSocketLike } from './WebSocketLike.js';

let registered: WebSocketFactory | undefined;

/**
 * Registers the factory used when the config names none. The Node entry point registers `NodeWebSocket`; browser
 * builds fall back to the global `WebSocket`.
 */
export function setDefaultWebSocketFactory(factory: WebSocketFactory | undefined): void {
  registered = factory;
}

/**
 * Picks the socket implementation: the config's, else the registered default, else the global `WebSocket`.
 *
 * @throws TypeError when none exists (Node 20 has no global `WebSocket`; import the package's Node entry or pass one).
 */
export function resolveWebSocketFactory(explicit?: WebSocketFactory): WebSocketFactory {
  if (explicit !== undefined) return explicit;
  if (registered !== undefined) return registered;
  const Native = (globalThis as { WebSocket?: new (url: string) => WebSocketLike }).WebSocket;
  if (Native !== undefined) return (url) => new Native(url);
  throw new TypeError(
    'No WebSocket implementation: import "crypto-exchange" from Node (which uses "ws"), or pass webSocketFactory in the config.',
  );
}
