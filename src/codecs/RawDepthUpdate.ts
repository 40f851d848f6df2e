import type * as t from 'io-ts';
import { Epoch, Id, isEpoch, isRecord, isText, isWireId, isWireLevels, Levels, Literal, Text } from './primitives.js';
import { wireType } from './wireType.js';

/**
 * The `<symbol>@depth[@100ms]` payload (diff depth, to maintain a local book), with Binance's keys.
 *
 * ```json
 * {"e":"depthUpdate","E":1672515782136,"s":"BNBBTC","U":157,"u":160,"b":[["0.0024","10"]],"a":[["0.0026","100"]]}
 * ```
 * `U`/`u` are the first/final update ids of the event; each level's quantity is the new absolute quantity, `"0"`
 * removes the level.
 * See https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#diff-depth-stream
 */
export const RawDepthUpdate = wireType(
  'RawDepthUpdate',
  { e: Literal('depthUpdate'), E: Epoch, s: Text, U: Id, u: Id, b: Levels, a: Levels },
  (u) =>
    isRecord(u) &&
    u['e'] === 'depthUpdate' &&
    isEpoch(u['E']) &&
    isText(u['s']) &&
    isWireId(u['U']) &&
    isWireId(u['u']) &&
    isWireLevels(u['b']) &&
    isWireLevels(u['a']),
);
export type RawDepthUpdate = t.TypeOf<typeof RawDepthUpdate>;
