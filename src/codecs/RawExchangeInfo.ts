import type * as t from 'io-ts';
import { RawFilterArray } from './RawFilter.js';
import { RawRateLimitArray } from './RawRateLimit.js';
import { RawSymbolInfoArray } from './RawSymbolInfo.js';
import { Epoch, Text } from './primitives.js';
import { wireType } from './wireType.js';

/**
 * The answer of `GET /api/v3/exchangeInfo`: rate limits, exchange-wide filters and the rules of every symbol asked.
 *
 * ```json
 * {"timezone":"UTC","serverTime":1565246363776,
 *  "rateLimits":[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000}],
 *  "exchangeFilters":[],"symbols":[{"symbol":"ETHBTC","status":"TRADING",…}]}
 * ```
 * Filters of unknown types are kept as sent (see `RawFilter`); the optional `sors` list is kept undecoded.
 * See https://developers.binance.com/docs/binance-spot-api-docs/rest-api/general-endpoints#exchange-information
 */
export const RawExchangeInfo = wireType('RawExchangeInfo', {
  timezone: Text,
  serverTime: Epoch,
  rateLimits: RawRateLimitArray,
  exchangeFilters: RawFilterArray,
  symbols: RawSymbolInfoArray,
});
export type RawExchangeInfo = t.TypeOf<typeof RawExchangeInfo>;
