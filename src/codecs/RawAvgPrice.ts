import type * as t from 'io-ts';
import { Decimal, Epoch, Literal, Text } from './primitives.js';
import { wireType } from './wireType.js';

/**
 * The `<symbol>@avgPrice` payload (average price over a fixed interval), with Binance's keys.
 *
 * ```json
 * {"e":"avgPrice","E":1693907033000,"s":"BTCUSDT","i":"5m","w":"25776.86000000","T":1693907032213}
 * ```
 * See https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#average-price
 */
export const RawAvgPrice = wireType('RawAvgPrice', {
  e: Literal('avgPrice'),
  E: Epoch,
  s: Text,
  i: Text,
  w: Decimal,
  T: Epoch,
});
export type RawAvgPrice = t.TypeOf<typeof RawAvgPrice>;
