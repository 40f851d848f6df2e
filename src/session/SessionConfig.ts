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
}

/** {@link SessionConfig} with defaults applied. */
export interface ResolvedSessionConfig {
  readonly recvWindow: number;
  readonly validateFilters: boolean;
  readonly reconcile: { readonly attempts: number; readonly initialDelayMs: number };
}

/**
 * Applies defaults and checks ranges.
 *
 * @throws TypeError for a receive window outside (0, 60000], a number of lookups that is not a positive integer, or a
 * first pause that is negative or not finite.
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
  return { recvWindow, validateFilters: config.validateFilters ?? true, reconcile: { attempts, initialDelayMs } };
}
