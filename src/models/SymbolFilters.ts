import { BigNumber } from 'bignumber.js';
import type {
  RawFilter,
  RawLotSizeFilter,
  RawMarketLotSizeFilter,
  RawMinNotionalFilter,
  RawNotionalFilter,
  RawPercentPriceBySideFilter,
  RawPercentPriceFilter,
  RawPriceFilter,
  RawTrailingDeltaFilter,
} from '../codecs/RawFilter.js';
import type * as t from 'io-ts';
import { withPlainJson } from './withPlainJson.js';

/** PRICE_FILTER: bounds and tick of `price` and `stopPrice`. A `0` disables its rule. */
export interface PriceFilter {
  readonly minPrice: BigNumber;
  readonly maxPrice: BigNumber;
  /** Prices must be `minPrice + k × tickSize`. */
  readonly tickSize: BigNumber;
}

/** LOT_SIZE or MARKET_LOT_SIZE: bounds and step of the quantity. A `0` disables its rule. */
export interface LotSizeFilter {
  readonly minQty: BigNumber;
  readonly maxQty: BigNumber;
  /** Quantities must be `minQty + k × stepSize`. */
  readonly stepSize: BigNumber;
}

/** NOTIONAL: bounds of price × quantity; MARKET orders are checked only when `applyMin/MaxToMarket`. */
export interface NotionalFilter {
  readonly minNotional: BigNumber;
  readonly applyMinToMarket: boolean;
  readonly maxNotional: BigNumber;
  readonly applyMaxToMarket: boolean;
  /** Minutes of the average price a MARKET order is valued at (`0`: the last price). */
  readonly avgPriceMins: number;
}

/** MIN_NOTIONAL (legacy): lower bound of price × quantity. */
export interface MinNotionalFilter {
  readonly minNotional: BigNumber;
  readonly applyToMarket: boolean;
  readonly avgPriceMins: number;
}

/** PERCENT_PRICE: `avg × multiplierDown ≤ price ≤ avg × multiplierUp`. */
export interface PercentPriceFilter {
  readonly multiplierUp: BigNumber;
  readonly multiplierDown: BigNumber;
  readonly avgPriceMins: number;
}

/** PERCENT_PRICE_BY_SIDE: like PERCENT_PRICE, with bid multipliers for BUY and ask multipliers for SELL. */
export interface PercentPriceBySideFilter {
  readonly bidMultiplierUp: BigNumber;
  readonly bidMultiplierDown: BigNumber;
  readonly askMultiplierUp: BigNumber;
  readonly askMultiplierDown: BigNumber;
  readonly avgPriceMins: number;
}

/**
 * TRAILING_DELTA, in basis points. "Above" bounds apply to STOP_LOSS(_LIMIT) BUY and TAKE_PROFIT(_LIMIT) SELL, "below"
 * bounds to the opposite pairs.
 */
export interface TrailingDeltaFilter {
  readonly minTrailingAboveDelta: number;
  readonly maxTrailingAboveDelta: number;
  readonly minTrailingBelowDelta: number;
  readonly maxTrailingBelowDelta: number;
}

/**
 * The filters of a symbol (PROTOCOL §3.11), one typed field per filter type; a field is absent when the symbol does
 * not have that filter. Single-value filters are given as their value (`maxNumOrders: 200`).
 */
export interface SymbolFilters {
  readonly priceFilter?: PriceFilter;
  readonly lotSize?: LotSizeFilter;
  readonly marketLotSize?: LotSizeFilter;
  readonly notional?: NotionalFilter;
  readonly minNotional?: MinNotionalFilter;
  readonly percentPrice?: PercentPriceFilter;
  readonly percentPriceBySide?: PercentPriceBySideFilter;
  /** ICEBERG_PARTS: the most parts an iceberg order may be split into. */
  readonly icebergParts?: number;
  /** MAX_NUM_ORDERS: the most open orders of the account on the symbol. */
  readonly maxNumOrders?: number;
  /** MAX_NUM_ALGO_ORDERS: the most open STOP_LOSS* and TAKE_PROFIT* orders on the symbol. */
  readonly maxNumAlgoOrders?: number;
  /** MAX_NUM_ICEBERG_ORDERS: the most open iceberg orders on the symbol. */
  readonly maxNumIcebergOrders?: number;
  /** MAX_NUM_ORDER_AMENDS: the most amendments of one order. */
  readonly maxNumOrderAmends?: number;
  /** MAX_NUM_ORDER_LISTS: the most open order lists on the symbol. */
  readonly maxNumOrderLists?: number;
  /** MAX_POSITION: the most base asset the account may hold, open BUY orders included. */
  readonly maxPosition?: BigNumber;
  readonly trailingDelta?: TrailingDeltaFilter;
  /** Every other filter, as sent: types newer than this library, and known types that belong elsewhere. */
  readonly others: readonly RawFilter[];
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };
type Raw<C extends t.Mixed> = t.TypeOf<C>;

