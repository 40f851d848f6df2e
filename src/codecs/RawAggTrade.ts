import type * as t from 'io-ts';
import {
  Decimal,
  Epoch,
  Flag,
  Id,
  isDecimalString,
  isEpoch,
  isRecord,
  isText,
  isWireId,
  Literal,
  Text,
} from './primitives.js';
import { wireType } from './wireType.js';

/**
 * The `<symbol>@aggTrade` payload (one taker order's fills at one price), with Binance's keys.
 *
 * ```json
 * {"e":"aggTrade","E":1672515782136,"s":"BNBBTC","a":12345,"p":"0.001","q":"100","f":100,"l":105,"T":1672515782136,"m":true,"M":true}
 * ```
 * `M` is ignored.
 * See https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#aggregate-trade-streams
 */
export const RawAggTrade = wireType(
  'RawAggTrade',
  { e: Literal('aggTrade'), E: Epoch, s: Text, a: Id, p: Decimal, q: Decimal, f: Id, l: Id, T: Epoch, m: Flag },
  (u) =>
    isRecord(u) &&
    u['e'] === 'aggTrade' &&
    isEpoch(u['E']) &&
    isText(u['s']) &&
    isWireId(u['a']) &&
    isDecimalString(u['p']) &&
    isDecimalString(u['q']) &&
    isWireId(u['f']) &&
    isWireId(u['l']) &&
    isEpoch(u['T']) &&
    typeof u['m'] === 'boolean',
);
export type RawAggTrade = t.TypeOf<typeof RawAggTrade>;
