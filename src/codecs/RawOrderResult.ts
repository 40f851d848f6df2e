import type * as t from 'io-ts';
import { EpochOrUnset, orderAckFields, orderConditionalFields, orderStateFields } from './orderFields.js';
import { optional, wireType } from './wireType.js';

/**
 * The `newOrderRespType=RESULT` answer of `POST /api/v3/order`: the ACK fields plus the order's state.
 *
 * ```json
 * {"symbol":"BTCUSDT","orderId":28,"orderListId":-1,"clientOrderId":"6gCrw2kRUAF9CvJDGP16IP",
 *  "transactTime":1507725176595,"price":"0.00000000","origQty":"10.00000000","executedQty":"10.00000000",
 *  "origQuoteOrderQty":"0.000000","cummulativeQuoteQty":"10.00000000","status":"FILLED","timeInForce":"GTC",
 *  "type":"MARKET","side":"SELL","workingTime":1507725176595,"selfTradePreventionMode":"NONE"}
 * ```
 * Conditional fields (`stopPrice`, `icebergQty`, `trailingDelta`, …) appear only when they apply. `workingTime` is
 * -1 while a stop order has not triggered.
 * See https://developers.binance.com/docs/binance-spot-api-docs/rest-api/trading-endpoints#new-order-trade
 */
export const RawOrderResult = wireType('RawOrderResult', {
  ...orderAckFields,
  ...orderStateFields,
  workingTime: optional(EpochOrUnset),
  ...orderConditionalFields,
});
export type RawOrderResult = t.TypeOf<typeof RawOrderResult>;
