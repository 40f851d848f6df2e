import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Serves the WebSocket upgrades of some paths of the simulator's HTTP server. The market streams are one; the
 * WebSocket API (`/ws-api/v3`) is another.
 */
export interface UpgradeHandler {
  /** Completes (or refuses, with an HTTP status) the upgrade of `socket`. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every connection it accepted and releases its timers. */
  close(): void;
}
