import type { Exchange, PlacedOrder } from '../../exchange/Exchange.js';
import { OrderCountLimiter, type OrderCountUsage } from '../../exchange/OrderCountLimiter.js';
import { cancelJson } from '../../exchange/orderJson.js';
import { cancelOrder, placedJson, testOrder } from '../../exchange/orderRequests.js';
import { readNewOrder } from '../../exchange/readNewOrder.js';
import { RestReply, type SuccessWeightedRoute } from '../createRestHandler.js';
import { RestError } from '../RestError.js';
import type { RestRoute } from '../RestRoute.js';

/**
 * The TRADE endpoints (PROTOCOL §3.6–3.7): `POST /api/v3/order`, `POST /api/v3/order/test`, `DELETE /api/v3/order`,
 * `DELETE /api/v3/openOrders`. Placements and cancels cost weight 1 when they fail and 0 when they succeed; a
 * placement's answer carries the account's `X-MBX-ORDER-COUNT-*` headers, and a refused one (-1015) `Retry-After`.
 * Every parameter is read, and unread ones refused (-1104), before anything happens.
 */
export function orderRoutes(context: { readonly exchange: Exchange }): (RestRoute | SuccessWeightedRoute)[] {
  const { exchange } = context;
  const unitsOf = (symbol: string) => exchange.unitsOf(symbol);
  return [
    {
      method: 'POST',
      path: '/api/v3/order',
      security: 'TRADE',
      weight: 1,
      weightOnSuccess: 0,
      handle: ({ params, account, now, time }) => {
        const request = readNewOrder(params, unitsOf);
        params.assertAllRead();
        const id = account as string;
        let placed: PlacedOrder;
        try {
          placed = exchange.placeOrder(id, request, now);
        } catch (error) {
          if (!(error instanceof RestError && error.code === -1015)) throw error;
          const retryAfter = String(exchange.orderCounts.retryAfterSeconds(id, now));
          return new RestReply(error.status, error.toJSON(), {
            ...countHeaders(exchange.orderCounts.usage(id, now)),
            'Retry-After': retryAfter,
          });
        }
        return new RestReply(200, placedJson(placed, time), countHeaders(placed.orderCounts));
      },
    },
    {
      method: 'POST',
      path: '/api/v3/order/test',
      security: 'TRADE',
      weight: (params) => (params.get('computeCommissionRates') === 'true' ? 20 : 1),
      handle: (call) => testOrder(exchange, call),
    },
    {
      method: 'DELETE',
      path: '/api/v3/order',
      security: 'TRADE',
      weight: 1,
      weightOnSuccess: 0,
      handle: (call) => cancelOrder(exchange, call),
    },
    {
      method: 'DELETE',
      path: '/api/v3/openOrders',
      security: 'TRADE',
      weight: 1,
      weightOnSuccess: 0,
      handle: ({ params, account, now, time }) => {
        const symbol = params.requiredSymbol();
        params.assertAllRead();
        return exchange
          .cancelOpenOrders(account as string, symbol, now)
          .map(({ order, units, cancelClientOrderId, transactTime }) =>
            cancelJson(order, units, cancelClientOrderId, transactTime, time),
          );
      },
    },
  ];
}

function countHeaders(usage: readonly OrderCountUsage[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { rule, count } of usage) out[OrderCountLimiter.headerName(rule)] = String(count);
  return out;
}
