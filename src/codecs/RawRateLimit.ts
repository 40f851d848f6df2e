import type * as t from 'io-ts';
import { RateLimitIntervalValue, RateLimitTypeValue } from './enumCodecs.js';
import { Count } from './primitives.js';
import { wireArray } from './wireArray.js';
import { wireType } from './wireType.js';

/**
 * One rule of `exchangeInfo.rateLimits`: at most `limit` per `intervalNum` × `interval`.
 *
 * ```json
 * {"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000}
 * ```
 * Limiter types and intervals are open enums: a newer one decodes (see `OpenEnum`).
 * See https://developers.binance.com/docs/binance-spot-api-docs/rest-api/general-endpoints#exchange-information
 */
export const RawRateLimit = wireType('RawRateLimit', {
  rateLimitType: RateLimitTypeValue,
  interval: RateLimitIntervalValue,
  intervalNum: Count,
  limit: Count,
});
export type RawRateLimit = t.TypeOf<typeof RawRateLimit>;

/** The `rateLimits` array of `exchangeInfo`. */
export const RawRateLimitArray = wireArray('RawRateLimitArray', RawRateLimit);
