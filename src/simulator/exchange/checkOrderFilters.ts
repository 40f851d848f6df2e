import { parseScaled } from '../market/scaledDecimal.js';
import type { SymbolRules } from '../market/SymbolRules.js';
import { RestError } from '../rest/RestError.js';
import { hasLimitPrice, isStopType } from './orderEnums.js';
import type { NewOrderRequest } from './readNewOrder.js';
import type { SymbolUnits } from './SymbolUnits.js';

/** What the filters compare an order with, besides the symbol's rules. */
export interface FilterContext {
  readonly units: SymbolUnits;
  /** The 5-minute average price (price atoms), PERCENT_PRICE_BY_SIDE's and MARKET orders' NOTIONAL reference. */
  readonly averagePrice: bigint;
  /** The account's open orders on the symbol (untriggered stop orders included). */
  readonly openOrders: number;
  /** The account's open STOP_LOSS* / TAKE_PROFIT* orders on the symbol. */
  readonly openAlgoOrders: number;
}

const MULTIPLIER_DECIMALS = 8;
const MULTIPLIER_ONE = 10n ** BigInt(MULTIPLIER_DECIMALS);

/**
 * Applies the filters the symbol publishes in `exchangeInfo`, in the order it lists them (PROTOCOL §3.11): PRICE_FILTER
 * (price and stopPrice), LOT_SIZE (quantity and icebergQty), ICEBERG_PARTS, MARKET_LOT_SIZE (MARKET and stop-market
 * quantities), PERCENT_PRICE_BY_SIDE (limit prices against the average price), NOTIONAL (price × quantity; MARKET
 * orders use the average price, or their `quoteOrderQty`, and only the minimum applies to them), MAX_NUM_ORDERS and
 * MAX_NUM_ALGO_ORDERS. The first failure throws -1013 `Filter failure: <NAME>`.
 */
export function checkOrderFilters(request: NewOrderRequest, context: FilterContext): void {
  const { rules } = context.units;
  const { type, quantity, price, stopPrice, icebergQty } = request;
  for (const value of [price, stopPrice]) {
    if (value !== undefined && !onPriceGrid(rules, value)) throw failure('PRICE_FILTER');
  }
  for (const value of [quantity, icebergQty]) {
    if (value !== undefined && !onLotGrid(rules, value)) throw failure('LOT_SIZE');
  }
  if (icebergQty !== undefined && quantity !== undefined && icebergQty > 0n) {
    const parts = (quantity + icebergQty - 1n) / icebergQty;
    if (parts > BigInt(rules.icebergParts)) throw failure('ICEBERG_PARTS');
  }
  const marketLike = type === 'MARKET' || type === 'STOP_LOSS' || type === 'TAKE_PROFIT';
  if (marketLike && quantity !== undefined && quantity > rules.marketMaxQty) throw failure('MARKET_LOT_SIZE');
  // BUY and SELL are judged by the same multipliers here: the symbol publishes equal bid and ask ones.
  if (price !== undefined && hasLimitPrice(type) && !withinPercent(rules, price, context.averagePrice)) {
    throw failure('PERCENT_PRICE_BY_SIDE');
  }
  const notional = notionalOf(request, context);
  if (notional !== undefined) {
    if (notional < rules.minNotional) throw failure('NOTIONAL');
    if (!marketLike && notional > rules.maxNotional) throw failure('NOTIONAL');
  }
  if (context.openOrders + 1 > rules.maxNumOrders) throw failure('MAX_NUM_ORDERS');
  if (isStopType(type) && context.openAlgoOrders + 1 > rules.maxNumAlgoOrders) throw failure('MAX_NUM_ALGO_ORDERS');
}

function failure(name: string): RestError {
  return new RestError(-1013, `Filter failure: ${name}`);
}

function onPriceGrid(rules: SymbolRules, price: bigint): boolean {
  return price >= rules.minPrice && price <= rules.maxPrice && (price - rules.minPrice) % rules.tickSize === 0n;
}

function onLotGrid(rules: SymbolRules, quantity: bigint): boolean {
  return quantity >= rules.minQty && quantity <= rules.maxQty && (quantity - rules.minQty) % rules.stepSize === 0n;
}

function withinPercent(rules: SymbolRules, price: bigint, average: bigint): boolean {
  const up = multiplier(rules.percentPrice.up);
  const down = multiplier(rules.percentPrice.down);
  const scaled = price * MULTIPLIER_ONE;
  return scaled <= average * up && scaled >= average * down;
}

function multiplier(text: string): bigint {
  const value = parseScaled(text, MULTIPLIER_DECIMALS);
  if (typeof value !== 'bigint') throw new TypeError(`invalid multiplier ${text}`);
  return value;
}

/** The order's notional in notional atoms, as NOTIONAL judges it. */
function notionalOf(request: NewOrderRequest, context: FilterContext): bigint | undefined {
  const { type, quantity, price, stopPrice, quoteOrderQty } = request;
  if (quoteOrderQty !== undefined) return context.units.notional(quoteOrderQty);
  if (quantity === undefined) return undefined;
  if (hasLimitPrice(type) && price !== undefined) return price * quantity;
  if (stopPrice !== undefined) return stopPrice * quantity;
  return context.averagePrice * quantity;
}
