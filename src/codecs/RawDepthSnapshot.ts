import type * as t from 'io-ts';
import { Id, isRecord, isWireId, isWireLevels, Levels } from './primitives.js';
import { wireType } from './wireType.js';

/**
 * The partial depth payload of `<symbol>@depth<5|10|20>[@100ms]`: the top levels of the book. It has no event
 * type, no time and no symbol (the symbol comes from the stream name). `GET /api/v3/depth` answers the same shape.
 *
 * ```json
 * {"lastUpdateId":160,"bids":[["0.0024","10"]],"asks":[["0.0026","100"]]}
 * ```
 * Bids are sorted best (highest) first, asks best (lowest) first.
 * See https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#partial-book-depth-streams
 */
export const RawDepthSnapshot = wireType(
  'RawDepthSnapshot',
  { lastUpdateId: Id, bids: Levels, asks: Levels },
  (u) => isRecord(u) && isWireId(u['lastUpdateId']) && isWireLevels(u['bids']) && isWireLevels(u['asks']),
);
export type RawDepthSnapshot = t.TypeOf<typeof RawDepthSnapshot>;
