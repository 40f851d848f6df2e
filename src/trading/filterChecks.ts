import { BigNumber } from 'bignumber.js';
import { ceilDiv, gridCeil, gridFloor, isOnGrid } from './decimalGrid.js';

// The numeric rules of PROTOCOL §3.11, one function per rule shape, each returning the first broken rule as a
// Violation whose details name the value, the bound and the allowed values. validateOrder decides which rule applies
// to which order; these functions only compute.

/** A broken rule, before it becomes an `ExchangeError`. */
export interface Violation {
  /** The filter or rule, e.g. `LOT_SIZE`. */
  readonly filter: string;
  /** What is wrong and what is allowed. */
  readonly details: string;
  /** The nearest valid values, when they can be computed. */
  readonly suggestions?: readonly string[];
  /** The Binance code, when not -1013. */
  readonly code?: number;
}

/** Bounds and grid of PRICE_FILTER, LOT_SIZE or MARKET_LOT_SIZE, with Binance's names for them. */
export interface GridRule {
  readonly filter: string;
  readonly min: BigNumber;
  readonly max: BigNumber;
  readonly step: BigNumber;
  /** `minPrice` or `minQty`. */
  readonly minName: string;
  /** `maxPrice` or `maxQty`. */
  readonly maxName: string;
  /** `tickSize` or `stepSize`. */
  readonly stepName: string;
}

const text = (value: BigNumber): string => value.toFixed();

/** `0.01 to 1000`, `0.01 or more`, `up to 1000`, or undefined when unbounded; a 0 bound is disabled. */
export function allowedRange(min: BigNumber, max: BigNumber): string | undefined {
  if (!min.isZero() && !max.isZero()) return `${text(min)} to ${text(max)}`;
  if (!min.isZero()) return `${text(min)} or more`;
  if (!max.isZero()) return `up to ${text(max)}`;
  return undefined;
}

function withAllowed(details: string, min: BigNumber, max: BigNumber): string {
  const range = allowedRange(min, max);
  return range === undefined ? details : `${details} (allowed: ${range})`;
}

function inRange(value: BigNumber, min: BigNumber, max: BigNumber): boolean {
  return (min.isZero() || value.isGreaterThanOrEqualTo(min)) && (max.isZero() || value.isLessThanOrEqualTo(max));
}

/**
 * Checks one value against a grid rule: a multiple of the step from the minimum, then the minimum, then the maximum
 * (each rule off when its value is 0).
 *
 * @param name - the parameter checked: `price`, `stopPrice`, `quantity` or `icebergQty`.
 */
export function checkGrid(name: string, value: BigNumber, rule: GridRule): Violation | undefined {
  const { filter, min, max, step } = rule;
  if (!step.isZero() && !isOnGrid(value, min, step)) {
    const from = min.isZero() ? '' : ` from ${rule.minName} ${text(min)}`;
    const candidates = [gridFloor(value, min, step), gridCeil(value, min, step)].filter((v) => inRange(v, min, max));
    const nearest = [...new Set(candidates.map(text))];
    return {
      filter,
      details: withAllowed(
        `${name} ${text(value)} is not a multiple of ${rule.stepName} ${text(step)}${from}`,
        min,
        max,
      ),
      suggestions: nearest.length === 0 ? [] : [`Use ${name} ${nearest.join(' or ')}.`],
    };
  }
  if (!min.isZero() && value.isLessThan(min)) {
    return {
      filter,
      details: withAllowed(`${name} ${text(value)} is below ${rule.minName} ${text(min)}`, min, max),
      suggestions: [`Use ${name} ${text(min)} or more.`],
    };
  }
  if (!max.isZero() && value.isGreaterThan(max)) {
    const largest = step.isZero() ? max : gridFloor(max, min, step);
    return {
      filter,
      details: withAllowed(`${name} ${text(value)} is above ${rule.maxName} ${text(max)}`, min, max),
      suggestions: [`Use ${name} ${text(largest)} or less.`],
    };
  }
  return undefined;
}

/**
 * Checks a price against `average × multiplierDown ≤ price ≤ average × multiplierUp` (PERCENT_PRICE, and
 * PERCENT_PRICE_BY_SIDE with the side's multipliers). A 0 upper multiplier disables the upper bound.
 *
 * @param label - how the price is named in the message, e.g. `BUY price`.
 */
export function checkPercentPrice(
  filter: string,
  label: string,
  price: BigNumber,
  average: BigNumber,
  up: BigNumber,
  down: BigNumber,
): Violation | undefined {
  const low = average.times(down);
  const high = average.times(up);
  const range = up.isZero() ? `${text(low)} or more` : `${text(low)} to ${text(high)}`;
  const suggestions = [`Use a price from ${range}, or wait for the average price to move.`];
  if (price.isLessThan(low)) {
    const details = `${label} ${text(price)} is below ${text(down)} × average price ${text(average)} = ${text(low)}`;
    return { filter, details: `${details} (allowed: ${range})`, suggestions };
  }
  if (!up.isZero() && price.isGreaterThan(high)) {
    const details = `${label} ${text(price)} is above ${text(up)} × average price ${text(average)} = ${text(high)}`;
    return { filter, details: `${details} (allowed: ${range})`, suggestions };
  }
  return undefined;
}

