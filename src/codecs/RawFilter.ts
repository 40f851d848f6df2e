import { either } from 'fp-ts';
import * as t from 'io-ts';
import { Count, Decimal, describe, Flag, isRecord, isText, Literal, Text } from './primitives.js';
import { wireArray } from './wireArray.js';
import { wireType, type WireFields } from './wireType.js';

// One codec per filter type of PROTOCOL §3.11 (symbol filters, exchange filters and MAX_ASSET), each with its
// literal `filterType`. Bounds are decimal strings; counts, limits, avgPriceMins and trailing deltas are integers.
// See https://developers.binance.com/docs/binance-spot-api-docs/filters

const filter = <K extends string, F extends WireFields>(filterType: K, name: string, fields: F) =>
  wireType(name, { filterType: Literal(filterType), ...fields });

/** `{"filterType":"PRICE_FILTER","minPrice":"0.00000100","maxPrice":"100000.00000000","tickSize":"0.00000100"}` */
export const RawPriceFilter = filter('PRICE_FILTER', 'RawPriceFilter', {
  minPrice: Decimal,
  maxPrice: Decimal,
  tickSize: Decimal,
});
/** `{"filterType":"PERCENT_PRICE","multiplierUp":"1.3000","multiplierDown":"0.7000","avgPriceMins":5}` */
export const RawPercentPriceFilter = filter('PERCENT_PRICE', 'RawPercentPriceFilter', {
  multiplierUp: Decimal,
  multiplierDown: Decimal,
  avgPriceMins: Count,
});
/** `{"filterType":"PERCENT_PRICE_BY_SIDE","bidMultiplierUp":"1.2","bidMultiplierDown":"0.2","askMultiplierUp":"5",…}` */
export const RawPercentPriceBySideFilter = filter('PERCENT_PRICE_BY_SIDE', 'RawPercentPriceBySideFilter', {
  bidMultiplierUp: Decimal,
  bidMultiplierDown: Decimal,
  askMultiplierUp: Decimal,
  askMultiplierDown: Decimal,
  avgPriceMins: Count,
});
const lotFields = { minQty: Decimal, maxQty: Decimal, stepSize: Decimal };
/** `{"filterType":"LOT_SIZE","minQty":"0.00100000","maxQty":"100000.00000000","stepSize":"0.00100000"}` */
export const RawLotSizeFilter = filter('LOT_SIZE', 'RawLotSizeFilter', lotFields);
/** Like LOT_SIZE, for MARKET orders; a 0 disables its rule (real symbols often have stepSize `"0.00000000"`). */
export const RawMarketLotSizeFilter = filter('MARKET_LOT_SIZE', 'RawMarketLotSizeFilter', lotFields);
/** Legacy: `{"filterType":"MIN_NOTIONAL","minNotional":"0.00100000","applyToMarket":true,"avgPriceMins":5}` */
export const RawMinNotionalFilter = filter('MIN_NOTIONAL', 'RawMinNotionalFilter', {
  minNotional: Decimal,
  applyToMarket: Flag,
  avgPriceMins: Count,
});
/** `{"filterType":"NOTIONAL","minNotional":"10.00000000","applyMinToMarket":false,"maxNotional":"10000.00000000",…}` */
export const RawNotionalFilter = filter('NOTIONAL', 'RawNotionalFilter', {
  minNotional: Decimal,
  applyMinToMarket: Flag,
  maxNotional: Decimal,
  applyMaxToMarket: Flag,
  avgPriceMins: Count,
});
/** `{"filterType":"ICEBERG_PARTS","limit":10}` */
export const RawIcebergPartsFilter = filter('ICEBERG_PARTS', 'RawIcebergPartsFilter', { limit: Count });
/** `{"filterType":"MAX_NUM_ORDERS","maxNumOrders":25}` */
export const RawMaxNumOrdersFilter = filter('MAX_NUM_ORDERS', 'RawMaxNumOrdersFilter', { maxNumOrders: Count });
/** `{"filterType":"MAX_NUM_ALGO_ORDERS","maxNumAlgoOrders":5}` (STOP_LOSS* and TAKE_PROFIT* orders) */
export const RawMaxNumAlgoOrdersFilter = filter('MAX_NUM_ALGO_ORDERS', 'RawMaxNumAlgoOrdersFilter', {
  maxNumAlgoOrders: Count,
});
/** `{"filterType":"MAX_NUM_ICEBERG_ORDERS","maxNumIcebergOrders":5}` */
export const RawMaxNumIcebergOrdersFilter = filter('MAX_NUM_ICEBERG_ORDERS', 'RawMaxNumIcebergOrdersFilter', {
  maxNumIcebergOrders: Count,
});
/** `{"filterType":"MAX_NUM_ORDER_AMENDS","maxNumOrderAmends":10}` */
export const RawMaxNumOrderAmendsFilter = filter('MAX_NUM_ORDER_AMENDS', 'RawMaxNumOrderAmendsFilter', {
  maxNumOrderAmends: Count,
});
/** `{"filterType":"MAX_NUM_ORDER_LISTS","maxNumOrderLists":20}` */
export const RawMaxNumOrderListsFilter = filter('MAX_NUM_ORDER_LISTS', 'RawMaxNumOrderListsFilter', {
  maxNumOrderLists: Count,
});
/** `{"filterType":"MAX_POSITION","maxPosition":"10.00000000"}` */
export const RawMaxPositionFilter = filter('MAX_POSITION', 'RawMaxPositionFilter', { maxPosition: Decimal });
/** `{"filterType":"TRAILING_DELTA","minTrailingAboveDelta":10,"maxTrailingAboveDelta":2000,…}` (basis points) */
export const RawTrailingDeltaFilter = filter('TRAILING_DELTA', 'RawTrailingDeltaFilter', {
  minTrailingAboveDelta: Count,
  maxTrailingAboveDelta: Count,
  minTrailingBelowDelta: Count,
  maxTrailingBelowDelta: Count,
});
/** `{"filterType":"EXCHANGE_MAX_NUM_ORDERS","maxNumOrders":1000}` */
export const RawExchangeMaxNumOrdersFilter = filter('EXCHANGE_MAX_NUM_ORDERS', 'RawExchangeMaxNumOrdersFilter', {
  maxNumOrders: Count,
});
/** `{"filterType":"EXCHANGE_MAX_NUM_ALGO_ORDERS","maxNumAlgoOrders":200}` */
export const RawExchangeMaxNumAlgoOrdersFilter = filter(
  'EXCHANGE_MAX_NUM_ALGO_ORDERS',
  'RawExchangeMaxNumAlgoOrdersFilter',
  { maxNumAlgoOrders: Count },
);
/** `{"filterType":"EXCHANGE_MAX_NUM_ICEBERG_ORDERS","maxNumIcebergOrders":10000}` */
export const RawExchangeMaxNumIcebergOrdersFilter = filter(
  'EXCHANGE_MAX_NUM_ICEBERG_ORDERS',
  'RawExchangeMaxNumIcebergOrdersFilter',
  { maxNumIcebergOrders: Count },
);
/** `{"filterType":"EXCHANGE_MAX_NUM_ORDER_LISTS","maxNumOrderLists":20}` */
export const RawExchangeMaxNumOrderListsFilter = filter(
  'EXCHANGE_MAX_NUM_ORDER_LISTS',
  'RawExchangeMaxNumOrderListsFilter',
  { maxNumOrderLists: Count },
);
/** `{"filterType":"MAX_ASSET","asset":"USDC","limit":"42.00000000"}` (only from `GET /api/v3/myFilters`) */
export const RawMaxAssetFilter = filter('MAX_ASSET', 'RawMaxAssetFilter', { asset: Text, limit: Decimal });

