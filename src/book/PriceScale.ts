const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * Exact conversion between a symbol's decimal prices and integer numbers of ticks.
 *
 * The order book keys its levels by ticks (`price / tickSize`), plain JavaScript integers that compare and sort as
 * fast as floats but without their error: `toTicks` reads the decimal string with integer arithmetic and
 * `toDecimal` writes it back, exactly. Any positive tick size works, powers of ten or not (`"0.05"`, `"25"`).
 *
 * A tick count must stay a safe integer (below 2^53): with a tick of `0.00000001` that is any price below
 * 90 071 992.54740991.
 *
 * @example
 * ```ts
 * const scale = PriceScale.fromTickSize('0.01000000');
 * scale.toTicks('27123.45000000'); // 2712345
 * scale.toDecimal(2712345); // "27123.45"
 * ```
 */
export class PriceScale {
  /** The tick size, normalised (`"0.01"`). */
  readonly tickSize: string;
  // tickSize = units / 10^decimals, both integers: "0.05" is 5 / 10^2.
  private readonly decimals: number;
  private readonly units: number;
  private readonly bigUnits: bigint;

  private constructor(units: bigint, decimals: number) {
    this.decimals = decimals;
    this.bigUnits = units;
    this.units = Number(units);
    this.tickSize = fixedPoint(units.toString(), decimals);
  }

  /**
   * The scale of a symbol's `PRICE_FILTER.tickSize` (`"0.01000000"`). A tick size of zero means that Binance
   * disabled the rule, so there is no grid: the scale of {@link PriceScale.fromDecimals} (8 decimals) is returned.
   *
   * @throws TypeError when `tickSize` is not an unsigned decimal string.
   */
  static fromTickSize(tickSize: string): PriceScale {
    if (!DECIMAL.test(tickSize)) throw new TypeError(`tickSize must be an unsigned decimal string, got "${tickSize}"`);
    const point = tickSize.indexOf('.');
    const fraction = point < 0 ? '' : tickSize.slice(point + 1).replace(/0+$/, '');
    const integer = point < 0 ? tickSize : tickSize.slice(0, point);
    const units = BigInt(integer + fraction);
    if (units === 0n) return PriceScale.fromDecimals();
    return new PriceScale(units, fraction.length);
  }

  /**
   * The scale of a grid of `decimals` decimals (a tick of `10^-decimals`), for when the tick size is unknown.
   * Binance writes every price with 8 decimals, so the default always fits.
   *
   * @param decimals - an integer from 0 to 15 (default 8).
   * @throws TypeError for any other `decimals`.
   */
  static fromDecimals(decimals = 8): PriceScale {
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
      throw new TypeError(`decimals must be an integer from 0 to 15, got ${decimals}`);
    }
    return new PriceScale(1n, decimals);
  }

  /**
   * The number of ticks of a price written as a decimal string (`"27123.45000000"` → `2712345` for a tick of 0.01).
   * Decimals beyond the grid must be zeros.
   *
   * @throws RangeError when the price is not an unsigned decimal string, not a multiple of the tick size, or more
   *   than 2^53 − 1 ticks.
   */
  toTicks(price: string): number {
    // Hot path: one pass of integer arithmetic over the characters. It accumulates price·10^decimals, which stays
    // exact as long as the result is a safe integer (the sum only grows, so the end value bounds every step).
    const n = price.length;
    const decimals = this.decimals;
    let scaled = 0;
    let i = 0;
    let c = 0;
    for (; i < n; i++) {
      c = price.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      scaled = scaled * 10 + c;
    }
    if (i === 0) return this.unreadable(price);
    let kept = 0;
    if (i < n) {
      if (c !== -2 || i === n - 1) return this.unreadable(price); // -2 is '.'
      for (i++; i < n; i++) {
        c = price.charCodeAt(i) - 48;
        if (c < 0 || c > 9) return this.unreadable(price);
        if (kept < decimals) {
          scaled = scaled * 10 + c;
          kept++;
        } else if (c !== 0) {
          throw this.offGrid(price);
        }
      }
    }
    for (; kept < decimals; kept++) scaled *= 10;
    if (scaled > MAX_SAFE) return this.bigTicks(price);
    const units = this.units;
    if (units === 1) return scaled;
    if (scaled % units !== 0) throw this.offGrid(price);
    return scaled / units;
  }

  /**
   * The exact decimal string of a number of ticks, in its shortest form (`2712345` → `"27123.45"`, never an exponent,
   * no trailing zeros).
   *
   * @throws RangeError when `ticks` is not a non-negative safe integer.
   */
  toDecimal(ticks: number): string {
    if (!Number.isSafeInteger(ticks) || ticks < 0) {
      throw new RangeError(`ticks must be a non-negative safe integer, got ${ticks}`);
    }
    const scaled = ticks * this.units;
    const digits = scaled <= MAX_SAFE ? String(scaled) : (BigInt(ticks) * this.bigUnits).toString();
    return fixedPoint(digits, this.decimals);
  }

  // The rare path: price·10^decimals is beyond 2^53, so redo it with bigint; the tick count may still be small enough.
  private bigTicks(price: string): number {
    const point = price.indexOf('.');
    const integer = point < 0 ? price : price.slice(0, point);
    const fraction = point < 0 ? '' : price.slice(point + 1, point + 1 + this.decimals);
    const scaled = BigInt(integer + fraction.padEnd(this.decimals, '0'));
    if (scaled % this.bigUnits !== 0n) throw this.offGrid(price);
    const ticks = scaled / this.bigUnits;
    if (ticks > BigInt(MAX_SAFE)) {
      throw new RangeError(`price ${price} is ${ticks} ticks of ${this.tickSize}, beyond 2^53 − 1: too large to key`);
    }
    return Number(ticks);
  }

  private offGrid(price: string): RangeError {
    return new RangeError(`price ${price} is not a multiple of the tick size ${this.tickSize}`);
  }

  private unreadable(price: string): never {
    throw new RangeError(`price must be an unsigned decimal string, got "${price}"`);
  }
}

/** Writes the integer `digits` · 10^-decimals in shortest form: `("2712345", 2)` → `"27123.45"`. */
function fixedPoint(digits: string, decimals: number): string {
  if (decimals === 0) return digits;
  const padded = digits.length <= decimals ? digits.padStart(decimals + 1, '0') : digits;
  const point = padded.length - decimals;
  let end = padded.length;
  while (end > point && padded.charCodeAt(end - 1) === 48) end--;
  return end === point ? padded.slice(0, point) : `${padded.slice(0, point)}.${padded.slice(point, end)}`;
}
