// Questions about decimal strings answered on the text itself, with no float and no BigNumber: the order book asks
// them on its hot path, and order parameters are normalised with them.

const ZERO = 48; // '0'
const POINT = 46; // '.'

/**
 * True when a decimal string is zero in any spelling Binance uses (`"0"`, `"0.00000000"`, `"-0.0"`).
 *
 * A diff depth level whose quantity is zero removes the price level; this is asked for every level of every event,
 * so it reads characters instead of parsing.
 */
export function isZeroDecimal(text: string): boolean {
  let i = text.charCodeAt(0) === 45 ? 1 : 0; // a leading '-'
  if (i >= text.length) return false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== ZERO && c !== POINT) return false;
  }
  return true;
}

/**
 * The shortest exact spelling of an unsigned decimal string: no trailing fractional zeros, no superfluous leading
 * zeros, no exponent (`"0.50000000"` → `"0.5"`, `"0012.00"` → `"12"`). It equals `new BigNumber(text).toFixed()`,
 * which is how the models write decimals to JSON.
 */
export function normalizeDecimal(text: string): string {
  const point = text.indexOf('.');
  let end = text.length;
  if (point >= 0) {
    while (end > point + 1 && text.charCodeAt(end - 1) === ZERO) end--;
    if (end === point + 1) end = point;
  }
  let start = 0;
  const integerEnd = point >= 0 ? point : end;
  while (start < integerEnd - 1 && text.charCodeAt(start) === ZERO) start++;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