/** A notional to check, with how it was computed and, when known, how to reach the bounds. */
export interface Notional {
  readonly value: BigNumber;
  /** e.g. `price 0.1 × quantity 20`. */
  readonly how: string;
  /** The quantity that reaches a given notional, on the LOT_SIZE grid, rounded towards the allowed side. */
  readonly quantityFor?: (notional: BigNumber, roundUp: boolean) => BigNumber;
}

/**
 * Checks a notional against `[min, max]` (NOTIONAL, MIN_NOTIONAL); pass 0 for a bound that does not apply to this
 * order (a MARKET order when `applyMinToMarket` is false, say).
 */
export function checkNotional(
  filter: string,
  notional: Notional,
  min: BigNumber,
  max: BigNumber,
): Violation | undefined {
  const { value, how, quantityFor } = notional;
  const describe = `notional ${text(value)} (${how})`;
  if (!min.isZero() && value.isLessThan(min)) {
    const quantity = quantityFor?.(min, true);
    return {
      filter,
      details: withAllowed(`${describe} is below minNotional ${text(min)}`, min, max),
      suggestions: [
        quantity === undefined
          ? `Increase the order's value to at least ${text(min)}.`
          : `Use quantity ${text(quantity)} or more.`,
      ],
    };
  }
  if (!max.isZero() && value.isGreaterThan(max)) {
    const quantity = quantityFor?.(max, false);
    return {
      filter,
      details: withAllowed(`${describe} is above maxNotional ${text(max)}`, min, max),
      suggestions: [
        quantity === undefined
          ? `Reduce the order's value to at most ${text(max)}.`
          : `Use quantity ${text(quantity)} or less.`,
      ],
    };
  }
  return undefined;
}

/**
 * The quantity on a LOT_SIZE grid whose value at `price` reaches `notional`: the smallest one at or above it, or the
 * largest one at or below it.
 */
export function quantityForNotional(
  notional: BigNumber,
  price: BigNumber,
  lot: { readonly minQty: BigNumber; readonly stepSize: BigNumber },
  roundUp: boolean,
): BigNumber {
  // minQty + k × step with (minQty + k × step) × price against notional, solved for k in integers.
  const rest = notional.minus(lot.minQty.times(price));
  if (rest.isLessThanOrEqualTo(0)) return lot.minQty;
  const unit = lot.stepSize.times(price);
  const steps = roundUp ? ceilDiv(rest, unit) : rest.idiv(unit);
  return lot.minQty.plus(steps.times(lot.stepSize));
}

/**
 * Checks ICEBERG_PARTS: ceil(quantity / icebergQty) ≤ limit.
 *
 * @param lot - LOT_SIZE, to suggest the smallest icebergQty on its grid that fits.
 */
export function checkIcebergParts(
  quantity: BigNumber,
  icebergQty: BigNumber,
  limit: number,
  lot: { readonly minQty: BigNumber; readonly stepSize: BigNumber } | undefined,
): Violation | undefined {
  if (icebergQty.isZero()) return undefined;
  const parts = ceilDiv(quantity, icebergQty);
  if (parts.isLessThanOrEqualTo(limit)) return undefined;
  const suggestions: string[] = [];
  if (lot !== undefined && !lot.stepSize.isZero()) {
    // The smallest icebergQty on the grid with icebergQty × limit ≥ quantity.
    const smallest = quantityForNotional(quantity, new BigNumber(limit), lot, true);
    suggestions.push(`Use icebergQty ${text(smallest)} or more.`);
  }
  return {
    filter: 'ICEBERG_PARTS',
    details: `quantity ${text(quantity)} in parts of icebergQty ${text(icebergQty)} makes ${parts.toFixed()} parts (allowed: up to ${limit})`,
    suggestions,
  };
}

/** Checks an integer against `[min, max]` (TRAILING_DELTA). */
export function checkIntegerRange(
  filter: string,
  name: string,
  value: number,
  min: number,
  minName: string,
  max: number,
  maxName: string,
): Violation | undefined {
  const allowed = `(allowed: ${min} to ${max})`;
  if (value < min) return { filter, details: `${name} ${value} is below ${minName} ${min} ${allowed}` };
  if (value > max) return { filter, details: `${name} ${value} is above ${maxName} ${max} ${allowed}` };
  return undefined;
}

/**
 * Checks that one more order keeps an open-order count within its maximum (MAX_NUM_ORDERS, MAX_NUM_ALGO_ORDERS).
 *
 * @param what - what is counted, e.g. `orders`.
 * @param maxName - the filter's field, e.g. `maxNumOrders`.
 */
export function checkOrderCount(
  filter: string,
  what: string,
  open: number,
  max: number,
  maxName: string,
): Violation | undefined {
  if (open < max) return undefined;
  return {
    filter,
    details: `${open} open ${what} on the symbol, one more would exceed ${maxName} ${max} (allowed: up to ${max})`,
    suggestions: [`Cancel some open ${what} first.`],
  };
}
