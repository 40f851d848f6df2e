import type { WsApiConnectionInfo } from './WsApiConnectionInfo.js';
import type { WsApiRequestLogEntry } from './WsApiRequestLogEntry.js';

/**
 * The events of `sim.wsApi.events`, so tests can wait for a condition instead of sleeping: `'connection'` when an
 * upgrade completes, `'request'` once a request has been answered, `'disconnect'` when a connection has closed. Each
 * carries a snapshot.
 *
 * @example
 * ```ts
 * const [entry] = (await once(sim.wsApi.events, 'request')) as [WsApiRequestLogEntry];
 * ```
 */
export interface WsApiEvents {
  connection: [WsApiConnectionInfo];
  request: [WsApiRequestLogEntry];
  disconnect: [WsApiConnectionInfo];
}
