// A decimal as an integer and a power of ten — `units / 10^scale` — with the few exact operations a filter check
// needs (compare, multiply, divisibility). bigint arithmetic on short numbers costs a fraction of BigNumber's, which
// matters on the path of every order; nothing here rounds, so nothing here can be wrong by a tick.

/** `units / 10^scale`, exactly. */
export interface ExactDecimal {
  readonly units: bigint;
  readonly scale: number;
}

const POWERS: bigint[] = [1n];

function power(exponent: number): bigint {
  for (let n = POWERS.length; n <= exponent; n++) POWERS.push((POWERS[n - 1] as bigint) * 10n);
  return POWERS[exponent] as bigint;
}

/**
 * Reads a plain unsigned decimal string (`"0.001"`, `"70000"`; digits and at most one point, as `formatDecimal`
 * returns them). The caller vouches for the shape: a malformed string throws a `SyntaxError` from `BigInt`.
 */
export function exactDecimal(text: string): ExactDecimal {
  const point = text.indexOf('.');
  if (point < 0) return { units: BigInt(text), scale: 0 };
  return { units: BigInt(text.slice(0, point) + text.slice(point + 1)), scale: text.length - point - 1 };
}

/** `units` of `value` at the (larger or equal) `scale`. */
function at(value: ExactDecimal, scale: number): bigint {
  return scale === value.scale ? value.units : value.units * power(scale - value.scale);
}

/** −1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compareExact(a: ExactDecimal, b: ExactDecimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = at(a, scale);
  const y = at(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `a × b`, exactly. */
export function timesExact(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** True when `value − origin` is a whole multiple of `step` (`step` ≠ 0), negative multiples included. */
export function isMultipleFrom(value: ExactDecimal, origin: ExactDecimal, step: ExactDecimal): boolean {
  const scale = Math.max(value.scale, origin.scale, step.scale);
  return (at(value, scale) - at(origin, scale)) % at(step, scale) === 0n;
}
