import type * as t from 'io-ts';
import { Decimal, Text } from './primitives.js';
import { wireArray } from './wireArray.js';
import { wireType } from './wireType.js';

/**
 * One balance of `GET /api/v3/account`.
 *
 * ```json
 * {"asset":"BTC","free":"4723846.89208129","locked":"0.00000000"}
 * ```
 * See https://developers.binance.com/docs/binance-spot-api-docs/rest-api/account-endpoints#account-information-user_data
 */
export const RawBalance = wireType('RawBalance', { asset: Text, free: Decimal, locked: Decimal });
export type RawBalance = t.TypeOf<typeof RawBalance>;

/** The `balances` array of the account. */
export const RawBalanceArray = wireArray('RawBalanceArray', RawBalance);
