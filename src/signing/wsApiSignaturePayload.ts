// A UTF-16 surrogate without its other half: TextEncoder would silently sign U+FFFD in its place.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Builds the text a WebSocket API request signs (PROTOCOL §3.4): every parameter except `signature` (`apiKey`
 * included), sorted by name, as `name=value` joined with `&`, with no percent-encoding (the UTF-8 bytes of the raw
 * text are signed).
 *
 * Names are sorted by UTF-16 code unit, which for Binance's ASCII parameter names is byte order. Numbers and booleans
 * are written as JSON writes them, so the signed text matches the request frame.
 *
 * @example
 * ```ts
 * wsApiSignaturePayload({ symbol: 'BTCUSDT', apiKey: 'k', timestamp: 1645423376532 });
 * // 'apiKey=k&symbol=BTCUSDT&timestamp=1645423376532'
 * ```
 * @throws TypeError for a number that is not finite or would be written with an exponent (send such values as
 *   decimal strings), or for text with a lone surrogate.
 */
export function wsApiSignaturePayload(params: Readonly<Record<string, string | number | boolean>>): string {
  return Object.keys(params)
    .filter((name) => name !== 'signature')
    .sort()
    .map((name) => `${name}=${formatValue(name, params[name])}`)
    .join('&');
}

function formatValue(name: string, value: unknown): string {
  if (LONE_SURROGATE.test(name) || (typeof value === 'string' && LONE_SURROGATE.test(value))) {
    throw new TypeError('a WebSocket API parameter contains a lone surrogate');
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    const text = String(value);
    if (!Number.isFinite(value) || text.includes('e')) {
      throw new TypeError(`WebSocket API parameter ${name} must be a finite number without exponent; use a string`);
    }
    return text;
  }
  throw new TypeError(`WebSocket API parameter ${name} must be a string, number or boolean`);
}
