import type * as t from 'io-ts';
import { orderAckFields } from './orderFields.js';
import { wireType } from './wireType.js';

/**
 * The `newOrderRespType=ACK` answer of `POST /api/v3/order`: the ids of the accepted order, no state. Binance's
 * default for every type but MARKET and LIMIT.
 *
 * ```json
 * {"symbol":"BTCUSDT","orderId":28,"orderListId":-1,"clientOrderId":"6gCrw2kRUAF9CvJDGP16IP","transactTime":1507725176595}
 * ```
 * `orderListId` is -1 unless the order is part of an order list.
 * See https://developers.binance.com/docs/binance-spot-api-docs/rest-api/trading-endpoints#new-order-trade
 */
export const RawOrderAck = wireType('RawOrderAck', orderAckFields);
export type RawOrderAck = t.TypeOf<typeof RawOrderAck>;
