import type * as t from 'io-ts';
import { RawUserDataEvent } from './RawUserDataEvent.js';
import { isCount, primitive } from './primitives.js';
import { wireType } from './wireType.js';

/**
 * io-ts codec of a user data subscription id: a non-negative integer. `0` is a valid id (the first subscription of
 * a connection, and the only one of `userDataStream.subscribe`): test it with `=== undefined`, never for falsiness.
 */
export const SubscriptionId = primitive('SubscriptionId', isCount, 'a subscription id (a non-negative integer)');

/**
 * A user data event as the WebSocket API delivers it: a frame without `id`, naming the subscription it belongs to
 * (PROTOCOL §4, §5.1).
 *
 * ```json
 * {"subscriptionId":0,"event":{"e":"balanceUpdate","E":1573200697110,"a":"BTC","d":"100.00000000","T":1573200697068}}
 * ```
 * `event` is decoded by {@link RawUserDataEvent}: chosen by its `e`, an unknown event kept as sent. A bad event is
 * reported under `event.` (`event.q: expected a decimal string, got 1`).
 * See https://developers.binance.com/docs/binance-spot-api-docs/user-data-stream
 */
export const RawUserDataEnvelope = wireType('RawUserDataEnvelope', {
  subscriptionId: SubscriptionId,
  event: RawUserDataEvent,
});
export type RawUserDataEnvelope = t.TypeOf<typeof RawUserDataEnvelope>;
