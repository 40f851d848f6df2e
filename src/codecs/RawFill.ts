import type * as t from 'io-ts';
import { AnyText } from './orderFields.js';
import { Decimal, Id } from './primitives.js';
import { wireArray } from './wireArray.js';
import { wireType } from './wireType.js';

/**
 * One fill of a `newOrderRespType=FULL` answer: a trade the order took part in when it was placed.
 *
 * ```json
 * {"price":"4000.00000000","qty":"1.00000000","commission":"4.00000000","commissionAsset":"USDT","tradeId":56}
 * ```
 * See https://developers.binance.com/docs/binance-spot-api-docs/rest-api/trading-endpoints#new-order-trade
 */
export const RawFill = wireType('RawFill', {
  price: Decimal,
  qty: Decimal,
  commission: Decimal,
  // Informative only: an unexpected asset name must not make the answer of an executed order undecodable.
  commissionAsset: AnyText,
  tradeId: Id,
});
export type RawFill = t.TypeOf<typeof RawFill>;

/** The `fills` array of a FULL answer (empty for an order that rests on the book). */
export const RawFillArray = wireArray('RawFillArray', RawFill);
