import type * as t from 'io-ts';
import { Count, Decimal, Epoch, Id, Literal, Text } from './primitives.js';
import { wireType } from './wireType.js';

/**
 * The `<symbol>@ticker` payload (rolling 24 h statistics, not the UTC day), with Binance's keys.
 *
 * ```json
 * {"e":"24hrTicker","E":1672515782136,"s":"BNBBTC","p":"0.0015","P":"250.00","w":"0.0018","x":"0.0009","c":"0.0025",
 *  "Q":"10","b":"0.0024","B":"10","a":"0.0026","A":"100","o":"0.0010","h":"0.0025","l":"0.0010","v":"10000",
 *  "q":"18","O":0,"C":86400000,"F":0,"L":18150,"n":18151}
 * ```
 * `x` is the price of the last trade before the window (trade `F` − 1). `F` and `L` are `-1` when the window has no
 * trades. Case matters: `c`/`C`, `o`/`O`, `q`/`Q`, `b`/`B`, `a`/`A`, `l`/`L`, `p`/`P` are different fields.
 * See https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#individual-symbol-ticker-streams
 */
export const RawTicker = wireType('RawTicker', {
  e: Literal('24hrTicker'),
  E: Epoch,
  s: Text,
  p: Decimal,
  P: Decimal,
  w: Decimal,
  x: Decimal,
  c: Decimal,
  Q: Decimal,
  b: Decimal,
  B: Decimal,
  a: Decimal,
  A: Decimal,
  o: Decimal,
  h: Decimal,
  l: Decimal,
  v: Decimal,
  q: Decimal,
  O: Epoch,
  C: Epoch,
  F: Id,
  L: Id,
  n: Count,
});
export type RawTicker = t.TypeOf<typeof RawTicker>;
