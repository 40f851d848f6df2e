import type { ConnectionInfo } from './ConnectionInfo.js';
import type { ControlLogEntry } from './ControlLogEntry.js';

/**
 * The events of `sim.events`, so tests can wait for a condition instead of sleeping:
 * `'connection'` when an upgrade completes, `'control'` after a control message was answered (or refused),
 * `'disconnect'` when a connection has closed. Each carries a snapshot of the record.
 *
 * @example
 * ```ts
 * const [info] = (await once(sim.events, 'disconnect')) as [ConnectionInfo];
 * ```
 */
export interface MarketStreamEvents {
  connection: [ConnectionInfo];
  control: [ControlLogEntry];
  disconnect: [ConnectionInfo];
}
