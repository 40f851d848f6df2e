import type { Exchange } from '../../exchange/Exchange.js';
import { queryJson, tradeJson } from '../../exchange/orderJson.js';
import type { HistoryQuery } from '../../exchange/selectHistory.js';
import type { ParamReader } from '../ParamReader.js';
import { RestError } from '../RestError.js';
import type { RestRoute } from '../RestRoute.js';
import { orderRef } from '../../exchange/orderRequests.js';

const DAY_MS = 86_400_000;
/** The parameter combinations `myTrades` accepts besides `symbol` (PROTOCOL §3.6). */
const TRADE_QUERIES = new Set(['', 'orderId', 'startTime', 'endTime', 'fromId', 'startTime,endTime', 'orderId,fromId']);

/**
 * The USER_DATA endpoints (PROTOCOL §3.6–3.7): `GET /api/v3/order` (4), `openOrders` (6 with a symbol, 80 without),
 * `allOrders` (20), `myTrades` (20, 5 with `orderId`), `account` (20), `rateLimit/order` (40).
 */
export function accountRoutes(context: { readonly exchange: Exchange }): RestRoute[] {
  const { exchange } = context;
  return [
    {
      method: 'GET',
      path: '/api/v3/order',
      security: 'USER_DATA',
      weight: 4,
      handle: ({ params, account, time }) => {
        const symbol = params.requiredSymbol();
        const ref = orderRef(params);
        const order = exchange.queryOrder(account as string, symbol, ref);
        return queryJson(order, exchange.unitsOf(symbol), time);
      },
    },
    {
      method: 'GET',
      path: '/api/v3/openOrders',
      security: 'USER_DATA',
      weight: (params) => (params.has('symbol') ? 6 : 80),
      handle: ({ params, account, time }) => {
        const symbol = params.symbol();
        return exchange
          .openOrders(account as string, symbol)
          .map((order) => queryJson(order, exchange.unitsOf(order.symbol), time));
      },
    },
    {
      method: 'GET',
      path: '/api/v3/allOrders',
      security: 'USER_DATA',
      weight: 20,
      handle: ({ params, account, time }) => {
        const symbol = params.requiredSymbol();
        const orderId = params.integer('orderId');
        const query = historyQuery(params, orderId);
        return exchange
          .allOrders(account as string, symbol, query)
          .map((order) => queryJson(order, exchange.unitsOf(symbol), time));
      },
    },
    {
      method: 'GET',
      path: '/api/v3/myTrades',
      security: 'USER_DATA',
      weight: (params) => (params.has('orderId') ? 5 : 20),
      handle: ({ params, account, time }) => {
        const symbol = params.requiredSymbol();
        const sent = ['orderId', 'startTime', 'endTime', 'fromId'].filter((name) => params.has(name));
        if (!TRADE_QUERIES.has(sent.join(','))) throw RestError.badCombination();
        const orderId = params.integer('orderId');
        const fromId = params.integer('fromId');
        const query = { ...historyQuery(params, fromId), ...(orderId === undefined ? {} : { orderId }) };
        const units = exchange.unitsOf(symbol);
        return exchange.myTrades(account as string, symbol, query).map((trade) => tradeJson(trade, units, time));
      },
    },
    {
      method: 'GET',
      path: '/api/v3/account',
      security: 'USER_DATA',
      weight: 20,
      handle: ({ params, account, time }) => {
        const omitZeroBalances = params.boolean('omitZeroBalances') ?? false;
        return exchange.accountInfo(account as string, omitZeroBalances, time);
      },
    },
    {
      method: 'GET',
      path: '/api/v3/rateLimit/order',
      security: 'USER_DATA',
      weight: 40,
      handle: ({ account, now }) =>
        exchange.orderCounts.usage(account as string, now).map(({ rule, count }) => ({
          rateLimitType: rule.rateLimitType,
          interval: rule.interval,
          intervalNum: rule.intervalNum,
          limit: rule.limit,
          count,
        })),
    },
  ];
}

/** `startTime`, `endTime` (at most 24 h apart, -1127) and `limit` (default 500, at most 1000). */
function historyQuery(params: ParamReader, fromId: number | undefined): HistoryQuery {
  const startTime = params.time('startTime');
  const endTime = params.time('endTime');
  if (startTime !== undefined && endTime !== undefined && endTime - startTime > DAY_MS) {
    throw new RestError(-1127, 'More than 24 hours between startTime and endTime.');
  }
  const limit = params.integer('limit', { min: 1, max: 1000 }) ?? 500;
  return {
    limit,
    ...(fromId === undefined ? {} : { fromId }),
    ...(startTime === undefined ? {} : { startTime }),
    ...(endTime === undefined ? {} : { endTime }),
  };
}
