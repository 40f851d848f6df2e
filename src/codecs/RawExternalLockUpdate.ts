import type * as t from 'io-ts';
import { Decimal, Epoch, Literal, Text } from './primitives.js';
import { wireType } from './wireType.js';

/**
 * The `externalLockUpdate` event of the user data stream: part of a spot balance was locked or unlocked by another
 * system, for example as margin collateral (PROTOCOL §5.3, since 2024-12).
 *
 * ```json
 * {"e":"externalLockUpdate","E":1581557507324,"a":"NEO","d":"10.00000000","T":1581557507268}
 * ```
 * `d` is the signed change of the locked amount, `T` the transaction time.
 * See https://developers.binance.com/docs/binance-spot-api-docs/user-data-stream#external-lock-update
 */
export const RawExternalLockUpdate = wireType('RawExternalLockUpdate', {
  e: Literal('externalLockUpdate'),
  E: Epoch,
  a: Text,
  d: Decimal,
  T: Epoch,
});
export type RawExternalLockUpdate = t.TypeOf<typeof RawExternalLockUpdate>;
