import type * as t from 'io-ts';
import { RawFillArray } from './RawFill.js';
import { RawOrderResult } from './RawOrderResult.js';
import { wireType } from './wireType.js';

/**
 * The `newOrderRespType=FULL` answer of `POST /api/v3/order`: the RESULT fields plus the fills made on placement.
 * Binance's default for MARKET and LIMIT orders.
 *
 * ```json
 * {"symbol":"BTCUSDT","orderId":28,"orderListId":-1,"clientOrderId":"6gCrw2kRUAF9CvJDGP16IP",
 *  "transactTime":1507725176595,"price":"0.00000000","origQty":"10.00000000","executedQty":"10.00000000",
 *  "origQuoteOrderQty":"0.000000","cummulativeQuoteQty":"39983.00000000","status":"FILLED","timeInForce":"GTC",
 *  "type":"MARKET","side":"SELL","workingTime":1507725176595,"selfTradePreventionMode":"NONE",
 *  "fills":[{"price":"4000.00000000","qty":"1.00000000","commission":"4.00000000","commissionAsset":"USDT","tradeId":56}]}
 * ```
 * (Binance's own example shows `cummulativeQuoteQty` "10" beside fills worth 39983: a documentation defect.)
 * See https://developers.binance.com/docs/binance-spot-api-docs/rest-api/trading-endpoints#new-order-trade
 */
export const RawOrderFull = wireType('RawOrderFull', { ...RawOrderResult.fields, fills: RawFillArray });
export type RawOrderFull = t.TypeOf<typeof RawOrderFull>;
