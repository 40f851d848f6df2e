import { BigNumber } from 'bignumber.js';
import { normalizeDecimal } from '../internal/decimalText.js';
import { describe } from '../codecs/primitives.js';
import type { DecimalInput } from './NewOrder.js';

// What a caller may write: digits with an optional fraction. No sign (amounts are never negative), no exponent, no
// spaces, no hexadecimal — bignumber.js would accept "0x10" and " 1", which must not reach an order.
const DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * Formats a decimal parameter exactly as Binance expects it: plain digits, never exponent notation (`'0.00000001'`,
 * not `'1e-8'`), never through a float. Leading zeros and trailing fraction zeros are dropped (`'007.50'` → `'7.5'`),
 * which changes no value and keeps Binance's precision check (-1111) from counting zeros.
 *
 * @param value - a decimal string (`'0.001'`) or a `BigNumber`.
 * @param name - the parameter's name, for the error message.
 * @throws TypeError for a number, NaN, ±Infinity, a negative value or a malformed string, naming the parameter.
 * @example formatDecimal(new BigNumber('1e-8'), 'quantity') // '0.00000001'
 */
export function formatDecimal(value: DecimalInput, name: string): string {
  if (typeof value === 'string') {
    if (!DECIMAL.test(value)) {
      throw new TypeError(`${name}: expected a non-negative decimal string such as "0.001", got ${describe(value)}`);
    }
    return normalizeDecimal(value);
  }
  if (!BigNumber.isBigNumber(value)) {
    const hint = typeof value === 'number' ? ' (numbers are floats: pass the amount as a string)' : '';
    throw new TypeError(`${name}: expected a decimal string or a BigNumber, got ${describe(value)}${hint}`);
  }
  if (!value.isFinite()) throw new TypeError(`${name}: expected a finite amount, got ${value.toString()}`);
  if (value.isNegative() && !value.isZero()) {
    throw new TypeError(`${name}: expected a non-negative amount, got ${value.toFixed()}`);
  }
  // toFixed() without arguments prints every digit in plain notation whatever the application's BigNumber config;
  // -0 becomes "0".
  return value.isZero() ? '0' : value.toFixed();
}
