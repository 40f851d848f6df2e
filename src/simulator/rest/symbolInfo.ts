import type { SymbolRules } from '../market/SymbolRules.js';

const ORDER_TYPES = [
  'LIMIT',
  'LIMIT_MAKER',
  'MARKET',
  'STOP_LOSS',
  'STOP_LOSS_LIMIT',
  'TAKE_PROFIT',
  'TAKE_PROFIT_LIMIT',
];
const STP_MODES = ['NONE', 'EXPIRE_TAKER', 'EXPIRE_MAKER', 'EXPIRE_BOTH', 'DECREMENT', 'TRANSFER'];

/** The permissions a simulated symbol carries (`permissionSets` is an AND of ORs). */
export const SYMBOL_PERMISSION_SETS: readonly (readonly string[])[] = [['SPOT']];

/**
 * One entry of `exchangeInfo.symbols`, shaped like Binance's (PROTOCOL §3.11), with filter values derived from the
 * symbol's rules.
 */
export function symbolInfo(rules: SymbolRules, showPermissionSets: boolean): object {
  const price = (v: bigint): string => rules.price(v);
  const qty = (v: bigint): string => rules.quantity(v);
  const { up, down, avgPriceMins } = rules.percentPrice;
  return {
    symbol: rules.symbol,
    status: rules.status,
    baseAsset: rules.baseAsset,
    baseAssetPrecision: rules.quantityDecimals,
    quoteAsset: rules.quoteAsset,
    quotePrecision: rules.quoteDecimals,
    quoteAssetPrecision: rules.quoteDecimals,
    baseCommissionPrecision: rules.quantityDecimals,
    quoteCommissionPrecision: rules.quoteDecimals,
    orderTypes: ORDER_TYPES,
    icebergAllowed: true,
    ocoAllowed: true,
    otoAllowed: true,
    opoAllowed: true,
    quoteOrderQtyMarketAllowed: true,
    allowTrailingStop: true,
    cancelReplaceAllowed: true,
    amendAllowed: true,
    pegInstructionsAllowed: true,
    isSpotTradingAllowed: true,
    isMarginTradingAllowed: false,
    filters: [
      {
        filterType: 'PRICE_FILTER',
        minPrice: price(rules.minPrice),
        maxPrice: price(rules.maxPrice),
        tickSize: price(rules.tickSize),
      },
      { filterType: 'LOT_SIZE', minQty: qty(rules.minQty), maxQty: qty(rules.maxQty), stepSize: qty(rules.stepSize) },
      { filterType: 'ICEBERG_PARTS', limit: rules.icebergParts },
      { filterType: 'MARKET_LOT_SIZE', minQty: qty(0n), maxQty: qty(rules.marketMaxQty), stepSize: qty(0n) },
      {
        filterType: 'TRAILING_DELTA',
        minTrailingAboveDelta: 10,
        maxTrailingAboveDelta: 2000,
        minTrailingBelowDelta: 10,
        maxTrailingBelowDelta: 2000,
      },
      {
        filterType: 'PERCENT_PRICE_BY_SIDE',
        bidMultiplierUp: up,
        bidMultiplierDown: down,
        askMultiplierUp: up,
        askMultiplierDown: down,
        avgPriceMins,
      },
      {
        filterType: 'NOTIONAL',
        minNotional: rules.quote(rules.minNotional),
        applyMinToMarket: true,
        maxNotional: rules.quote(rules.maxNotional),
        applyMaxToMarket: false,
        avgPriceMins,
      },
      { filterType: 'MAX_NUM_ORDERS', maxNumOrders: rules.maxNumOrders },
      { filterType: 'MAX_NUM_ALGO_ORDERS', maxNumAlgoOrders: rules.maxNumAlgoOrders },
    ],
    permissions: [],
    permissionSets: showPermissionSets ? SYMBOL_PERMISSION_SETS : [],
    defaultSelfTradePreventionMode: 'EXPIRE_MAKER',
    allowedSelfTradePreventionModes: STP_MODES,
  };
}
