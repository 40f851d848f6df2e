import { RawDepthSnapshot } from '../../src/codecs/RawDepthSnapshot.js';
import { RawDepthUpdate } from '../../src/codecs/RawDepthUpdate.js';
import type { OrderBookView } from '../../src/book/OrderBookView.js';
import { decoded } from '../models/modelHelpers.js';

/** `[price, quantity]` pairs as Binance writes them. */
export type Levels = readonly (readonly [string, string])[];

/** A REST depth snapshot, decoded by its codec. */
export function snapshot(lastUpdateId: number | bigint, bids: Levels = [], asks: Levels = []): RawDepthSnapshot {
  return decoded(RawDepthSnapshot, { lastUpdateId, bids, asks });
}

/** A diff depth event covering updates `U`..`u`, decoded by its codec. */
export function diff(
  U: number | bigint,
  u: number | bigint,
  bids: Levels = [],
  asks: Levels = [],
  E = 1_700_000_000_000,
): RawDepthUpdate {
  return decoded(RawDepthUpdate, { e: 'depthUpdate', E, s: 'BTCUSDT', U, u, b: bids, a: asks });
}

/** A view's levels as exact strings, best first: `['27000.01 x 0.5', ...]`. */
export function sideText(levels: OrderBookView['bids']): string[] {
  return levels.map((level) => `${level.price.toFixed()} x ${level.quantity.toFixed()}`);
}
