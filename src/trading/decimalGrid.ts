import { BigNumber } from 'bignumber.js';

// Exact grid arithmetic for filters (PROTOCOL §3.11): a valid price is minPrice + k × tickSize, a valid quantity
// minQty + k × stepSize. Only plus, minus, times and integer division are used: they are exact in bignumber.js and
// do not depend on the application's DECIMAL_PLACES, ROUNDING_MODE or MODULO_MODE (idiv always truncates to an
// integer). A float would get this wrong: 70000.07 % 0.01 is 5.5e-12, not 0.

/** True when `value − origin` is a whole multiple of `step` (`step` > 0). */
export function isOnGrid(value: BigNumber, origin: BigNumber, step: BigNumber): boolean {
  const offset = value.minus(origin);
  return offset.idiv(step).times(step).isEqualTo(offset);
}

/** The largest `origin + k × step` ≤ `value` with k ≥ 0; `origin` when `value` is below it. */
export function gridFloor(value: BigNumber, origin: BigNumber, step: BigNumber): BigNumber {
  if (value.isLessThanOrEqualTo(origin)) return origin;
  return origin.plus(value.minus(origin).idiv(step).times(step));
}

/** The smallest `origin + k × step` ≥ `value` with k ≥ 0. */
export function gridCeil(value: BigNumber, origin: BigNumber, step: BigNumber): BigNumber {
  const floor = gridFloor(value, origin, step);
  return floor.isGreaterThanOrEqualTo(value) ? floor : floor.plus(step);
}

/** The smallest integer ≥ `numerator / denominator` (both > 0), exactly. */
export function ceilDiv(numerator: BigNumber, denominator: BigNumber): BigNumber {
  const quotient = numerator.idiv(denominator);
  return quotient.times(denominator).isLessThan(numerator) ? quotient.plus(1) : quotient;
}

/** The number of decimals of a finite value, trailing zeros not counted (`0.0100` has 2). */
export function decimalsOf(value: BigNumber): number {
  return value.decimalPlaces() ?? 0;
}

/** `value` cut (not rounded) to `decimals` decimals. */
export function truncate(value: BigNumber, decimals: number): BigNumber {
  return value.decimalPlaces(decimals, BigNumber.ROUND_DOWN);
}
