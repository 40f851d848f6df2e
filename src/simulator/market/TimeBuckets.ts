import type { TradeRecord } from './TradeRecord.js';
import { TradeStats } from './TradeStats.js';

/**
 * Trade statistics in consecutive fixed-width time buckets (`[start, start + width)`), kept for a bounded time.
 * Trades arrive in time order, so buckets are appended and found by binary search. Buckets without trades are not
 * stored.
 */
export class TimeBuckets {
  private starts: number[] = [];
  private stats: TradeStats[] = [];
  // Merged statistics of ranges that end before the newest bucket, by `from|to` (null: no trade in the range).
  private readonly settled = new Map<string, TradeStats | null>();

  /**
   * @param width - bucket width in ms (1000 for seconds, 60000 for minutes).
   * @param retentionMs - buckets that start earlier than the newest trade minus this may be dropped (in batches, so
   *   a little more is kept).
   */
  constructor(
    readonly width: number,
    private readonly retentionMs: number,
  ) {}

  /** Adds a trade; its time must not be earlier than the previous trade's. */
  add(trade: TradeRecord): void {
    const start = trade.time - (trade.time % this.width);
    const last = this.stats.length - 1;
    if (this.starts[last] === start) {
      (this.stats[last] as TradeStats).add(trade);
    } else {
      this.starts.push(start);
      this.stats.push(TradeStats.of(trade));
      this.expire(trade.time - this.retentionMs);
    }
  }

  /** The start of the oldest bucket still kept. */
  get oldestStart(): number | undefined {
    return this.starts[0];
  }

  /** Calls `visit` for every bucket whose start is in `[from, to)`, in time order. */
  forEach(from: number, to: number, visit: (start: number, stats: TradeStats) => void): void {
    for (let i = this.indexAtOrAfter(from); i < this.starts.length; i++) {
      const start = this.starts[i] as number;
      if (start >= to) break;
      visit(start, this.stats[i] as TradeStats);
    }
  }

  /**
   * The merged statistics of the buckets starting in `[from, to)`, or `undefined` when they hold no trade. A fresh
   * object the caller may change.
   */
  aggregate(from: number, to: number): TradeStats | undefined {
    // Only the newest bucket still grows: the merge of the buckets before it never changes, and tickers and klines
    // ask for the same long ranges every second, so that part is computed once and kept.
    const newest = this.starts[this.starts.length - 1];
    if (newest === undefined || newest < from || to <= newest) return this.merge(from, to);
    const key = `${from}|${newest}`;
    let settled = this.settled.get(key);
    if (settled === undefined) {
      settled = this.merge(from, newest) ?? null;
      if (this.settled.size >= 64) this.settled.clear();
      this.settled.set(key, settled);
    }
    const last = this.stats[this.stats.length - 1] as TradeStats;
    if (settled === null) return last.copy();
    const total = settled.copy();
    total.merge(last);
    return total;
  }

  private merge(from: number, to: number): TradeStats | undefined {
    let total: TradeStats | undefined;
    this.forEach(from, to, (_, stats) => {
      if (total === undefined) total = stats.copy();
      else total.merge(stats);
    });
    return total;
  }

  /** The last bucket starting before `time`, if it is still kept. */
  lastBefore(time: number): TradeStats | undefined {
    return this.stats[this.indexAtOrAfter(time) - 1];
  }

  private indexAtOrAfter(time: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.starts[mid] as number) < time) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private expire(before: number): void {
    const drop = this.indexAtOrAfter(before);
    // Splicing costs a copy; doing it in batches keeps appends amortised O(1).
    if (drop > 256 || (drop > 0 && drop * 4 > this.starts.length)) {
      this.starts = this.starts.slice(drop);
      this.stats = this.stats.slice(drop);
    }
  }
}
