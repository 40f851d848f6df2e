import { klineCloseTime, type KlineInterval, klineOpenTime, nextKlineOpenTime } from './klineIntervals.js';
import { divRound } from './scaledDecimal.js';
import type { TradeHistory } from './TradeHistory.js';
import type { TradeStats } from './TradeStats.js';

/** One candle: its trades' statistics, or, when it has none, the price it stays flat at (the previous close). */
export interface Candle {
  readonly openTime: number;
  readonly closeTime: number;
  readonly stats: TradeStats | undefined;
  /** Open = high = low = close of a candle without trades. */
  readonly flatPrice: bigint;
}

/** The trades of a rolling window `[openTime, closeTime]`, and the price of the last trade before it. */
export interface WindowStats {
  readonly openTime: number;
  readonly closeTime: number;
  readonly stats: TradeStats | undefined;
  /** Price of the trade before the first one of the window (`x`, `prevClosePrice`), when still known. */
  readonly prevClose: bigint | undefined;
}

/** The range and count of a klines request; times are UTC epoch ms, inclusive, on candle open times. */
export interface CandleRange {
  readonly startTime?: number;
  readonly endTime?: number;
  readonly limit: number;
}

const MINUTE = 60_000;
/** The averaging window of `avgPrice` (`"mins": 5`). */
export const AVG_PRICE_MINUTES = 5;

/**
 * Statistics of the rolling window of `windowMs` ending now. Like Binance's rolling tickers, the window opens on a
 * minute (`openTime` = the minute of `now - windowMs`) and closes now, so it is up to 59999 ms wider than asked.
 */
export function rollingWindow(history: TradeHistory, windowMs: number, now: number): WindowStats {
  const openTime = now - windowMs - ((now - windowMs) % MINUTE);
  const stats = history.minutes.aggregate(openTime, now + 1);
  return { openTime, closeTime: now, stats, prevClose: history.minutes.lastBefore(openTime)?.close };
}

/**
 * The volume-weighted average price of the last 5 minutes (the trades of the current second and the 299 before it),
 * rounded to a price atom, with the time of the last trade it includes. Falls back to the last trade when the window
 * is empty; `undefined` when there never was a trade.
 */
export function averagePrice(history: TradeHistory, now: number): { price: bigint; time: number } | undefined {
  const from = now - (now % 1000) - (AVG_PRICE_MINUTES * MINUTE - 1000);
  const stats = history.seconds.aggregate(from, now + 1);
  if (stats === undefined || stats.volume === 0n) {
    const last = history.lastTrade;
    return last === undefined ? undefined : { price: last.price, time: last.time };
  }
  return { price: divRound(stats.quoteVolume, stats.volume), time: stats.lastTime };
}

/** The candle of `interval` opening at `openTime` (see {@link klineOpenTime}). */
export function candleAt(
  history: TradeHistory,
  interval: KlineInterval,
  openTime: number,
  offsetMs: number,
  fallbackPrice: bigint,
): Candle {
  const buckets = interval === '1s' ? history.seconds : history.minutes;
  const closeTime = klineCloseTime(interval, openTime, offsetMs);
  const stats = buckets.aggregate(openTime, closeTime + 1);
  const flatPrice = stats?.close ?? buckets.lastBefore(openTime)?.close ?? fallbackPrice;
  return { openTime, closeTime, stats, flatPrice };
}

/**
 * The candles of a klines request, oldest first: those opening in `[startTime, endTime]` (the first `limit` when
 * `startTime` is given, else the last `limit`), from the oldest candle the kept statistics reach to the one open now.
 * Candles without trades are included, flat at the previous close.
 */
export function candlesIn(
  history: TradeHistory,
  interval: KlineInterval,
  offsetMs: number,
  range: CandleRange,
  now: number,
): Candle[] {
  const buckets = interval === '1s' ? history.seconds : history.minutes;
  const oldest = buckets.oldestStart;
  if (oldest === undefined) return [];
  const current = klineOpenTime(interval, now, offsetMs);
  let open = klineOpenTime(interval, Math.max(oldest, range.startTime ?? oldest), offsetMs);
  if (range.startTime !== undefined && open < range.startTime) open = nextKlineOpenTime(interval, open, offsetMs);
  const last = Math.min(current, range.endTime ?? current);
  const openTimes: number[] = [];
  for (; open <= last; open = nextKlineOpenTime(interval, open, offsetMs)) openTimes.push(open);
  const chosen = range.startTime === undefined ? openTimes.slice(-range.limit) : openTimes.slice(0, range.limit);
  const candles: Candle[] = [];
  let previous: bigint | undefined;
  for (const openTime of chosen) {
    const closeTime = klineCloseTime(interval, openTime, offsetMs);
    const stats = buckets.aggregate(openTime, closeTime + 1);
    previous ??= buckets.lastBefore(openTime)?.close;
    const flatPrice = stats?.close ?? previous;
    // Before the first trade there is no price to be flat at: such candles do not exist yet.
    if (flatPrice === undefined) continue;
    candles.push({ openTime, closeTime, stats, flatPrice });
    previous = flatPrice;
  }
  return candles;
}
