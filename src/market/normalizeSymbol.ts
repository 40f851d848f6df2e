// Letters and digits of any script: Binance lists non-ASCII symbols (e.g. testnet's `这是测试币456`), but nothing
// that could change the meaning of a URL, a query string or a stream name (`/`, `@`, `?`, `&`, spaces, ...).
const SYMBOL = /^[\p{L}\p{N}]{2,40}$/u;

/**
 * Validates a symbol given by a caller and returns it upper-case, as REST and the domain models write it.
 *
 * @throws TypeError when it is not a string of 2–40 letters and digits.
 * @example normalizeSymbol('btcusdt') // 'BTCUSDT'
 */
export function normalizeSymbol(symbol: unknown): string {
  if (typeof symbol !== 'string' || !SYMBOL.test(symbol)) {
    const shown = typeof symbol === 'string' ? JSON.stringify(symbol) : typeof symbol;
    throw new TypeError(`Invalid symbol ${shown}: expected 2 to 40 letters or digits, such as "BTCUSDT"`);
  }
  return symbol.toUpperCase();
}
