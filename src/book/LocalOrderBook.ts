import type { RawDepthSnapshot } from '../codecs/RawDepthSnapshot.js';
import type { RawDepthUpdate } from '../codecs/RawDepthUpdate.js';
import type { WireId, WireLevel } from '../codecs/primitives.js';
import { BookSide } from './BookSide.js';
import { isZeroDecimal } from '../internal/decimalText.js';
import { type OrderBookState, type OrderBookView, toOrderBookView } from './OrderBookView.js';
import { PriceScale } from './PriceScale.js';

/** Options of a {@link LocalOrderBook}. */
export interface LocalOrderBookConfig {
  /** Upper-case symbol, e.g. `BTCUSDT`; it names the views. */
  readonly symbol: string;
  /** Prices ↔ ticks (default `PriceScale.fromDecimals(8)`, which fits any Binance price below 9·10^7). */
  readonly scale?: PriceScale;
  /**
   * The most levels kept per side (default `Infinity`): after each snapshot and event the worst levels beyond it are
   * dropped, which bounds memory and the cost of reading `bids`/`asks`.
   *
   * What it costs in correctness: a dropped level is forgotten, and Binance sends a level only when it changes, so
   * after the best levels are consumed the book shows, near its deep end, a hole where the dropped levels still exist
   * on the exchange. Levels beyond the snapshot (at most 5000 per side) have the same hole. Only the levels better
   * than every level ever dropped or never seen are certainly complete: keep `maxDepth` well above the depth you
   * read.
   */
  readonly maxDepth?: number;
}

/** What {@link LocalOrderBook.apply} did with an event. */
export type ApplyResult = 'applied' | 'stale' | 'gap';

/**
 * A local order book of one symbol: a REST snapshot plus the diff depth events after it, per PROTOCOL §2.
 *
 * Pure and synchronous (no socket, no HTTP, no timer); the sync state machine feeds it. Prices are kept as exact
 * integers of ticks and quantities as the exact strings Binance sent, so applying an event costs no float and no
 * `BigNumber`; decimals are only built when a view's level is read.
 *
 * @example
 * ```ts
 * const book = new LocalOrderBook({ symbol: 'BTCUSDT', scale: PriceScale.fromTickSize('0.01000000') });
 * book.reset(snapshot);
 * if (book.apply(event) === 'gap') resync();
 * render(book.view('live'));
 * ```
 */
export class LocalOrderBook {
  /** The symbol of the views. */
  readonly symbol: string;
  /** Prices ↔ ticks. */
  readonly scale: PriceScale;
  private readonly maxDepth: number;
  private readonly bids = new BookSide('bids');
  private readonly asks = new BookSide('asks');
  private id: WireId | undefined;
  private time: number | undefined;

  /** @throws TypeError when `maxDepth` is not a positive integer or `Infinity`. */
  constructor(config: LocalOrderBookConfig) {
    const { symbol, scale = PriceScale.fromDecimals(), maxDepth = Infinity } = config;
    if (!(maxDepth === Infinity || (Number.isSafeInteger(maxDepth) && maxDepth > 0))) {
      throw new TypeError(`maxDepth must be a positive integer or Infinity, got ${maxDepth}`);
    }
    this.symbol = symbol;
    this.scale = scale;
    this.maxDepth = maxDepth;
  }

  /** The id of the last update included; `undefined` before the first `reset`. */
  get lastUpdateId(): WireId | undefined {
    return this.id;
  }

  /**
   * Replaces the whole book with a REST snapshot (`GET /api/v3/depth`): its levels, and its `lastUpdateId` as the
   * book's id.
   *
   * @throws RangeError when a price is off the tick grid or too large (see `PriceScale.toTicks`); the book is left as
   *   it was.
   */
  reset(snapshot: RawDepthSnapshot): void {
    const bids = this.levelsOf(snapshot.bids);
    const asks = this.levelsOf(snapshot.asks);
    this.bids.load(bids.ticks, bids.quantities);
    this.asks.load(asks.ticks, asks.quantities);
    this.trim();
    this.id = snapshot.lastUpdateId;
    this.time = undefined;
  }

  /**
   * Applies one diff depth event by the update procedure of PROTOCOL §2:
   * - `stale` when `u` < the book's id: the event is older than the book; nothing changes.
   * - `gap` when `U` > the book's id + 1: events were missed; nothing changes, and the book must be resynced.
   * - `applied` otherwise: each level is set to its new absolute quantity, inserted when absent, removed when the
   *   quantity is zero (removing an absent level is normal), and the book's id becomes `u`.
   *
   * @throws TypeError before the first `reset`.
   * @throws RangeError when a price is off the tick grid or too large (the tick size is wrong for the symbol). The
   *   levels before the bad one are applied, so the book refuses further events until the next `reset`.
   */
  apply(event: RawDepthUpdate): ApplyResult {
    const id = this.id;
    if (id === undefined) throw new TypeError('LocalOrderBook.apply() before reset(): the book has no snapshot yet');
    if (event.u < id) return 'stale';
    // Mixed number/bigint comparisons are exact in JavaScript; only the addition needs matching types.
    if (typeof id === 'bigint' ? event.U > id + 1n : event.U > id + 1) return 'gap';
    try {
      change(this.bids, event.b, this.scale);
      change(this.asks, event.a, this.scale);
    } catch (error) {
      this.id = undefined; // half applied: unusable until the next reset
      throw error;
    }
    if (this.maxDepth !== Infinity) this.trim();
    this.id = event.u;
    this.time = event.E;
    return 'applied';
  }

  /**
   * An immutable view of the book as it is now, in O(1): later events never change it.
   *
   * @param state - the sync state to show (a book being resynced is stale).
   */
  view(state: OrderBookState): OrderBookView {
    return toOrderBookView({
      symbol: this.symbol,
      state,
      lastUpdateId: this.id ?? 0,
      eventTime: this.time,
      bids: this.bids.snapshot(),
      asks: this.asks.snapshot(),
      scale: this.scale,
    });
  }

  private levelsOf(levels: readonly WireLevel[]): { ticks: number[]; quantities: string[] } {
    const ticks: number[] = [];
    const quantities: string[] = [];
    for (const [price, quantity] of levels) {
      const t = this.scale.toTicks(price);
      if (isZeroDecimal(quantity)) continue;
      ticks.push(t);
      quantities.push(quantity);
    }
    return { ticks, quantities };
  }

  private trim(): void {
    this.bids.trim(this.maxDepth);
    this.asks.trim(this.maxDepth);
  }
}

// One pass per level, prices converted as they are applied: a second pass to convert them all first (so that a bad
// price would change nothing) cost about 5% of the whole, for a failure that only a wrong tick size can cause.
function change(side: BookSide, levels: readonly WireLevel[], scale: PriceScale): void {
  for (const level of levels) {
    const ticks = scale.toTicks(level[0]);
    const quantity = level[1];
    if (isZeroDecimal(quantity)) side.remove(ticks);
    else side.set(ticks, quantity);
  }
}
