import type { RawSymbolInfo } from '../codecs/RawSymbolInfo.js';
import type { OpenEnum, OrderType, SelfTradePreventionMode, SymbolStatus } from '../trading/orderEnums.js';
import { type SymbolFilters, toSymbolFilters } from './SymbolFilters.js';
import { withPlainJson } from './withPlainJson.js';

/** The decimals Binance allows for the assets of a symbol (more digits are rejected with -1111). */
export interface SymbolPrecisions {
  /** Decimals of a base asset amount (quantities). */
  readonly baseAsset: number;
  /** Decimals of a quote asset amount (prices, quote quantities). */
  readonly quoteAsset: number;
  /** Decimals of commissions charged in the base asset. */
  readonly baseCommission: number;
  /** Decimals of commissions charged in the quote asset. */
  readonly quoteCommission: number;
}

/**
 * The trading rules of one symbol (an entry of `exchangeInfo.symbols`), used to validate orders before they are
 * sent. Serialises to exact strings.
 */
export interface SymbolInfo {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  /** Only `TRADING` accepts new orders. */
  readonly status: OpenEnum<SymbolStatus>;
  readonly baseAsset: string;
  readonly quoteAsset: string;
  readonly precisions: SymbolPrecisions;
  /** The order types the symbol accepts. */
  readonly orderTypes: readonly OpenEnum<OrderType>[];
  readonly icebergAllowed: boolean;
  readonly ocoAllowed: boolean;
  /** Whether MARKET orders may give `quoteOrderQty` instead of `quantity`. */
  readonly quoteOrderQtyMarketAllowed: boolean;
  readonly isSpotTradingAllowed: boolean;
  /** Whether stop orders may use `trailingDelta`; absent when Binance did not say. */
  readonly allowTrailingStop?: boolean;
  readonly cancelReplaceAllowed?: boolean;
  readonly amendAllowed?: boolean;
  /** `permissionSets`: an AND of ORs of permissions. */
  readonly permissionSets?: readonly (readonly string[])[];
  readonly defaultSelfTradePreventionMode?: OpenEnum<SelfTradePreventionMode>;
  readonly allowedSelfTradePreventionModes?: readonly OpenEnum<SelfTradePreventionMode>[];
  readonly filters: SymbolFilters;
}

/** Maps a decoded `RawSymbolInfo` to a {@link SymbolInfo}. */
export function toSymbolInfo(raw: RawSymbolInfo): SymbolInfo {
  return withPlainJson<SymbolInfo>({
    symbol: raw.symbol,
    status: raw.status,
    baseAsset: raw.baseAsset,
    quoteAsset: raw.quoteAsset,
    precisions: withPlainJson({
      baseAsset: raw.baseAssetPrecision,
      quoteAsset: raw.quoteAssetPrecision,
      baseCommission: raw.baseCommissionPrecision,
      quoteCommission: raw.quoteCommissionPrecision,
    }),
    orderTypes: [...raw.orderTypes],
    icebergAllowed: raw.icebergAllowed,
    ocoAllowed: raw.ocoAllowed,
    quoteOrderQtyMarketAllowed: raw.quoteOrderQtyMarketAllowed,
    isSpotTradingAllowed: raw.isSpotTradingAllowed,
    ...(raw.allowTrailingStop === undefined ? {} : { allowTrailingStop: raw.allowTrailingStop }),
    ...(raw.cancelReplaceAllowed === undefined ? {} : { cancelReplaceAllowed: raw.cancelReplaceAllowed }),
    ...(raw.amendAllowed === undefined ? {} : { amendAllowed: raw.amendAllowed }),
    ...(raw.permissionSets === undefined ? {} : { permissionSets: raw.permissionSets.map((set) => [...set]) }),
    ...(raw.defaultSelfTradePreventionMode === undefined
      ? {}
      : { defaultSelfTradePreventionMode: raw.defaultSelfTradePreventionMode }),
    ...(raw.allowedSelfTradePreventionModes === undefined
      ? {}
      : { allowedSelfTradePreventionModes: [...raw.allowedSelfTradePreventionModes] }),
    filters: toSymbolFilters(raw.filters),
  });
}
