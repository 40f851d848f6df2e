/**
 * The text a WebSocket API request signs (PROTOCOL §3.4): every parameter except `signature` (`apiKey` included),
 * sorted by name, as `name=value` joined with `&`, without percent-encoding. Values are the parameters' text as the
 * envelope parser read them (numbers and booleans as JSON writes them).
 *
 * @example
 * ```ts
 * wsApiPayload(new Map([['timestamp', '1649729878532'], ['apiKey', 'k']])); // 'apiKey=k&timestamp=1649729878532'
 * ```
 */
export function wsApiPayload(params: ReadonlyMap<string, string>): string {
  return [...params.keys()]
    .filter((name) => name !== 'signature')
    .sort()
    .map((name) => `${name}=${params.get(name) ?? ''}`)
    .join('&');
}
