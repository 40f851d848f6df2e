import type { EventEmitter } from 'node:events';
import type { WsApiConnectionInfo } from './WsApiConnectionInfo.js';
import type { WsApiEvents } from './WsApiEvents.js';
import type { WsApiRequestLogEntry } from './WsApiRequestLogEntry.js';

/** What the WebSocket API has seen (`sim.wsApi`). Every call returns a fresh snapshot. */
export interface WsApiIntrospection {
  /** Every connection accepted since start, live or closed, oldest first. */
  connections(): WsApiConnectionInfo[];
  /** Every request received on any connection, oldest first. */
  requestLog(): WsApiRequestLogEntry[];
  /** `'connection'`, `'request'` and `'disconnect'`. */
  readonly events: EventEmitter<WsApiEvents>;
}
