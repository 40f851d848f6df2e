import type * as t from 'io-ts';
import { Epoch, Literal } from './primitives.js';
import { wireType } from './wireType.js';

/**
 * The `eventStreamTerminated` event of the user data stream: the subscription ended (unsubscribe, `session.logout`
 * of a `subscribe` subscription, or an expired listen token). No more events follow on it (PROTOCOL §5.1).
 *
 * ```json
 * {"e":"eventStreamTerminated","E":1728973001334}
 * ```
 * See https://developers.binance.com/docs/binance-spot-api-docs/user-data-stream#event-stream-terminated
 */
export const RawEventStreamTerminated = wireType('RawEventStreamTerminated', {
  e: Literal('eventStreamTerminated'),
  E: Epoch,
});
export type RawEventStreamTerminated = t.TypeOf<typeof RawEventStreamTerminated>;
