import type { RawExchangeInfo } from '../codecs/RawExchangeInfo.js';
import type { RawFilter } from '../codecs/RawFilter.js';
import type { Plain } from './plainModel.js';
import { type RateLimitRule, toRateLimitRules } from './RateLimitRule.js';
import { type SymbolInfo, toSymbolInfo } from './SymbolInfo.js';
import { withPlainJson } from './withPlainJson.js';

/** The exchange-wide filters of `exchangeInfo` (PROTOCOL §3.11), one typed field per known type. */
export interface ExchangeFilters {
  /** EXCHANGE_MAX_NUM_ORDERS: the most open orders of the account, all symbols together. */
  readonly maxNumOrders?: number;
  /** EXCHANGE_MAX_NUM_ALGO_ORDERS. */
  readonly maxNumAlgoOrders?: number;
  /** EXCHANGE_MAX_NUM_ICEBERG_ORDERS. */
  readonly maxNumIcebergOrders?: number;
  /** EXCHANGE_MAX_NUM_ORDER_LISTS. */
  readonly maxNumOrderLists?: number;
  /** Every other exchange filter, as sent. */
  readonly others: readonly RawFilter[];
}

/** The exchange's rules (`GET /api/v3/exchangeInfo`). */
export interface ExchangeInfo {
  /** When the answer was made (epoch ms, server clock). */
  readonly serverTime: number;
  /** e.g. `UTC`. */
  readonly timezone: string;
  /** The rate limits to respect; rules of a type or interval newer than this library are left out. */
  readonly rateLimits: readonly RateLimitRule[];
  readonly exchangeFilters: ExchangeFilters;
  /** Every symbol of the answer, by upper-case symbol. JSON shows it as an object keyed by symbol. */
  readonly symbols: ReadonlyMap<string, SymbolInfo>;
  /** Exact strings for JSON. */
  toJSON(): Plain<Omit<ExchangeInfo, 'symbols'>> & { symbols: Record<string, unknown> };
}

type CountField = keyof Omit<ExchangeFilters, 'others'>;

// filterType → the field of the model, which is also the key of the value in the filter.
const EXCHANGE_FILTER_FIELDS: Readonly<Record<string, CountField>> = {
  EXCHANGE_MAX_NUM_ORDERS: 'maxNumOrders',
  EXCHANGE_MAX_NUM_ALGO_ORDERS: 'maxNumAlgoOrders',
  EXCHANGE_MAX_NUM_ICEBERG_ORDERS: 'maxNumIcebergOrders',
  EXCHANGE_MAX_NUM_ORDER_LISTS: 'maxNumOrderLists',
};

/** Maps a decoded `RawExchangeInfo` to an {@link ExchangeInfo}. */
export function toExchangeInfo(raw: RawExchangeInfo): ExchangeInfo {
  const symbols = new Map<string, SymbolInfo>();
  for (const symbol of raw.symbols) symbols.set(symbol.symbol, toSymbolInfo(symbol));
  return withPlainJson({
    serverTime: raw.serverTime,
    timezone: raw.timezone,
    rateLimits: toRateLimitRules(raw.rateLimits),
    exchangeFilters: toExchangeFilters(raw.exchangeFilters),
    symbols,
  });
}

function toExchangeFilters(raws: readonly RawFilter[]): ExchangeFilters {
  const counts: Partial<Record<CountField, number>> = {};
  const others: RawFilter[] = [];
  for (const raw of raws) {
    // Object.hasOwn: a filterType such as "constructor" must not find a prototype member.
    const field = Object.hasOwn(EXCHANGE_FILTER_FIELDS, raw.filterType)
      ? EXCHANGE_FILTER_FIELDS[raw.filterType]
      : undefined;
    // The codec validated the known types: the value is a non-negative integer.
    if (field === undefined) others.push(raw);
    else counts[field] = (raw as Readonly<Record<string, unknown>>)[field] as number;
  }
  return withPlainJson<ExchangeFilters>({ ...counts, others });
}
