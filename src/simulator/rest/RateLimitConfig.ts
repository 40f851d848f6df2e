/** One entry of `exchangeInfo.rateLimits`, as Binance describes it. */
export interface RateLimitRule {
  readonly rateLimitType: 'REQUEST_WEIGHT' | 'ORDERS' | 'RAW_REQUESTS' | 'CONNECTIONS';
  readonly interval: 'SECOND' | 'MINUTE' | 'HOUR' | 'DAY';
  readonly intervalNum: number;
  readonly limit: number;
}

/**
 * The limits the simulator enforces and publishes. Defaults are Binance's current values (PROTOCOL §3.8):
 * REQUEST_WEIGHT 6000 / 1 MINUTE, ORDERS 50 / 10 SECOND and 160000 / 1 DAY, RAW_REQUESTS 300000 / 5 MINUTE.
 * Tests shrink them (e.g. REQUEST_WEIGHT 100 / 10 SECOND) to reach a limit quickly.
 */
export interface RateLimitConfig {
  readonly rules: readonly RateLimitRule[];
  /** First 418 ban length in ms (default 2 minutes); each further ban doubles it, up to 3 days. */
  readonly banBaseMs?: number;
  /**
   * How many requests an IP may still send after a 429, before its `Retry-After` has passed, without being banned
   * (default 2): the next one is answered 418 and bans the IP.
   */
  readonly maxRequestsWhileLimited?: number;
}

/** Binance's current limits (PROTOCOL §3.8). */
export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  rules: [
    { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000 },
    { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50 },
    { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 160000 },
    { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, limit: 300000 },
  ],
};
