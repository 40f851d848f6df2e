import type * as t from 'io-ts';
import { Decimal, Id, isDecimalString, isRecord, isText, isWireId, Text } from './primitives.js';
import { wireType } from './wireType.js';

/**
 * The `<symbol>@bookTicker` payload (best bid and ask), with Binance's keys. It has no event type and no event time.
 *
 * ```json
 * {"u":400900217,"s":"BNBUSDT","b":"25.35190000","B":"31.21000000","a":"25.36520000","A":"40.66000000"}
 * ```
 * See https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#individual-symbol-book-ticker-streams
 */
export const RawBookTicker = wireType(
  'RawBookTicker',
  { u: Id, s: Text, b: Decimal, B: Decimal, a: Decimal, A: Decimal },
  (u) =>
    isRecord(u) &&
    isWireId(u['u']) &&
    isText(u['s']) &&
    isDecimalString(u['b']) &&
    isDecimalString(u['B']) &&
    isDecimalString(u['a']) &&
    isDecimalString(u['A']),
);
export type RawBookTicker = t.TypeOf<typeof RawBookTicker>;
