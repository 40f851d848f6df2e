import type { BigNumber } from 'bignumber.js';
import { compareExact, type ExactDecimal, exactDecimal, isMultipleFrom, timesExact } from '../internal/exactDecimal.js';
import type { LotSizeFilter, PriceFilter } from '../models/SymbolFilters.js';
import type { SymbolInfo } from '../models/SymbolInfo.js';
import { formatDecimal } from './formatDecimal.js';
import type { DecimalInput, NewOrder } from './NewOrder.js';
import { ALGO_ORDER_TYPES, LIMIT_ORDER_TYPES } from './orderEnums.js';
import type { OrderValidationMarket } from './validateOrder.js';

// The same rules as orderViolation, asked only "does the order pass?", on exact integers instead of BigNumber and
// with no message built: the path every valid order takes. `false` proves nothing — it sends the order to
// orderViolation, which decides and explains. So this check may give up (icebergs, trailing stops: rare, and their
// rules are the long ones) but must never pass an order that orderViolation would refuse; a property test holds the
// two to the same verdicts.

interface Grid {
  readonly min: ExactDecimal;
  readonly max: ExactDecimal;
  readonly step: ExactDecimal;
}

interface Band {
  readonly up: ExactDecimal;
  readonly down: ExactDecimal;
}

/** A symbol's rules, read once into exact integers. */
interface CompiledRules {
  readonly trading: boolean;
  readonly orderTypes: ReadonlySet<string>;
  readonly quoteOrderQtyMarketAllowed: boolean;
  readonly basePrecision: number;
  readonly quotePrecision: number;
  readonly price?: Grid;
  readonly lot?: Grid;
  readonly marketLot?: Grid;
  readonly bidBand?: Band;
  readonly askBand?: Band;
  readonly band?: Band;
  readonly notional?: {
    readonly min: ExactDecimal;
    readonly max: ExactDecimal;
    readonly minOnMarket: boolean;
    readonly maxOnMarket: boolean;
  };
  readonly minNotional?: { readonly min: ExactDecimal; readonly onMarket: boolean };
}

const ZERO: ExactDecimal = { units: 0n, scale: 0 };
const compiled = new WeakMap<SymbolInfo, CompiledRules>();
const averages = new WeakMap<BigNumber, ExactDecimal>();

const exact = (value: BigNumber): ExactDecimal => exactDecimal(value.toFixed());
const grid = (min: BigNumber, max: BigNumber, step: BigNumber): Grid => ({
  min: exact(min),
  max: exact(max),
  step: exact(step),
});
const priceGrid = (f: PriceFilter): Grid => grid(f.minPrice, f.maxPrice, f.tickSize);
const lotGrid = (f: LotSizeFilter): Grid => grid(f.minQty, f.maxQty, f.stepSize);
const band = (up: BigNumber, down: BigNumber): Band => ({ up: exact(up), down: exact(down) });

function compile(symbol: SymbolInfo): CompiledRules {
  const f = symbol.filters;
  const sided = f.percentPriceBySide;
  const rules: CompiledRules = {
    trading: symbol.status === 'TRADING',
    orderTypes: new Set(symbol.orderTypes),
    quoteOrderQtyMarketAllowed: symbol.quoteOrderQtyMarketAllowed,
    basePrecision: symbol.precisions.baseAsset,
    quotePrecision: symbol.precisions.quoteAsset,
    ...(f.priceFilter === undefined ? {} : { price: priceGrid(f.priceFilter) }),
    ...(f.lotSize === undefined ? {} : { lot: lotGrid(f.lotSize) }),
    ...(f.marketLotSize === undefined ? {} : { marketLot: lotGrid(f.marketLotSize) }),
    ...(sided === undefined
      ? {}
      : {
          bidBand: band(sided.bidMultiplierUp, sided.bidMultiplierDown),
          askBand: band(sided.askMultiplierUp, sided.askMultiplierDown),
        }),
    ...(f.percentPrice === undefined ? {} : { band: band(f.percentPrice.multiplierUp, f.percentPrice.multiplierDown) }),
    ...(f.notional === undefined
      ? {}
      : {
          notional: {
            min: exact(f.notional.minNotional),
            max: exact(f.notional.maxNotional),
            minOnMarket: f.notional.applyMinToMarket,
            maxOnMarket: f.notional.applyMaxToMarket,
          },
        }),
    ...(f.minNotional === undefined
      ? {}
      : { minNotional: { min: exact(f.minNotional.minNotional), onMarket: f.minNotional.applyToMarket } }),
  };
  compiled.set(symbol, rules);
  return rules;
}

/** An amount of the order, exact; undefined when not given. Malformed amounts throw as `orderAmounts` does. */
function amount(value: unknown, name: string): ExactDecimal | undefined {
  return value === undefined ? undefined : exactDecimal(formatDecimal(value as DecimalInput, name));
}

const isZero = (value: ExactDecimal): boolean => value.units === 0n;
/** An absent amount, or one with at most `decimals` decimals. */
const fits = (value: ExactDecimal | undefined, decimals: number): boolean =>
  value === undefined || value.scale <= decimals;

