import type * as t from 'io-ts';
import { RawRateLimit } from './RawRateLimit.js';
import { Count } from './primitives.js';
import { wireArray } from './wireArray.js';
import { wireType } from './wireType.js';

/**
 * One item of `GET /api/v3/rateLimit/order`: an order-count rule and how much of it the account has used.
 *
 * ```json
 * {"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":50,"count":0}
 * ```
 * See https://developers.binance.com/docs/binance-spot-api-docs/rest-api/account-endpoints#query-unfilled-order-count-user_data
 */
export const RawRateLimitOrderCount = wireType('RawRateLimitOrderCount', { ...RawRateLimit.fields, count: Count });
export type RawRateLimitOrderCount = t.TypeOf<typeof RawRateLimitOrderCount>;

/** The answer of `GET /api/v3/rateLimit/order`. */
export const RawRateLimitOrderCountArray = wireArray('RawRateLimitOrderCountArray', RawRateLimitOrderCount);
