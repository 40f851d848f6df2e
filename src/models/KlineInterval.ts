/**
 * Every kline interval Binance serves, shortest first. Case matters: `1m` is a minute, `1M` a month.
 *
 * See https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#klinecandlestick-streams
 */
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

/** A kline interval, e.g. `'1m'`; see {@link KLINE_INTERVALS}. */
export type KlineInterval = (typeof KLINE_INTERVALS)[number];

const INTERVALS: ReadonlySet<unknown> = new Set(KLINE_INTERVALS);

/** True for one of the {@link KLINE_INTERVALS} (exact, case-sensitive match). */
export function isKlineInterval(u: unknown): u is KlineInterval {
  return INTERVALS.has(u);
}
