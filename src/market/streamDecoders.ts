import { PARTIAL_DEPTH_FRAME } from '../codecs/partialDepthFrame.js';
import { RawAggTrade } from '../codecs/RawAggTrade.js';
import { RawAvgPrice } from '../codecs/RawAvgPrice.js';
import { RawBlockTrade } from '../codecs/RawBlockTrade.js';
import { RawBookTicker } from '../codecs/RawBookTicker.js';
import { RawDepthSnapshot } from '../codecs/RawDepthSnapshot.js';
import { RawDepthUpdate } from '../codecs/RawDepthUpdate.js';
import { RawKline } from '../codecs/RawKline.js';
import { RawMiniTicker, RawMiniTickerArray } from '../codecs/RawMiniTicker.js';
import { RawReferencePrice } from '../codecs/RawReferencePrice.js';
import { RawTicker } from '../codecs/RawTicker.js';
import { RawTrade } from '../codecs/RawTrade.js';
import { RawWindowTicker, RawWindowTickerArray } from '../codecs/RawWindowTicker.js';
import { type AggTrade, toAggTrade } from '../models/AggTrade.js';
import { type AvgPrice, toAvgPrice } from '../models/AvgPrice.js';
import { type BlockTrade, toBlockTrade } from '../models/BlockTrade.js';
import { type BookTicker, toBookTicker } from '../models/BookTicker.js';
import { type DepthSnapshot, toDepthSnapshot } from '../models/DepthSnapshot.js';
import { type DepthUpdate, toDepthUpdate } from '../models/DepthUpdate.js';
import { type Kline, toKline } from '../models/Kline.js';
import { type MiniTicker, toMiniTicker, toMiniTickers } from '../models/MiniTicker.js';
import { type ReferencePrice, toReferencePrice } from '../models/ReferencePrice.js';
import { type Ticker, toTicker } from '../models/Ticker.js';
import { toTrade, type Trade } from '../models/Trade.js';
import { toWindowTicker, toWindowTickers, type WindowTicker } from '../models/WindowTicker.js';
import type { StreamDecoder, StreamPosition } from './StreamDecoder.js';

function at(key: number | bigint): StreamPosition {
  return { first: key, last: key };
}

/** Position of an all-market array: its newest event time (empty arrays have none). */
function newest(items: readonly { readonly E: number }[]): StreamPosition | undefined {
  let max: number | undefined;
  for (const item of items) if (max === undefined || item.E > max) max = item.E;
  return max === undefined ? undefined : at(max);
}

/**
 * The decoder of every stream kind, chosen by the stream's name (never by trying codecs on a frame). Positions
 * are the sequence each kind carries: trade and aggregate ids and depth `U`/`u` are gapless; book update ids and
 * event times only grow.
 */
export const streamDecoders = {
  trade: { codec: RawTrade, toModel: toTrade, position: (r) => at(r.t), gapless: true } satisfies StreamDecoder<
    RawTrade,
    Trade
  >,
  aggTrade: {
    codec: RawAggTrade,
    toModel: toAggTrade,
    position: (r) => at(r.a),
    gapless: true,
  } satisfies StreamDecoder<RawAggTrade, AggTrade>,
  blockTrade: {
    codec: RawBlockTrade,
    toModel: toBlockTrade,
    position: (r) => at(r.t),
    gapless: false,
  } satisfies StreamDecoder<RawBlockTrade, BlockTrade>,
  kline: { codec: RawKline, toModel: toKline, position: (r) => at(r.E), gapless: false } satisfies StreamDecoder<
    RawKline,
    Kline
  >,
  miniTicker: {
    codec: RawMiniTicker,
    toModel: toMiniTicker,
    position: (r) => at(r.E),
    gapless: false,
  } satisfies StreamDecoder<RawMiniTicker, MiniTicker>,
  allMiniTickers: {
    codec: RawMiniTickerArray,
    toModel: toMiniTickers,
    position: newest,
    gapless: false,
  } satisfies StreamDecoder<RawMiniTickerArray, readonly MiniTicker[]>,
  ticker: { codec: RawTicker, toModel: toTicker, position: (r) => at(r.E), gapless: false } satisfies StreamDecoder<
    RawTicker,
    Ticker
  >,
  windowTicker: {
    codec: RawWindowTicker,
    toModel: toWindowTicker,
    position: (r) => at(r.E),
    gapless: false,
  } satisfies StreamDecoder<RawWindowTicker, WindowTicker>,
  allWindowTickers: {
    codec: RawWindowTickerArray,
    toModel: toWindowTickers,
    position: newest,
    gapless: false,
  } satisfies StreamDecoder<RawWindowTickerArray, readonly WindowTicker[]>,
  bookTicker: {
    codec: RawBookTicker,
    toModel: toBookTicker,
    position: (r) => at(r.u),
    gapless: false,
  } satisfies StreamDecoder<RawBookTicker, BookTicker>,
  avgPrice: {
    codec: RawAvgPrice,
    toModel: toAvgPrice,
    position: (r) => at(r.E),
    gapless: false,
  } satisfies StreamDecoder<RawAvgPrice, AvgPrice>,
  referencePrice: {
    codec: RawReferencePrice,
    toModel: toReferencePrice,
    position: (r) => at(r.t),
    gapless: false,
  } satisfies StreamDecoder<RawReferencePrice, ReferencePrice>,
  partialDepth: {
    codec: RawDepthSnapshot,
    // The payload has no symbol: it comes from the stream name.
    toModel: (raw, stream) => toDepthSnapshot(raw, stream.symbol ?? ''),
    position: (r) => at(r.lastUpdateId),
    gapless: false,
    validFrame: PARTIAL_DEPTH_FRAME,
  } satisfies StreamDecoder<RawDepthSnapshot, DepthSnapshot>,
  diffDepth: {
    codec: RawDepthUpdate,
    toModel: toDepthUpdate,
    position: (r) => ({ first: r.U, last: r.u }),
    gapless: true,
  } satisfies StreamDecoder<RawDepthUpdate, DepthUpdate>,
};
