import * as t from 'io-ts';
import { Decimal, Epoch } from './primitives.js';
import { wireType } from './wireType.js';

/**
 * The answer of `GET /api/v3/avgPrice`: the volume-weighted average price over the last `mins` minutes.
 *
 * ```json
 * {"mins":5,"price":"9.35751834","closeTime":1694061154503}
 * ```
 * See https://developers.binance.com/docs/binance-spot-api-docs/rest-api/market-data-endpoints#current-average-price
 */
export const RawAveragePrice = wireType('RawAveragePrice', { mins: t.number, price: Decimal, closeTime: Epoch });
export type RawAveragePrice = t.TypeOf<typeof RawAveragePrice>;
