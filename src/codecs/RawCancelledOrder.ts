import type * as t from 'io-ts';
import { EpochOrUnset, orderAckFields, orderConditionalFields, orderStateFields } from './orderFields.js';
import { Text } from './primitives.js';
import { optional, wireType } from './wireType.js';

/**
 * The answer of `DELETE /api/v3/order`: like a RESULT, plus `origClientOrderId`, the canceled order's own client id,
 * while `clientOrderId` is the id of the cancel request.
 *
 * ```json
 * {"symbol":"LTCBTC","origClientOrderId":"myOrder1","orderId":4,"orderListId":-1,"clientOrderId":"cancelMyOrder1",
 *  "transactTime":1684804350068,"price":"2.00000000","origQty":"1.00000000","executedQty":"0.00000000",
 *  "origQuoteOrderQty":"0.000000","cummulativeQuoteQty":"0.00000000","status":"CANCELED","timeInForce":"GTC",
 *  "type":"LIMIT","side":"BUY","selfTradePreventionMode":"NONE"}
 * ```
 * See https://developers.binance.com/docs/binance-spot-api-docs/rest-api/trading-endpoints#cancel-order-trade
 */
export const RawCancelledOrder = wireType('RawCancelledOrder', {
  ...orderAckFields,
  origClientOrderId: Text,
  ...orderStateFields,
  workingTime: optional(EpochOrUnset),
  ...orderConditionalFields,
});
export type RawCancelledOrder = t.TypeOf<typeof RawCancelledOrder>;
