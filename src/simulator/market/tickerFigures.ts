import { rollingWindow } from './marketStatistics.js';
import { divRound, formatScaled } from './scaledDecimal.js';
import type { SyntheticMarket } from './SyntheticMarket.js';

/**
 * The figures of a rolling-window ticker, formatted as Binance writes them. The stream payloads (`24hrTicker`,
 * `24hrMiniTicker`, `1hTicker`…) and the REST tickers are all built from these, so they always agree.
 */
export interface TickerFigures {
  readonly openTime: number;
  readonly closeTime: number;
  readonly open: string;
  readonly high: string;
  readonly low: string;
  /** The last price (of the window's last trade, or the last trade before it when the window has none). */
  readonly close: string;
  readonly volume: string;
  readonly quoteVolume: string;
  readonly priceChange: string;
  /** Percent with 3 decimals, e.g. `"-0.317"`. */
  readonly priceChangePercent: string;
  /** quoteVolume / volume. */
  readonly weightedAvgPrice: string;
  /** Price of the last trade before the window (falls back to the open). */
  readonly prevClose: string;
  readonly lastQty: string;
  /** -1 when the window has no trade. */
  readonly firstId: number;
  /** -1 when the window has no trade. */
  readonly lastId: number;
  readonly count: number;
  /** Equal for two computations whose statistics are equal: how `@arr` streams detect a changed symbol. */
  readonly changeKey: string;
}

/** Computes the ticker of the window of `windowMs` ending at `now` (window opening on a minute). */
export function tickerFigures(market: SyntheticMarket, windowMs: number, now: number): TickerFigures {
  const { rules } = market;
  const window = rollingWindow(market.history, windowMs, now);
  const stats = window.stats;
  const last = market.lastPrice;
  const open = stats?.open ?? last;
  const close = stats?.close ?? last;
  const change = close - open;
  const figures = {
    openTime: window.openTime,
    closeTime: window.closeTime,
    open: rules.price(open),
    high: rules.price(stats?.high ?? last),
    low: rules.price(stats?.low ?? last),
    close: rules.price(close),
    volume: rules.quantity(stats?.volume ?? 0n),
    quoteVolume: rules.quote(stats?.quoteVolume ?? 0n),
    priceChange: rules.price(change),
    priceChangePercent: formatScaled(open === 0n ? 0n : divRound(change * 100_000n, open), 3),
    weightedAvgPrice: rules.price(stats === undefined ? 0n : divRound(stats.quoteVolume, stats.volume)),
    prevClose: rules.price(window.prevClose ?? open),
    lastQty: rules.quantity(market.history.lastTrade?.quantity ?? 0n),
    firstId: stats?.firstId ?? -1,
    lastId: stats?.lastId ?? -1,
    count: stats?.count ?? 0,
  };
  const changeKey = [figures.firstId, figures.lastId, figures.open, figures.high, figures.low, figures.volume].join(
    '|',
  );
  return { ...figures, changeKey };
}