/** The codec of every filter type this library knows, one per `filterType`. */
export const KNOWN_FILTER_CODECS = [
  RawPriceFilter,
  RawPercentPriceFilter,
  RawPercentPriceBySideFilter,
  RawLotSizeFilter,
  RawMarketLotSizeFilter,
  RawMinNotionalFilter,
  RawNotionalFilter,
  RawIcebergPartsFilter,
  RawMaxNumOrdersFilter,
  RawMaxNumAlgoOrdersFilter,
  RawMaxNumIcebergOrdersFilter,
  RawMaxNumOrderAmendsFilter,
  RawMaxNumOrderListsFilter,
  RawMaxPositionFilter,
  RawTrailingDeltaFilter,
  RawExchangeMaxNumOrdersFilter,
  RawExchangeMaxNumAlgoOrdersFilter,
  RawExchangeMaxNumIcebergOrdersFilter,
  RawExchangeMaxNumOrderListsFilter,
  RawMaxAssetFilter,
] as const;

/** A filter of a type this library knows, decoded and validated field by field. */
export type RawKnownFilter = t.TypeOf<(typeof KNOWN_FILTER_CODECS)[number]>;

/** A filter of a type this library does not know yet: kept as sent, only its `filterType` is checked. */
export interface RawUnknownFilter {
  readonly filterType: string;
  readonly [key: string]: unknown;
}

/** Any entry of `filters` or `exchangeFilters`. */
export type RawFilter = RawKnownFilter | RawUnknownFilter;

// A Map, not an object: a filterType such as "constructor" must not find a prototype member.
const BY_TYPE: ReadonlyMap<string, t.Mixed> = new Map(
  KNOWN_FILTER_CODECS.map((codec): [string, t.Mixed] => [codec.fields.filterType.value, codec]),
);

/** The filter types this library decodes field by field; any other type is kept as a {@link RawUnknownFilter}. */
export const KNOWN_FILTER_TYPES: readonly string[] = [...BY_TYPE.keys()];

const isRawFilter = (u: unknown): u is RawFilter => {
  if (!isRecord(u) || !isText(u['filterType'])) return false;
  const known = BY_TYPE.get(u['filterType']);
  return known === undefined || known.is(u);
};

/**
 * io-ts codec of one filter, discriminated on `filterType`. A known type is validated by its own codec (a malformed
 * LOT_SIZE is rejected: validating orders against a misread filter would be worse than failing); an unknown type is
 * kept as it is, never rejected, because Binance adds filter types over time.
 */
export const RawFilter: t.Type<RawFilter, RawFilter> = new t.Type<RawFilter, RawFilter, unknown>(
  'RawFilter',
  isRawFilter,
  (u, c) => {
    if (!isRecord(u)) return t.failure(u, c, `expected a filter object, got ${describe(u)}`);
    const filterType = u['filterType'];
    if (!isText(filterType)) {
      const context = [...c, { key: 'filterType', type: Text, actual: filterType }];
      return t.failure(filterType, context, `expected a filter type, got ${describe(filterType)}`);
    }
    const known = BY_TYPE.get(filterType);
    if (known === undefined) return t.success(u as RawUnknownFilter);
    const result = known.validate(u, c);
    return either.isLeft(result) ? result : t.success(u as RawFilter);
  },
  t.identity,
);

/** The `filters` of a symbol, or the `exchangeFilters` of `exchangeInfo`. */
export const RawFilterArray = wireArray('RawFilterArray', RawFilter);
