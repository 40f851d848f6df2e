import type { Exchange, PlacedOrder } from '../exchange/Exchange.js';
import { queryJson } from '../exchange/orderJson.js';
import { cancelOrder, orderRef, placedJson, testOrder } from '../exchange/orderRequests.js';
import { readNewOrder } from '../exchange/readNewOrder.js';
import type { ForcedReply } from '../rest/createRestHandler.js';
import { RestError } from '../rest/RestError.js';
import type { WsApiCall, WsApiMethod } from './WsApiMethod.js';

/** The trading faults that also apply to the WebSocket API (`sim.tradingFaults.failNextOrder`). */
export interface OrderFailureSource {
  takeOrderFailure(executed: boolean): ForcedReply | undefined;
}

const TIMEOUT = {
  code: -1007,
  msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
};

/**
 * The trading and account methods (PROTOCOL §3.6–3.7, §4; weights mirror REST): `order.place` (1, 0 when it succeeds;
 * its `rateLimits` carry the account's ORDERS windows), `order.test` (1, 20 with `computeCommissionRates`),
 * `order.cancel` (1, 0 when it succeeds), `order.status` (4), `openOrders.status` (6 with a symbol, 80 without),
 * `account.status` (20). All are SIGNED; answers are shaped exactly as REST's.
 */
export function orderMethods(context: {
  readonly exchange: Exchange;
  readonly orderFailures?: OrderFailureSource;
}): WsApiMethod[] {
  const { exchange, orderFailures } = context;
  const unitsOf = (symbol: string) => exchange.unitsOf(symbol);
  return [
    {
      name: 'order.place',
      security: 'SIGNED',
      weight: 1,
      weightOnSuccess: 0,
      handle: (call) => placeOrder(call, exchange, orderFailures),
    },
    {
      name: 'order.test',
      security: 'SIGNED',
      weight: (values) => (values.get('computeCommissionRates') === 'true' ? 20 : 1),
      handle: (call) => testOrder(exchange, call),
    },
    {
      name: 'order.cancel',
      security: 'SIGNED',
      weight: 1,
      weightOnSuccess: 0,
      handle: (call) => cancelOrder(exchange, call),
    },
    {
      name: 'order.status',
      security: 'SIGNED',
      weight: 4,
      handle: ({ params, account, time }) => {
        const symbol = params.requiredSymbol();
        const order = exchange.queryOrder(account as string, symbol, orderRef(params));
        return queryJson(order, unitsOf(symbol), time);
      },
    },
    {
      name: 'openOrders.status',
      security: 'SIGNED',
      weight: (values) => (values.has('symbol') ? 6 : 80),
      handle: ({ params, account, time }) => {
        const symbol = params.symbol();
        return exchange
          .openOrders(account as string, symbol)
          .map((order) => queryJson(order, unitsOf(order.symbol), time));
      },
    },
    {
      name: 'account.status',
      security: 'SIGNED',
      weight: 20,
      handle: ({ params, account, time }) =>
        exchange.accountInfo(account as string, params.boolean('omitZeroBalances') ?? false, time),
    },
  ];
}

function placeOrder(call: WsApiCall, exchange: Exchange, failures: OrderFailureSource | undefined): unknown {
  const { params, now, time } = call;
  const account = call.account as string;
  let placed: PlacedOrder | undefined;
  try {
    const request = readNewOrder(params, (symbol) => exchange.unitsOf(symbol));
    params.assertAllRead();
    const before = failures?.takeOrderFailure(false);
    if (before !== undefined) throw forcedError(before);
    placed = exchange.placeOrder(account, request, now);
  } catch (error) {
    if (error instanceof RestError && error.code === -1015) {
      call.reportRetryAfter(now + exchange.orderCounts.retryAfterSeconds(account, now) * 1000);
    }
    throw error;
  } finally {
    // The ORDERS windows go with every answer to a placement, refused ones included.
    call.reportOrderCounts(placed?.orderCounts ?? exchange.orderCounts.usage(account, now));
  }
  const after = failures?.takeOrderFailure(true);
  if (after !== undefined) throw forcedError(after);
  return placedJson(placed, time);
}

/** A forced answer of the trading faults as a WebSocket API error (an empty REST body becomes the timeout error). */
function forcedError(reply: ForcedReply): RestError {
  const { code, msg } = isErrorBody(reply.body) ? reply.body : TIMEOUT;
  return new RestError(code, msg, reply.status);
}

function isErrorBody(body: unknown): body is { code: number; msg: string } {
  const fields = body as { code?: unknown; msg?: unknown } | undefined;
  return typeof fields?.code === 'number' && typeof fields.msg === 'string';
}
