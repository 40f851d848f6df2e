import type * as t from 'io-ts';
import { AnyText } from './orderFields.js';
import { Decimal, Epoch, Flag, Id, Text } from './primitives.js';
import { wireArray } from './wireArray.js';
import { wireType } from './wireType.js';

/**
 * One trade of the account, an item of `GET /api/v3/myTrades`.
 *
 * ```json
 * {"symbol":"BNBBTC","id":28457,"orderId":100234,"orderListId":-1,"price":"4.00000100","qty":"12.00000000",
 *  "quoteQty":"48.000012","commission":"10.10000000","commissionAsset":"BNB","time":1499865549590,"isBuyer":true,
 *  "isMaker":false,"isBestMatch":true}
 * ```
 * See https://developers.binance.com/docs/binance-spot-api-docs/rest-api/account-endpoints#account-trade-list-user_data
 */
export const RawMyTrade = wireType('RawMyTrade', {
  symbol: Text,
  id: Id,
  orderId: Id,
  orderListId: Id,
  price: Decimal,
  qty: Decimal,
  quoteQty: Decimal,
  commission: Decimal,
  commissionAsset: AnyText,
  time: Epoch,
  isBuyer: Flag,
  isMaker: Flag,
  isBestMatch: Flag,
});
export type RawMyTrade = t.TypeOf<typeof RawMyTrade>;

/** The answer of `GET /api/v3/myTrades`. */
export const RawMyTradeArray = wireArray('RawMyTradeArray', RawMyTrade);
