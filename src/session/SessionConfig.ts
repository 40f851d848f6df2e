/** How sessions behave. Every field is optional. */
export interface SessionConfig {
  /** Binance's `recvWindow` for signed requests, ms. Default 5000; at most 60000. */
  readonly recvWindow?: number;
  /**
   * Check orders against the symbol's filters before sending them (exchangeInfo is fetched once per client and
   * cached). Default true.
   */
  readonly validateFilters?: boolean;
  /** After an order's outcome is unknown: how many lookups by client order id, and the first pause (it doubles). */
  readonly reconcile?: { readonly attempts?: number; readonly initialDelayMs?: number };
  /**
   * How orders are placed, cancelled and looked up: `'rest'` (`/api/v3/order`) or `'websocket'` (`order.place`,
   * `order.cancel`, `order.status` on the client's WebSocket API connection, which also carries the user data).
   * Either way the same Observables, models, errors, filter checks and reconciliation apply, and an order is never sent
   * twice. Default `'rest'`.
   */
  readonly orderApi?: OrderApi;
}

/** The APIs orders can go through: see {@link SessionConfig.orderApi}. */
export type OrderApi = 'rest' | 'websocket';

const ORDER_APIS: readonly string[] = ['rest', 'websocket'] satisfies readonly OrderApi[];

/** {@link SessionConfig} with defaults applied. */
export interface ResolvedSessionConfig {
  readonly recvWindow: number;
  readonly validateFilters: boolean;
  readonly reconcile: { readonly attempts: number; readonly initialDelayMs: number };
  readonly orderApi: OrderApi;
}

/**
 * Applies defaults and checks ranges.
 *
 * @throws TypeError for a receive window outside (0, 60000], a number of lookups that is not a positive integer, a
 * first pause that is negative or not finite, or an `orderApi` other than `'rest'` and `'websocket'`.
 */
export function resolveSessionConfig(config: SessionConfig = {}): ResolvedSessionConfig {
  const recvWindow = config.recvWindow ?? 5000;
  if (!(recvWindow > 0 && recvWindow <= 60_000)) {
    throw new TypeError(`recvWindow must be more than 0 and at most 60000 ms, got ${recvWindow}`);
  }
  const attempts = config.reconcile?.attempts ?? 4;
  const initialDelayMs = config.reconcile?.initialDelayMs ?? 250;
  if (!(Number.isInteger(attempts) && attempts >= 1))
    throw new TypeError(`reconcile.attempts must be a positive integer, got ${attempts}`);
  if (!(initialDelayMs >= 0 && Number.isFinite(initialDelayMs)))
    throw new TypeError(`reconcile.initialDelayMs must be a finite number, not negative, got ${initialDelayMs}`);
  const orderApi = config.orderApi ?? 'rest';
  // Checked at run time too: a typo in a plain-JavaScript config must not silently fall back to REST.
  if (!ORDER_APIS.includes(orderApi))
    throw new TypeError(`orderApi must be 'rest' or 'websocket', got ${JSON.stringify(orderApi)}`);
  return {
    recvWindow,
    validateFilters: config.validateFilters ?? true,
    reconcile: { attempts, initialDelayMs },
    orderApi,
  };
}
