// The order requests REST (`/api/v3/order…`) and the WebSocket API (`order.*`) serve alike: the same parameters, read
// with the same checks, the same exchange call, the same answer. Each API keeps only what differs: its envelope,
// headers and faults.
import type { ParamReader } from '../rest/ParamReader.js';
import { RestError } from '../rest/RestError.js';
import type { Exchange, PlacedOrder } from './Exchange.js';
import { CANCEL_RESTRICTIONS } from './orderEnums.js';
import { ackJson, cancelJson, fullJson, resultJson, type TimeConversion } from './orderJson.js';
import { clientOrderId, readNewOrder } from './readNewOrder.js';

/** What an order request needs of its API's call: its parameters, account, server time and time unit. */
export interface OrderRequestCall {
  readonly params: ParamReader;
  /** The account of the verified key (order requests are always signed). */
  readonly account: string | undefined;
  readonly now: number;
  readonly time: TimeConversion;
}

/** `orderId` and/or `origClientOrderId`; -1102 when neither is sent. */
export function orderRef(params: ParamReader): { orderId?: number; origClientOrderId?: string } {
  const orderId = params.integer('orderId');
  const origClientOrderId = clientOrderId(params, 'origClientOrderId');
  if (orderId === undefined && origClientOrderId === undefined) {
    throw RestError.eitherMandatory('orderId', 'origClientOrderId');
  }
  return {
    ...(orderId === undefined ? {} : { orderId }),
    ...(origClientOrderId === undefined ? {} : { origClientOrderId }),
  };
}

/** A placed order's answer in the response type it asked for (ACK, RESULT or FULL). */
export function placedJson(placed: PlacedOrder, time: TimeConversion): Record<string, unknown> {
  const { order, units, transactTime, fills, prevented } = placed;
  if (placed.responseType === 'ACK') return ackJson(order, transactTime, time);
  if (placed.responseType === 'RESULT') return resultJson(order, units, transactTime, time);
  return fullJson(order, units, transactTime, fills, prevented, time);
}

/** Tests a new order (`order/test`): every check of a placement, nothing placed; commission rates when asked. */
export function testOrder(exchange: Exchange, { params, account, now }: OrderRequestCall): unknown {
  const request = readNewOrder(params, (symbol) => exchange.unitsOf(symbol));
  const withRates = params.boolean('computeCommissionRates') ?? false;
  params.assertAllRead();
  const rates = exchange.testOrder(account as string, request, now);
  return withRates ? rates : {};
}

/** Cancels one order, by `orderId` or `origClientOrderId`, with the optional cancel restrictions. */
export function cancelOrder(exchange: Exchange, { params, account, now, time }: OrderRequestCall): unknown {
  const symbol = params.requiredSymbol();
  const ref = orderRef(params);
  const newClientOrderId = clientOrderId(params, 'newClientOrderId');
  const restriction = params.oneOf(
    'cancelRestrictions',
    CANCEL_RESTRICTIONS,
    () => new RestError(-1145, 'cancelRestrictions has to be either ONLY_NEW or ONLY_PARTIALLY_FILLED.'),
  );
  params.assertAllRead();
  const canceled = exchange.cancelOrder(account as string, symbol, ref, now, {
    ...(newClientOrderId === undefined ? {} : { newClientOrderId }),
    ...(restriction === undefined ? {} : { restriction }),
  });
  const { order, units, cancelClientOrderId, transactTime } = canceled;
  return cancelJson(order, units, cancelClientOrderId, transactTime, time);
}
