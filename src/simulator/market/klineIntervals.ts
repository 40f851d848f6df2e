// The simulator implements Binance on its own and imports nothing from the client, even facts both know (these
// intervals): a mistake the two shared would pass every integration test.

/** The kline intervals Binance supports, case-sensitive (`1m` minute, `1M` month). */
export const KLINE_INTERVALS = [
  '1s',
  '1m',
  '3m',
  '5m',
  '15m',
  '30m',
  '1h',
  '2h',
  '4h',
  '6h',
  '8h',
  '12h',
  '1d',
  '3d',
  '1w',
  '1M',
] as const;

/** One of {@link KLINE_INTERVALS}. */
export type KlineInterval = (typeof KLINE_INTERVALS)[number];

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// 1970-01-01 was a Thursday; weeks open on Monday 00:00, four days later.
const MONDAY_OFFSET = 4 * DAY;

const WIDTHS: Readonly<Record<Exclude<KlineInterval, '1M'>, number>> = {
  '1s': SECOND,
  '1m': MINUTE,
  '3m': 3 * MINUTE,
  '5m': 5 * MINUTE,
  '15m': 15 * MINUTE,
  '30m': 30 * MINUTE,
  '1h': HOUR,
  '2h': 2 * HOUR,
  '4h': 4 * HOUR,
  '6h': 6 * HOUR,
  '8h': 8 * HOUR,
  '12h': 12 * HOUR,
  '1d': DAY,
  '3d': 3 * DAY,
  '1w': 7 * DAY,
};

/** True for a supported interval name. */
export function isKlineInterval(text: string): text is KlineInterval {
  return (KLINE_INTERVALS as readonly string[]).includes(text);
}

/**
 * Open time (UTC epoch ms) of the candle containing `time`. `offsetMs` shifts candle boundaries to a time zone
 * (UTC+8 is `8 * 3600000`): days, weeks and months then start at local midnight, while times stay UTC epochs.
 * Weeks start on Monday; months are calendar months.
 */
export function klineOpenTime(interval: KlineInterval, time: number, offsetMs = 0): number {
  const local = time + offsetMs;
  if (interval === '1M') {
    const date = new Date(local);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) - offsetMs;
  }
  const width = WIDTHS[interval];
  const anchor = interval === '1w' ? MONDAY_OFFSET : 0;
  return Math.floor((local - anchor) / width) * width + anchor - offsetMs;
}

/** Open time of the candle after the one opening at `openTime`. */
export function nextKlineOpenTime(interval: KlineInterval, openTime: number, offsetMs = 0): number {
  if (interval === '1M') {
    const date = new Date(openTime + offsetMs);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) - offsetMs;
  }
  return openTime + WIDTHS[interval];
}

/** Close time of the candle opening at `openTime`: the next open time minus 1 ms. */
export function klineCloseTime(interval: KlineInterval, openTime: number, offsetMs = 0): number {
  return nextKlineOpenTime(interval, openTime, offsetMs) - 1;
}
