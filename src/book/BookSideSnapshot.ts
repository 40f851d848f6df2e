import type { LevelChunk } from './LevelChunk.js';

/** One level of a book side as the book keeps it: a price in ticks and the quantity exactly as Binance sent it. */
export interface TickLevel {
  /** The price as a number of ticks (see `PriceScale`). */
  readonly ticks: number;
  /** The quantity, as sent (`"1.50000000"`); never zero. */
  readonly quantity: string;
}

/**
 * One side of the book as it was when the snapshot was taken, best level first. It never changes afterwards, however
 * the book moves on: it holds the side's chunks of that moment, which the book copies before it writes them again.
 * Taking one costs O(1); reading walks only the levels asked for.
 */
export class BookSideSnapshot implements Iterable<TickLevel> {
  /**
   * @param chunks - the side's chunk index at commit time; neither it nor its chunks are mutated afterwards.
   * @param size - the number of levels.
   * @param descending - true for bids (keys are negated ticks), false for asks.
   */
  constructor(
    private readonly chunks: readonly LevelChunk[],
    readonly size: number,
    private readonly descending: boolean,
  ) {}

  /** The best level (highest bid, lowest ask); `undefined` when the side is empty. */
  best(): TickLevel | undefined {
    const first = this.chunks[0];
    return first === undefined
      ? undefined
      : { ticks: this.ticksOf(first.keys[0] as number), quantity: first.quantities[0] as string };
  }

  /** The first `n` levels (fewer when the side is shorter), best first. */
  top(n: number): TickLevel[] {
    const out: TickLevel[] = [];
    this.forEach((ticks, quantity) => void out.push({ ticks, quantity }), 0, n);
    return out;
  }

  /** Every level, best first. */
  all(): TickLevel[] {
    return this.top(this.size);
  }

  /**
   * Calls `visit` for the levels from index `start` (default 0) up to, not including, `end` (default: the end),
   * best first, without allocating a level object.
   */
  forEach(visit: (ticks: number, quantity: string, index: number) => void, start = 0, end: number = this.size): void {
    const stop = Math.min(end, this.size);
    let index = 0;
    for (const chunk of this.chunks) {
      const length = chunk.keys.length;
      if (index + length > start) {
        for (let i = Math.max(0, start - index); i < length && index + i < stop; i++) {
          visit(this.ticksOf(chunk.keys[i] as number), chunk.quantities[i] as string, index + i);
        }
      }
      index += length;
      if (index >= stop) return;
    }
  }

  *[Symbol.iterator](): Iterator<TickLevel> {
    for (const chunk of this.chunks) {
      for (let i = 0; i < chunk.keys.length; i++) {
        yield { ticks: this.ticksOf(chunk.keys[i] as number), quantity: chunk.quantities[i] as string };
      }
    }
  }

  // `0 - key`, not `-key`: a price of zero ticks must not come back as -0.
  private ticksOf(key: number): number {
    return this.descending ? 0 - key : key;
  }
}
