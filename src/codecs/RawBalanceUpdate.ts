import type * as t from 'io-ts';
import { Decimal, Epoch, Literal, Text } from './primitives.js';
import { wireType } from './wireType.js';

/**
 * The `balanceUpdate` event of the user data stream: a deposit, a withdrawal or a transfer between accounts
 * (PROTOCOL §5.3).
 *
 * ```json
 * {"e":"balanceUpdate","E":1573200697110,"a":"BTC","d":"100.00000000","T":1573200697068}
 * ```
 * `d` is the signed change of the balance (negative for a withdrawal), `T` the clear time.
 * See https://developers.binance.com/docs/binance-spot-api-docs/user-data-stream#balance-update
 */
export const RawBalanceUpdate = wireType('RawBalanceUpdate', {
  e: Literal('balanceUpdate'),
  E: Epoch,
  a: Text,
  d: Decimal,
  T: Epoch,
});
export type RawBalanceUpdate = t.TypeOf<typeof RawBalanceUpdate>;
