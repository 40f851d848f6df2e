import type * as t from 'io-ts';
import { EpochOrUnset, orderConditionalFields, orderStateFields } from './orderFields.js';
import { Epoch, Flag } from './primitives.js';
import { wireArray } from './wireArray.js';
import { optional, wireType } from './wireType.js';

/**
 * An order as `GET /api/v3/order` answers it, and each item of `GET /api/v3/openOrders` and `GET /api/v3/allOrders`.
 *
 * ```json
 * {"symbol":"LTCBTC","orderId":1,"orderListId":-1,"clientOrderId":"myOrder1","price":"0.1","origQty":"1.0",
 *  "executedQty":"0.0","cummulativeQuoteQty":"0.0","status":"NEW","timeInForce":"GTC","type":"LIMIT","side":"BUY",
 *  "stopPrice":"0.0","icebergQty":"0.0","time":1499827319559,"updateTime":1499827319559,"isWorking":true,
 *  "workingTime":1499827319559,"origQuoteOrderQty":"0.000000","selfTradePreventionMode":"NONE"}
 * ```
 * `time` is the creation time (there is no `transactTime`). For some historical orders `cummulativeQuoteQty` is
 * negative: not available.
 * See https://developers.binance.com/docs/binance-spot-api-docs/rest-api/account-endpoints#query-order-user_data
 */
export const RawOrder = wireType('RawOrder', {
  ...orderStateFields,
  time: Epoch,
  updateTime: Epoch,
  isWorking: Flag,
  workingTime: optional(EpochOrUnset),
  ...orderConditionalFields,
});
export type RawOrder = t.TypeOf<typeof RawOrder>;

/** The answer of `GET /api/v3/openOrders` and `GET /api/v3/allOrders`. */
export const RawOrderArray = wireArray('RawOrderArray', RawOrder);
