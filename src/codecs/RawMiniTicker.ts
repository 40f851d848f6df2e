import type * as t from 'io-ts';
import { Decimal, Epoch, Literal, Text } from './primitives.js';
import { wireArray } from './wireArray.js';
import { wireType } from './wireType.js';

/**
 * The `<symbol>@miniTicker` payload (rolling 24 h statistics, not the UTC day), with Binance's keys.
 *
 * ```json
 * {"e":"24hrMiniTicker","E":1672515782136,"s":"BNBBTC","c":"0.0025","o":"0.0010","h":"0.0025","l":"0.0010","v":"10000","q":"18"}
 * ```
 * See https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#individual-symbol-mini-ticker-stream
 */
export const RawMiniTicker = wireType('RawMiniTicker', {
  e: Literal('24hrMiniTicker'),
  E: Epoch,
  s: Text,
  c: Decimal,
  o: Decimal,
  h: Decimal,
  l: Decimal,
  v: Decimal,
  q: Decimal,
});
export type RawMiniTicker = t.TypeOf<typeof RawMiniTicker>;

/**
 * The `!miniTicker@arr` payload: a top-level array of {@link RawMiniTicker}, holding only the symbols that changed
 * in the last second.
 *
 * See https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#all-market-mini-tickers-stream
 */
export const RawMiniTickerArray = wireArray('RawMiniTickerArray', RawMiniTicker);
export type RawMiniTickerArray = t.TypeOf<typeof RawMiniTickerArray>;
