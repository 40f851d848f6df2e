import type { RawRateLimit } from '../codecs/RawRateLimit.js';
import type { RawRateLimitOrderCount } from '../codecs/RawRateLimitOrderCount.js';
import {
  isOneOf,
  RATE_LIMIT_INTERVALS,
  RATE_LIMIT_TYPES,
  type RateLimitInterval,
  type RateLimitType,
} from '../trading/orderEnums.js';
import { withPlainJson } from './withPlainJson.js';

/** One of Binance's rate limits: at most `limit` per window of `intervalMs` (PROTOCOL §3.8). */
export interface RateLimitRule {
  /** What is counted: request weight, orders, raw requests or connections. */
  readonly type: RateLimitType;
  /** The unit of the window. */
  readonly interval: RateLimitInterval;
  /** How many units the window spans (`10` SECOND = a 10 s window). */
  readonly intervalNum: number;
  readonly limit: number;
  /** The window in milliseconds: `intervalNum` × the unit. */
  readonly intervalMs: number;
}

/** A rule of `GET /api/v3/rateLimit/order` with how much of it the account has used. */
export interface RateLimitCount extends RateLimitRule {
  /** Orders counted in the current window. */
  readonly count: number;
}

const UNIT_MS: Readonly<Record<RateLimitInterval, number>> = {
  SECOND: 1_000,
  MINUTE: 60_000,
  HOUR: 3_600_000,
  DAY: 86_400_000,
};
const isRateLimitType = isOneOf(RATE_LIMIT_TYPES);
const isRateLimitInterval = isOneOf(RATE_LIMIT_INTERVALS);

/**
 * Maps a decoded `RawRateLimit` to a {@link RateLimitRule}; `undefined` for a limiter type or interval newer than
 * this library (it could not be enforced without knowing what it counts or how long its window is).
 */
export function toRateLimitRule(raw: RawRateLimit): RateLimitRule | undefined {
  const { rateLimitType: type, interval, intervalNum, limit } = raw;
  if (!isRateLimitType(type) || !isRateLimitInterval(interval)) return undefined;
  return withPlainJson<RateLimitRule>({
    type,
    interval,
    intervalNum,
    limit,
    intervalMs: intervalNum * UNIT_MS[interval],
  });
}

/** Maps `exchangeInfo.rateLimits`, leaving out the rules {@link toRateLimitRule} cannot interpret. */
export function toRateLimitRules(raws: readonly RawRateLimit[]): RateLimitRule[] {
  return raws.map(toRateLimitRule).filter((rule) => rule !== undefined);
}

/** Maps the answer of `GET /api/v3/rateLimit/order`, leaving out the rules it cannot interpret. */
export function toRateLimitCounts(raws: readonly RawRateLimitOrderCount[]): RateLimitCount[] {
  return raws.flatMap((raw) => {
    const rule = toRateLimitRule(raw);
    return rule === undefined ? [] : [withPlainJson<RateLimitCount>({ ...rule, count: raw.count })];
  });
}
