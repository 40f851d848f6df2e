import type * as t from 'io-ts';
import { Count, Decimal, Epoch, Id, primitive, Text } from './primitives.js';
import { wireArray } from './wireArray.js';
import { wireType } from './wireType.js';

/** The event type of a rolling-window ticker, one per window. */
export type WindowTickerEvent = '1hTicker' | '4hTicker' | '1dTicker';

const EVENTS: ReadonlySet<unknown> = new Set<WindowTickerEvent>(['1hTicker', '4hTicker', '1dTicker']);

/** True for a rolling-window ticker event type (`1hTicker`, `4hTicker`, `1dTicker`). */
export function isWindowTickerEvent(u: unknown): u is WindowTickerEvent {
  return EVENTS.has(u);
}

/**
 * The `<symbol>@ticker_<w>` payload (w ∈ 1h, 4h, 1d), with Binance's keys. The window is in the event type.
 *
 * ```json
 * {"e":"1hTicker","E":1672515782136,"s":"BNBBTC","p":"0.0015","P":"250.00","o":"0.0010","h":"0.0025","l":"0.0010",
 *  "c":"0.0025","w":"0.0018","v":"10000","q":"18","O":0,"C":1675216573749,"F":0,"L":18150,"n":18151}
 * ```
 * Unlike `24hrTicker` there is no `x`, `Q`, `b`, `B`, `a`, `A`. `O` starts on a minute and `C` is the time of the
 * update, so the window can be up to 59999 ms wider than its name.
 * See https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#individual-symbol-rolling-window-statistics-streams
 */
export const RawWindowTicker = wireType('RawWindowTicker', {
  e: primitive('WindowTickerEvent', isWindowTickerEvent, '"1hTicker", "4hTicker" or "1dTicker"'),
  E: Epoch,
  s: Text,
  p: Decimal,
  P: Decimal,
  o: Decimal,
  h: Decimal,
  l: Decimal,
  c: Decimal,
  w: Decimal,
  v: Decimal,
  q: Decimal,
  O: Epoch,
  C: Epoch,
  F: Id,
  L: Id,
  n: Count,
});
export type RawWindowTicker = t.TypeOf<typeof RawWindowTicker>;

/**
 * The `!ticker_<w>@arr` payload: a top-level array of {@link RawWindowTicker}, holding only the symbols that changed.
 *
 * See https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#all-market-rolling-window-statistics-streams
 */
export const RawWindowTickerArray = wireArray('RawWindowTickerArray', RawWindowTicker);
export type RawWindowTickerArray = t.TypeOf<typeof RawWindowTickerArray>;