/** PRICE_FILTER, LOT_SIZE, MARKET_LOT_SIZE: on the grid, within the bounds; a 0 rule is off. */
function onGrid(value: ExactDecimal, rule: Grid): boolean {
  return (
    (isZero(rule.step) || isMultipleFrom(value, rule.min, rule.step)) &&
    (isZero(rule.min) || compareExact(value, rule.min) >= 0) &&
    (isZero(rule.max) || compareExact(value, rule.max) <= 0)
  );
}

/** `average × down ≤ price ≤ average × up`; a 0 `up` is no upper bound. */
function inBand(price: ExactDecimal, average: ExactDecimal, rule: Band): boolean {
  return (
    compareExact(price, timesExact(average, rule.down)) >= 0 &&
    (isZero(rule.up) || compareExact(price, timesExact(average, rule.up)) <= 0)
  );
}

/** Within `[min, max]`, a 0 bound being off. */
function inRange(value: ExactDecimal, min: ExactDecimal, max: ExactDecimal | undefined): boolean {
  return (
    (isZero(min) || compareExact(value, min) >= 0) &&
    (max === undefined || isZero(max) || compareExact(value, max) <= 0)
  );
}

/**
 * True when `order` breaks none of the rules `validateOrder` checks — the same rules, in exact integer arithmetic,
 * with no error built. False means only "not shown to pass": the order may still be valid (icebergs and trailing
 * stops are always left to the full check), and the full check decides.
 *
 * @throws TypeError for a malformed amount, as the full check would.
 */
export function passesFilters(order: NewOrder, symbol: SymbolInfo, market: OrderValidationMarket): boolean {
  // The union of order shapes, read field by field (a view of the order, not a copy: this runs for every order).
  const given = order as unknown as Readonly<Record<string, unknown>>;
  if (given['icebergQty'] !== undefined || given['trailingDelta'] !== undefined) return false;
  const rules = compiled.get(symbol) ?? compile(symbol);
  const quantity = amount(given['quantity'], 'quantity');
  const quoteOrderQty = amount(given['quoteOrderQty'], 'quoteOrderQty');
  const price = amount(given['price'], 'price');
  const stopPrice = amount(given['stopPrice'], 'stopPrice');
  const isMarket = order.type === 'MARKET';

  if (!rules.trading || !rules.orderTypes.has(order.type)) return false;
  if (quoteOrderQty !== undefined && !rules.quoteOrderQtyMarketAllowed) return false;
  // BAD_PRECISION: formatDecimal dropped trailing zeros, so the scale is the number of decimals.
  const { quotePrecision, basePrecision } = rules;
  if (!fits(price, quotePrecision) || !fits(stopPrice, quotePrecision) || !fits(quoteOrderQty, quotePrecision)) {
    return false;
  }
  if (!fits(quantity, basePrecision)) return false;

  if (rules.price !== undefined) {
    if (price !== undefined && !onGrid(price, rules.price)) return false;
    if (stopPrice !== undefined && !onGrid(stopPrice, rules.price)) return false;
  }
  const average = averageOf(market.averagePrice);
  if (average === null) return false;
  if (price !== undefined && average !== undefined && LIMIT_ORDER_TYPES.has(order.type)) {
    const sided = order.side === 'BUY' ? rules.bidBand : rules.askBand;
    if (sided !== undefined && !inBand(price, average, sided)) return false;
    if (rules.band !== undefined && !inBand(price, average, rules.band)) return false;
  }
  if (quantity !== undefined) {
    if (rules.lot !== undefined && !onGrid(quantity, rules.lot)) return false;
    if (rules.marketLot !== undefined && isMarket && !onGrid(quantity, rules.marketLot)) return false;
  }

  const notional = isMarket
    ? (quoteOrderQty ?? (quantity !== undefined && average !== undefined ? timesExact(quantity, average) : undefined))
    : price !== undefined && quantity !== undefined
      ? timesExact(price, quantity)
      : undefined;
  if (notional !== undefined) {
    const { notional: rule, minNotional } = rules;
    if (rule !== undefined) {
      const min = !isMarket || rule.minOnMarket ? rule.min : undefined;
      const max = !isMarket || rule.maxOnMarket ? rule.max : undefined;
      if (!inRange(notional, min ?? ZERO, max)) return false;
    }
    if (
      minNotional !== undefined &&
      (!isMarket || minNotional.onMarket) &&
      !inRange(notional, minNotional.min, undefined)
    ) {
      return false;
    }
  }

  // MAX_NUM_ORDERS and MAX_NUM_ALGO_ORDERS, with the order being placed counted.
  const { maxNumOrders, maxNumAlgoOrders } = symbol.filters;
  const { openOrders, openAlgoOrders } = market;
  if (maxNumOrders !== undefined && openOrders !== undefined && openOrders >= maxNumOrders) return false;
  const algo = maxNumAlgoOrders !== undefined && openAlgoOrders !== undefined && ALGO_ORDER_TYPES.has(order.type);
  return !algo || openAlgoOrders < maxNumAlgoOrders;
}

/**
 * The average price as an exact decimal, read once per price object (the session caches each for seconds); null for
 * NaN or an infinity, which only the full check can explain.
 */
function averageOf(average: BigNumber | undefined): ExactDecimal | undefined | null {
  if (average === undefined) return undefined;
  if (!average.isFinite()) return null;
  let known = averages.get(average);
  if (known === undefined) {
    known = exact(average);
    averages.set(average, known);
  }
  return known;
}
