import type * as t from 'io-ts';
import { isKlineInterval } from '../models/KlineInterval.js';
import { Count, Decimal, Epoch, Flag, Id, Literal, primitive, Text } from './primitives.js';
import { wireType } from './wireType.js';

// Validated, not just any text: the model types it as a KlineInterval.
const Interval = primitive('Interval', isKlineInterval, 'a kline interval (1s, 1m, … 1M)');

/**
 * The candle inside a kline payload (`k`). Case matters: `l` is the low price (a decimal string), `L` the last trade
 * id (a number); `q`/`Q` and `v`/`V` differ the same way. `B` is ignored.
 */
export const RawKlineCandle = wireType('RawKlineCandle', {
  t: Epoch,
  T: Epoch,
  s: Text,
  i: Interval,
  f: Id,
  L: Id,
  o: Decimal,
  c: Decimal,
  h: Decimal,
  l: Decimal,
  v: Decimal,
  n: Count,
  x: Flag,
  q: Decimal,
  V: Decimal,
  Q: Decimal,
});
export type RawKlineCandle = t.TypeOf<typeof RawKlineCandle>;

/**
 * The `<symbol>@kline_<interval>` payload (also `@kline_<interval>@+08:00`, whose times are still UTC epochs), with
 * Binance's keys.
 *
 * ```json
 * {"e":"kline","E":1672515782136,"s":"BNBBTC","k":{"t":1672515780000,"T":1672515839999,"s":"BNBBTC","i":"1m",
 *  "f":100,"L":200,"o":"0.0010","c":"0.0020","h":"0.0025","l":"0.0015","v":"1000","n":100,"x":false,"q":"1.0000",
 *  "V":"500","Q":"0.500","B":"123456"}}
 * ```
 * `f` and `L` are `-1` for a candle without trades.
 * See https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#klinecandlestick-streams
 */
export const RawKline = wireType('RawKline', { e: Literal('kline'), E: Epoch, s: Text, k: RawKlineCandle });
export type RawKline = t.TypeOf<typeof RawKline>;
