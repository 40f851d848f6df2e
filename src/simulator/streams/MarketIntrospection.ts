import type { ConnectionInfo } from './ConnectionInfo.js';
import type { ControlLogEntry } from './ControlLogEntry.js';

/** What the market-stream server has seen (`sim.market`). Every call returns a fresh snapshot. */
export interface MarketIntrospection {
  /** Every connection accepted since start, live or closed, oldest first. */
  connections(): ConnectionInfo[];
  /** Every text message received on any connection, oldest first. */
  controlLog(): ControlLogEntry[];
  /** Every WebSocket upgrade request the server received, on any path, accepted or refused. */
  connectionAttempts(): number;
}
