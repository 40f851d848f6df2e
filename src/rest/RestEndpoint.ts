import type { HttpMethod } from '../http/HttpTransport.js';

/** Binance's endpoint security types (PROTOCOL §3.3): what a request must carry. */
export type EndpointSecurity = 'NONE' | 'TRADE' | 'USER_DATA';

/** One REST endpoint and what calling it costs (PROTOCOL §3.6). */
export interface RestEndpoint {
  readonly method: HttpMethod;
  readonly path: string;
  readonly security: EndpointSecurity;
  /** Request weight, counted per IP; may depend on the parameters. */
  readonly weight: number | ((params: ReadonlyMap<string, string>) => number);
  /** Places an order: counts toward the account's ORDERS limits. */
  readonly placesOrder: boolean;
  /** Sending it twice is harmless (reads, cancels): only such requests are ever retried automatically. */
  readonly idempotent: boolean;
}

function endpoint(
  method: HttpMethod,
  path: string,
  security: EndpointSecurity,
  weight: RestEndpoint['weight'],
  options: { placesOrder?: boolean; idempotent?: boolean } = {},
): RestEndpoint {
  return {
    method,
    path,
    security,
    weight,
    placesOrder: options.placesOrder ?? false,
    idempotent: options.idempotent ?? method === 'GET',
  };
}

/** GET /api/v3/depth weight by `limit` (default 100): 1–100 → 5, 101–500 → 25, 501–1000 → 50, more → 250. */
export function depthWeight(params: ReadonlyMap<string, string>): number {
  const limit = Number(params.get('limit') ?? 100);
  return limit <= 100 ? 5 : limit <= 500 ? 25 : limit <= 1000 ? 50 : 250;
}

/**
 * The endpoints the library calls, with Binance's weights. Successful order placements and cancels cost 0 since
 * 2026-04-02 and failed ones 1; the library books 1 (the server's count, from the response headers, corrects it).
 */
export const ENDPOINTS = {
  ping: endpoint('GET', '/api/v3/ping', 'NONE', 1),
  time: endpoint('GET', '/api/v3/time', 'NONE', 1),
  exchangeInfo: endpoint('GET', '/api/v3/exchangeInfo', 'NONE', 20),
  depth: endpoint('GET', '/api/v3/depth', 'NONE', depthWeight),
  avgPrice: endpoint('GET', '/api/v3/avgPrice', 'NONE', 2),
  placeOrder: endpoint('POST', '/api/v3/order', 'TRADE', 1, { placesOrder: true, idempotent: false }),
  testOrder: endpoint(
    'POST',
    '/api/v3/order/test',
    'TRADE',
    (p) => (p.get('computeCommissionRates') === 'true' ? 20 : 1),
    {
      idempotent: true,
    },
  ),
  cancelOrder: endpoint('DELETE', '/api/v3/order', 'TRADE', 1, { idempotent: true }),
  cancelAll: endpoint('DELETE', '/api/v3/openOrders', 'TRADE', 1, { idempotent: true }),
  getOrder: endpoint('GET', '/api/v3/order', 'USER_DATA', 4),
  openOrders: endpoint('GET', '/api/v3/openOrders', 'USER_DATA', (p) => (p.has('symbol') ? 6 : 80)),
  allOrders: endpoint('GET', '/api/v3/allOrders', 'USER_DATA', 20),
  myTrades: endpoint('GET', '/api/v3/myTrades', 'USER_DATA', (p) => (p.has('orderId') ? 5 : 20)),
  account: endpoint('GET', '/api/v3/account', 'USER_DATA', 20),
} as const;
