import type * as t from 'io-ts';
import { Decimal, Epoch, Flag, Id, Literal, Text } from './primitives.js';
import { wireType } from './wireType.js';

/**
 * The `<symbol>@blockTrade` payload, with Binance's keys (stream added 2026-05-12).
 *
 * ```json
 * {"e":"blockTrade","E":1772506983582,"s":"BNBBTC","t":582,"p":"0.052","q":"5838","T":1772506983321,"m":true}
 * ```
 * See https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#block-trade-streams
 */
export const RawBlockTrade = wireType('RawBlockTrade', {
  e: Literal('blockTrade'),
  E: Epoch,
  s: Text,
  t: Id,
  p: Decimal,
  q: Decimal,
  T: Epoch,
  m: Flag,
});
export type RawBlockTrade = t.TypeOf<typeof RawBlockTrade>;
