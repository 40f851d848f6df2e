import { BoundedLog } from './BoundedLog.js';
import { TimeBuckets } from './TimeBuckets.js';
import type { AggTradeRecord, TradeRecord } from './TradeRecord.js';

/** How much trade history a symbol keeps in memory. */
export interface TradeHistoryOptions {
  /** Trades and aggregate trades kept individually, for `/trades`, `/historicalTrades`, `/aggTrades` (default 10000). */
  readonly maxTrades?: number;
  /** How long one-second statistics are kept, for `1s` klines and the 5-minute average price (default 1 hour). */
  readonly secondRetentionMs?: number;
  /** How long one-minute statistics are kept, for other klines and tickers up to 7 days (default 8 days). */
  readonly minuteRetentionMs?: number;
}

/** A query of aggregate trades, as `/api/v3/aggTrades` takes it (times inclusive). */
export interface AggTradeQuery {
  readonly fromId?: number;
  readonly startTime?: number;
  readonly endTime?: number;
  readonly limit: number;
}

const HOUR = 3_600_000;

/** A symbol's trades: the recent ones one by one, and per-second and per-minute statistics for longer. */
export class TradeHistory {
  readonly trades: BoundedLog<TradeRecord>;
  readonly aggTrades: BoundedLog<AggTradeRecord>;
  readonly seconds: TimeBuckets;
  readonly minutes: TimeBuckets;

  constructor(options: TradeHistoryOptions = {}) {
    const maxTrades = options.maxTrades ?? 10_000;
    this.trades = new BoundedLog(maxTrades);
    this.aggTrades = new BoundedLog(maxTrades);
    // The 5-minute average price reads second buckets: keep at least that much.
    this.seconds = new TimeBuckets(1000, Math.max(options.secondRetentionMs ?? HOUR, 6 * 60_000));
    this.minutes = new TimeBuckets(60_000, options.minuteRetentionMs ?? 8 * 24 * HOUR);
  }

  /** Records a trade (ids consecutive, times non-decreasing). */
  record(trade: TradeRecord): void {
    this.trades.push(trade);
    this.seconds.add(trade);
    this.minutes.add(trade);
  }

  /** Records an aggregate trade (ids consecutive). */
  recordAgg(agg: AggTradeRecord): void {
    this.aggTrades.push(agg);
  }

  /** The last trade, if any. */
  get lastTrade(): TradeRecord | undefined {
    return this.trades.last;
  }

  /**
   * Aggregate trades, oldest first: from `fromId` when given; else from `startTime` when given; else the most recent
   * ones (up to `endTime` when given). Every given bound applies.
   */
  queryAggTrades(query: AggTradeQuery): AggTradeRecord[] {
    const { fromId, startTime, endTime, limit } = query;
    const log = this.aggTrades;
    const inRange = (a: AggTradeRecord): boolean =>
      (startTime === undefined || a.time >= startTime) && (endTime === undefined || a.time <= endTime);
    if (fromId !== undefined) {
      const first = log.firstIndexWhere((a) => a.id >= fromId);
      return log
        .slice(first, Number.POSITIVE_INFINITY, (a) => endTime === undefined || a.time <= endTime)
        .filter(inRange)
        .slice(0, limit);
    }
    if (startTime !== undefined) {
      const first = log.firstIndexWhere((a) => a.time >= startTime);
      return log.slice(first, limit, inRange);
    }
    const end = endTime === undefined ? log.length : log.firstIndexWhere((a) => a.time > endTime);
    const start = Math.max(0, end - limit);
    return log.slice(start, end - start);
  }
}
