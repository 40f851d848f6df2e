import type { RawBlockTrade } from '../codecs/RawBlockTrade.js';
import { type Trade, toTrade } from './Trade.js';

/**
 * One block trade of a symbol (`market.blockTrades(symbol)`): the fields of a {@link Trade}, with the block trade's
 * id as `id`. Times are epoch ms, or µs with `timeUnit=MICROSECOND`.
 */
export type BlockTrade = Trade;

/** Maps a decoded `RawBlockTrade` to a {@link BlockTrade}; decimals are built on first read. */
export function toBlockTrade(raw: RawBlockTrade): BlockTrade {
  return toTrade(raw);
}
