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
 * The `<symbol>@trade` payload, with Binance's keys.
 *
 * ```json
 * {"e":"trade","E":1672515782136,"s":"BNBBTC","t":12345,"p":"0.001","q":"100","T":1672515782136,"m":true,"M":true}
 * ```
 * `b`/`a` (buyer and seller order ids) were removed on 2024-06-18; `M` is ignored.
 * See https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#trade-streams
 */
export const RawTrade = wireType(
  'RawTrade',
  { e: Literal('trade'), E: Epoch, s: Text, t: Id, p: Decimal, q: Decimal, T: Epoch, m: Flag },
  (u) =>
    isRecord(u) &&
    u['e'] === 'trade' &&
    isEpoch(u['E']) &&
    isText(u['s']) &&
    isWireId(u['t']) &&
    isDecimalString(u['p']) &&
    isDecimalString(u['q']) &&
    isEpoch(u['T']) &&
    typeof u['m'] === 'boolean',
);
export type RawTrade = t.TypeOf<typeof RawTrade>;
