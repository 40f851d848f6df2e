import type * as t from 'io-ts';
import { Decimal, Epoch, Literal, Text } from './primitives.js';
import { nullable, wireType } from './wireType.js';

/**
 * The `<symbol>@referencePrice` payload, with Binance's keys (stream added 2026-03). It has no event time `E`.
 *
 * ```json
 * {"e":"referencePrice","s":"BAZUSD","r":"1.00","t":1770313263917}
 * ```
 * `r` is `null` while the symbol has no reference price; `t` is the matching engine time when it took effect.
 * See https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#reference-price-stream
 */
export const RawReferencePrice = wireType('RawReferencePrice', {
  e: Literal('referencePrice'),
  s: Text,
  r: nullable(Decimal),
  t: Epoch,
});
export type RawReferencePrice = t.TypeOf<typeof RawReferencePrice>;
