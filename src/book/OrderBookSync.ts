import {
  asyncScheduler,
  defer,
  first,
  map,
  Observable,
  type SchedulerLike,
  type Subscriber,
  type Subscription,
} from 'rxjs';
import type { RawDepthSnapshot } from '../codecs/RawDepthSnapshot.js';
import type { RawDepthUpdate } from '../codecs/RawDepthUpdate.js';
import { ExchangeError } from '../errors/ExchangeError.js';
import { type RetryBackoffConfig, retryBackoff } from '../operators/retryBackoff.js';
import { LocalOrderBook } from './LocalOrderBook.js';
import type { OrderBookState, OrderBookView } from './OrderBookView.js';
import type { PriceScale } from './PriceScale.js';

/** Options of {@link OrderBookSync.observe}. */
export interface OrderBookSyncConfig {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  /** Prices ↔ ticks, from the symbol's tick size (default: 8 decimals, see `PriceScale.fromDecimals`). */
  readonly scale?: PriceScale;
  /** The most levels kept per side (default `Infinity`); see `LocalOrderBookConfig.maxDepth` for what it costs. */
  readonly maxDepth?: number;
  /**
   * The backoff between snapshot requests, after a request failed or a snapshot came back older than the buffered
   * events (default: `retryBackoff`'s, 1 s doubling to 30 s with jitter, forever). By default an `ExchangeError`
   * that is not `retryable` (an unknown symbol) ends the stream with that error; every other failure is retried.
   */
  readonly retry?: Omit<RetryBackoffConfig, 'scheduler'>;
  /** Most diff events kept while waiting for a snapshot (default 10 000); beyond it the oldest are dropped. */
  readonly maxBuffer?: number;
  /** The scheduler of the backoff timers (default `asyncScheduler`). */
  readonly scheduler?: SchedulerLike;
}

/** A snapshot older than the first buffered event: it cannot be joined to the stream, ask again. */
class SnapshotTooOld extends Error {
  override readonly name = 'SnapshotTooOld';
}

/**
 * Keeps a local order book in step with Binance, by the procedure of PROTOCOL §2 (revised 2025-11-12):
 *
 * 1. Diff events are buffered from the start; the first one triggers a snapshot request.
 * 2. A snapshot whose `lastUpdateId` is below the first buffered event's `U` is too old: it is asked for again
 *    (through the backoff, so that a lagging snapshot source cannot burn the request weight), still buffering.
 * 3. Buffered events with `u` ≤ `lastUpdateId` are dropped; the book takes the snapshot; the rest are applied by the
 *    update procedure (so the first kept one must have `U` ≤ `lastUpdateId` + 1 ≤ `u`), then every live event.
 * 4. A gap (`U` > the book's id + 1) turns the book `resyncing`: buffering starts again from the event that revealed
 *    the gap and a new snapshot is fetched, for this book only.
 *
 * A view is emitted on every state change (first `syncing`, with an empty book; then `live`; `resyncing` shows the
 * last good book, visibly stale) and for every applied live event. Stale events (`u` < the book's id) are dropped
 * silently. A failed snapshot request is retried with backoff, the state unchanged. The stream ends when `diffs`
 * ends, and fails when `diffs` fails, when a snapshot request fails for good, or when a price is off the tick grid
 * (a wrong tick size: a `RangeError`).
 *
 * Each subscription runs its own book; share the result to serve several subscribers.
 */
export class OrderBookSync {
  private readonly book: LocalOrderBook;
  private state: OrderBookState = 'syncing';
  private buffer: RawDepthUpdate[] = [];
  private fetching: Subscription | undefined;
  private fetches = 0;
  private readonly fetchSnapshot$: Observable<RawDepthSnapshot>;

  private constructor(
    fetchSnapshot: () => Observable<RawDepthSnapshot>,
    config: OrderBookSyncConfig,
    private readonly maxBuffer: number,
    private readonly subscriber: Subscriber<OrderBookView>,
  ) {
    this.book = new LocalOrderBook(config);
    const retry = config.retry ?? {};
    const shouldRetry = retry.shouldRetry ?? isWorthRetrying;
    this.fetchSnapshot$ = defer(fetchSnapshot).pipe(
      first(),
      map((snapshot) => this.checkFresh(snapshot)),
      retryBackoff<RawDepthSnapshot>({
        ...retry,
        scheduler: config.scheduler ?? asyncScheduler,
        shouldRetry: (error, attempt) => error instanceof SnapshotTooOld || shouldRetry(error, attempt),
      }),
    );
  }