const big = (s: string): BigNumber => new BigNumber(s);

/** Maps a decoded `filters` array to {@link SymbolFilters}; when a type appears twice, the last one wins. */
export function toSymbolFilters(raws: readonly RawFilter[]): SymbolFilters {
  const filters: Writable<Omit<SymbolFilters, 'others'>> = {};
  const others: RawFilter[] = [];
  for (const raw of raws) {
    // The codec validated each known type against its own table, so the casts below only restate what it checked;
    // TypeScript cannot narrow on filterType because an unknown filter's filterType is any string.
    switch (raw.filterType) {
      case 'PRICE_FILTER': {
        const f = raw as Raw<typeof RawPriceFilter>;
        filters.priceFilter = plain({
          minPrice: big(f.minPrice),
          maxPrice: big(f.maxPrice),
          tickSize: big(f.tickSize),
        });
        break;
      }
      case 'LOT_SIZE':
        filters.lotSize = lotSize(raw as Raw<typeof RawLotSizeFilter>);
        break;
      case 'MARKET_LOT_SIZE':
        filters.marketLotSize = lotSize(raw as Raw<typeof RawMarketLotSizeFilter>);
        break;
      case 'NOTIONAL': {
        const f = raw as Raw<typeof RawNotionalFilter>;
        filters.notional = plain({
          minNotional: big(f.minNotional),
          applyMinToMarket: f.applyMinToMarket,
          maxNotional: big(f.maxNotional),
          applyMaxToMarket: f.applyMaxToMarket,
          avgPriceMins: f.avgPriceMins,
        });
        break;
      }
      case 'MIN_NOTIONAL': {
        const f = raw as Raw<typeof RawMinNotionalFilter>;
        filters.minNotional = plain({
          minNotional: big(f.minNotional),
          applyToMarket: f.applyToMarket,
          avgPriceMins: f.avgPriceMins,
        });
        break;
      }
      case 'PERCENT_PRICE': {
        const f = raw as Raw<typeof RawPercentPriceFilter>;
        filters.percentPrice = plain({
          multiplierUp: big(f.multiplierUp),
          multiplierDown: big(f.multiplierDown),
          avgPriceMins: f.avgPriceMins,
        });
        break;
      }
      case 'PERCENT_PRICE_BY_SIDE': {
        const f = raw as Raw<typeof RawPercentPriceBySideFilter>;
        filters.percentPriceBySide = plain({
          bidMultiplierUp: big(f.bidMultiplierUp),
          bidMultiplierDown: big(f.bidMultiplierDown),
          askMultiplierUp: big(f.askMultiplierUp),
          askMultiplierDown: big(f.askMultiplierDown),
          avgPriceMins: f.avgPriceMins,
        });
        break;
      }
      case 'TRAILING_DELTA': {
        const f = raw as Raw<typeof RawTrailingDeltaFilter>;
        filters.trailingDelta = plain({
          minTrailingAboveDelta: f.minTrailingAboveDelta,
          maxTrailingAboveDelta: f.maxTrailingAboveDelta,
          minTrailingBelowDelta: f.minTrailingBelowDelta,
          maxTrailingBelowDelta: f.maxTrailingBelowDelta,
        });
        break;
      }
      case 'ICEBERG_PARTS':
        filters.icebergParts = (raw as { readonly limit: number }).limit;
        break;
      case 'MAX_NUM_ORDERS':
        filters.maxNumOrders = (raw as { readonly maxNumOrders: number }).maxNumOrders;
        break;
      case 'MAX_NUM_ALGO_ORDERS':
        filters.maxNumAlgoOrders = (raw as { readonly maxNumAlgoOrders: number }).maxNumAlgoOrders;
        break;
      case 'MAX_NUM_ICEBERG_ORDERS':
        filters.maxNumIcebergOrders = (raw as { readonly maxNumIcebergOrders: number }).maxNumIcebergOrders;
        break;
      case 'MAX_NUM_ORDER_AMENDS':
        filters.maxNumOrderAmends = (raw as { readonly maxNumOrderAmends: number }).maxNumOrderAmends;
        break;
      case 'MAX_NUM_ORDER_LISTS':
        filters.maxNumOrderLists = (raw as { readonly maxNumOrderLists: number }).maxNumOrderLists;
        break;
      case 'MAX_POSITION':
        filters.maxPosition = big((raw as { readonly maxPosition: string }).maxPosition);
        break;
      default:
        others.push(raw);
    }
  }
  return withPlainJson<SymbolFilters>({ ...filters, others });
}

function lotSize(f: Raw<typeof RawLotSizeFilter> | Raw<typeof RawMarketLotSizeFilter>): LotSizeFilter {
  return plain({ minQty: big(f.minQty), maxQty: big(f.maxQty), stepSize: big(f.stepSize) });
}

function plain<T extends object>(value: T): T {
  return withPlainJson(value);
}
