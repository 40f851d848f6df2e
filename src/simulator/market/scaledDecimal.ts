// The simulator keeps every price, quantity and notional as an exact integer count of 10^-decimals units ("atoms"),
// so that no amount ever passes through a float. These helpers convert between that form and Binance's strings.

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** Number of digits after the decimal point of a decimal string (`"0.0100"` → 4). */
export function decimalsOf(text: string): number {
  const match = DECIMAL.exec(text);
  if (match === null) throw new TypeError(`not a non-negative decimal: ${JSON.stringify(text)}`);
  return match[2]?.length ?? 0;
}

/**
 * Parses a non-negative decimal string into atoms of 10^-decimals. Returns `undefined` when the text is not a plain
 * decimal, and `'precision'` when it has significant digits beyond `decimals` (trailing zeros are fine).
 */
export function parseScaled(text: string, decimals: number): bigint | 'precision' | undefined {
  const match = DECIMAL.exec(text);
  if (match === null) return undefined;
  const whole = match[1] as string;
  const fraction = match[2] ?? '';
  const kept = fraction.slice(0, decimals);
  if (/[^0]/.test(fraction.slice(decimals))) return 'precision';
  return BigInt(whole + kept.padEnd(decimals, '0'));
}

/** Parses a decimal string that is known to be valid (configuration), throwing a `TypeError` otherwise. */
export function toScaled(text: string, decimals: number): bigint {
  const value = parseScaled(text, decimals);
  if (typeof value !== 'bigint')
    throw new TypeError(`${JSON.stringify(text)} is not a decimal with ≤ ${decimals} digits`);
  return value;
}

/** Formats atoms of 10^-decimals with exactly `decimals` digits after the point, never in exponent notation. */
export function formatScaled(value: bigint, decimals: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const text = decimals === 0 ? whole : `${whole}.${digits.slice(digits.length - decimals)}`;
  return negative ? `-${text}` : text;
}

/** `numerator / denominator` rounded half away from zero; the denominator must be positive. */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  const half = denominator / 2n;
  return numerator >= 0n ? (numerator + half) / denominator : -((-numerator + half) / denominator);
}

/** 10^n as a bigint. */
export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}
