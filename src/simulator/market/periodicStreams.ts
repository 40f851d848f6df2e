import { klineOpenTime } from './klineIntervals.js';
import { averagePrice, candleAt } from './marketStatistics.js';
import type { StreamSpec, TickerWindow } from './streamName.js';
import {
  avgPricePayload,
  diffDepthPayload,
  klinePayload,
  miniTickerPayload,
  partialDepthPayload,
  referencePricePayload,
  tickerPayload,
  windowTickerPayload,
} from './streamPayloads.js';
import type { SyntheticMarket } from './SyntheticMarket.js';
import { tickerFigures } from './tickerFigures.js';

/** A stream whose payloads are computed on a schedule rather than on market events. */
export interface PeriodicStream {
  /** Called after every market step; returns the payloads to publish now (often none). */
  poll(now: number): object[];
  /** For diff depth: the last book update already published, so older updates can be forgotten. */
  readonly cursor?: () => number;
}

const WINDOW_MS: Readonly<Record<TickerWindow, number>> = { '1h': 3_600_000, '4h': 14_400_000, '1d': 86_400_000 };
const DAY = 86_400_000;

/** True once per period, at the first poll at or after each multiple of `periodMs` (aligned to the epoch). */
function cadence(periodMs: number, start: number): (now: number) => boolean {
  let next = start - (start % periodMs) + periodMs;
  return (now) => {
    if (now < next) return false;
    next = now - (now % periodMs) + periodMs;
    return true;
  };
}

/**
 * Builds the producer of a scheduled stream (tickers every 1000 ms, klines every 2000 ms or 1000 ms for `1s` plus a
 * final event when a candle closes, depth every 1000 or 100 ms, average and reference price every 1000 ms), or
 * `undefined` for event-driven kinds and for symbols the market does not trade.
 */
export function createPeriodicStream(
  spec: StreamSpec,
  markets: ReadonlyMap<string, SyntheticMarket>,
  now: number,
): PeriodicStream | undefined {
  if (spec.kind === 'allMiniTickers' || spec.kind === 'allWindowTickers') {
    const window = spec.kind === 'allMiniTickers' ? undefined : spec.window;
    const due = cadence(1000, now);
    const seen = new Map<string, string>();
    return {
      poll: (t) => {
        if (!due(t)) return [];
        const changed: object[] = [];
        for (const market of markets.values()) {
          const figures = tickerFigures(market, window === undefined ? DAY : WINDOW_MS[window], t);
          if (seen.get(market.symbol) === figures.changeKey) continue;
          seen.set(market.symbol, figures.changeKey);
          changed.push(
            window === undefined
              ? miniTickerPayload(market.symbol, figures, t)
              : windowTickerPayload(market.symbol, window, figures, t),
          );
        }
        return changed.length === 0 ? [] : [changed];
      },
    };
  }
  const market = markets.get(spec.symbol);
  if (market === undefined) return undefined;
  const { rules } = market;
  switch (spec.kind) {
    case 'miniTicker':
    case 'ticker': {
      const due = cadence(1000, now);
      const mini = spec.kind === 'miniTicker';
      return {
        poll: (t) => {
          if (!due(t)) return [];
          const figures = tickerFigures(market, DAY, t);
          return [mini ? miniTickerPayload(rules.symbol, figures, t) : tickerPayload(market, figures, t)];
        },
      };
    }
    case 'windowTicker': {
      const due = cadence(1000, now);
      const { window } = spec;
      return {
        poll: (t) =>
          due(t) ? [windowTickerPayload(rules.symbol, window, tickerFigures(market, WINDOW_MS[window], t), t)] : [],
      };
    }
    case 'avgPrice':
    case 'referencePrice': {
      const due = cadence(1000, now);
      return {
        poll: (t) => {
          if (!due(t)) return [];
          const average = averagePrice(market.history, t);
          if (spec.kind === 'referencePrice') return [referencePricePayload(rules, average?.price, t)];
          return average === undefined ? [] : [avgPricePayload(rules, average.price, average.time, t)];
        },
      };
    }
    case 'partialDepth': {
      const due = cadence(spec.speedMs, now);
      return { poll: (t) => (due(t) ? [partialDepthPayload(market, spec.levels)] : []) };
    }
    case 'diffDepth': {
      const due = cadence(spec.speedMs, now);
      let published = market.book.lastUpdateId;
      return {
        cursor: () => published,
        poll: (t) => {
          if (!due(t)) return [];
          const changes = market.book.changesSince(published);
          if (changes.length === 0) return [];
          published = market.book.lastUpdateId;
          return [diffDepthPayload(rules, changes, t)];
        },
      };
    }
    case 'kline': {
      const { interval, offsetMs } = spec;
      const due = cadence(interval === '1s' ? 1000 : 2000, now);
      let open = klineOpenTime(interval, now, offsetMs);
      const candle = (openTime: number) => candleAt(market.history, interval, openTime, offsetMs, market.lastPrice);
      return {
        poll: (t) => {
          const out: object[] = [];
          const current = klineOpenTime(interval, t, offsetMs);
          if (current > open) {
            // The candle closed since the last poll: its final state, once, marked closed.
            out.push(klinePayload(rules, interval, candle(open), true, t));
            open = current;
          }
          if (due(t)) out.push(klinePayload(rules, interval, candle(open), false, t));
          return out;
        },
      };
    }
    default:
      return undefined;
  }
}