  /**
   * The views of a locally synced order book, from the symbol's diff depth events and a way to fetch its REST
   * snapshot.
   *
   * @param diffs - the `<symbol>@depth[@100ms]` events, decoded.
   * @param fetchSnapshot - makes a cold request for `GET /api/v3/depth?symbol=…&limit=…` (called once per attempt).
   * @param config - the symbol and options.
   * @throws TypeError at once for a `maxDepth` or `maxBuffer` that is not a positive integer (or `Infinity`).
   *
   * @example
   * ```ts
   * OrderBookSync.observe(diffDepth$, () => rest.depth('BTCUSDT', 5000), {
   *   symbol: 'BTCUSDT',
   *   scale: PriceScale.fromTickSize('0.01000000'),
   * }).subscribe((book) => book.state === 'live' && render(book.topBids(10), book.topAsks(10)));
   * ```
   */
  static observe(
    diffs: Observable<RawDepthUpdate>,
    fetchSnapshot: () => Observable<RawDepthSnapshot>,
    config: OrderBookSyncConfig,
  ): Observable<OrderBookView> {
    const { maxBuffer = 10_000 } = config;
    if (!(maxBuffer === Infinity || (Number.isSafeInteger(maxBuffer) && maxBuffer > 0))) {
      throw new TypeError(`maxBuffer must be a positive integer or Infinity, got ${maxBuffer}`);
    }
    // Built once here so that a bad maxDepth throws now, not at subscription.
    new LocalOrderBook(config);
    return new Observable<OrderBookView>((subscriber) => {
      const sync = new OrderBookSync(fetchSnapshot, config, maxBuffer, subscriber);
      sync.emit();
      // A subscriber that had enough of the first view must not cause a stream subscription.
      if (subscriber.closed) return undefined;
      const source = diffs.subscribe({
        next: (event) => sync.onEvent(event),
        error: (error: unknown) => subscriber.error(error),
        complete: () => subscriber.complete(),
      });
      return () => {
        source.unsubscribe();
        sync.fetching?.unsubscribe();
      };
    });
  }

  private onEvent(event: RawDepthUpdate): void {
    if (this.state !== 'live') {
      this.buffer.push(event);
      if (this.buffer.length > this.maxBuffer) this.buffer.splice(0, this.buffer.length - this.maxBuffer);
      if (this.fetching === undefined) this.fetch();
      return;
    }
    const result = this.apply(event);
    if (result === 'applied') this.emit();
    else if (result === 'gap') this.resync([event], 'resyncing');
  }

  private onSnapshot(snapshot: RawDepthSnapshot): void {
    this.fetching = undefined;
    const { lastUpdateId } = snapshot;
    const pending = this.buffer.filter((event) => event.u > lastUpdateId);
    this.buffer = [];
    try {
      this.book.reset(snapshot);
    } catch (error) {
      this.subscriber.error(error);
      return;
    }
    for (let i = 0; i < pending.length; i++) {
      const result = this.apply(pending[i] as RawDepthUpdate);
      if (result === 'gap') {
        // The stream itself skipped updates after this snapshot: start over from the event after the hole.
        this.resync(pending.slice(i), this.state);
        return;
      }
      if (result === undefined) return;
    }
    this.state = 'live';
    this.emit();
  }

  /** Applies one event; `undefined` when the book failed (the stream is then in error). */
  private apply(event: RawDepthUpdate): 'applied' | 'stale' | 'gap' | undefined {
    try {
      return this.book.apply(event);
    } catch (error) {
      this.subscriber.error(error);
      return undefined;
    }
  }

  private resync(buffered: RawDepthUpdate[], state: OrderBookState): void {
    this.buffer = buffered;
    if (state !== this.state) {
      this.state = state;
      this.emit();
    }
    this.fetch();
  }

  private fetch(): void {
    const attempt = ++this.fetches;
    this.fetching = undefined;
    const request = this.fetchSnapshot$.subscribe({
      next: (snapshot) => this.onSnapshot(snapshot),
      error: (error: unknown) => this.subscriber.error(error),
    });
    // A snapshot that came synchronously is handled already, and may have started the next request.
    if (this.fetches === attempt && !request.closed) this.fetching = request;
  }

  // Runs when a snapshot arrives, against the buffer of that moment.
  private checkFresh(snapshot: RawDepthSnapshot): RawDepthSnapshot {
    const first = this.buffer[0];
    if (first !== undefined && snapshot.lastUpdateId < first.U) {
      throw new SnapshotTooOld(`snapshot ${snapshot.lastUpdateId} is older than the first buffered event ${first.U}`);
    }
    return snapshot;
  }

  private emit(): void {
    this.subscriber.next(this.book.view(this.state));
  }
}

/** The default `shouldRetry` of snapshot requests: all but errors the exchange classified as not retryable. */
function isWorthRetrying(error: unknown): boolean {
  return !(error instanceof ExchangeError) || error.retryable;
}
