import type * as t from 'io-ts';
import { Decimal, Epoch, Literal, Text } from './primitives.js';
import { wireArray } from './wireArray.js';
import { wireType } from './wireType.js';

/** One balance of an `outboundAccountPosition` event: `a` asset, `f` free, `l` locked. */
export const RawAccountPositionBalance = wireType('RawAccountPositionBalance', { a: Text, f: Decimal, l: Decimal });
export type RawAccountPositionBalance = t.TypeOf<typeof RawAccountPositionBalance>;

/** The `B` array of an `outboundAccountPosition` event. */
export const RawAccountPositionBalanceArray = wireArray('RawAccountPositionBalanceArray', RawAccountPositionBalance);

/**
 * The `outboundAccountPosition` event of the user data stream, sent whenever a balance changed; it lists the assets
 * the change may have touched, not the whole account (PROTOCOL §5.3).
 *
 * ```json
 * {"e":"outboundAccountPosition","E":1564034571105,"u":1564034571073,"B":[{"a":"ETH","f":"10000.000000","l":"0.000000"}]}
 * ```
 * `u` is the time of the last account update.
 * See https://developers.binance.com/docs/binance-spot-api-docs/user-data-stream#account-update
 */
export const RawOutboundAccountPosition = wireType('RawOutboundAccountPosition', {
  e: Literal('outboundAccountPosition'),
  E: Epoch,
  u: Epoch,
  B: RawAccountPositionBalanceArray,
});
export type RawOutboundAccountPosition = t.TypeOf<typeof RawOutboundAccountPosition>;
