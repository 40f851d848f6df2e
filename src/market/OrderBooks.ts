import {
  catchError,
  defer,
  finalize,
  map,
  type Observable,
  of,
  ReplaySubject,
  type SchedulerLike,
  share,
  switchMap,
  tap,
  throwError,
} from 'rxjs';
import { OrderBookSync } from '../book/OrderBookSync.js';
import type { OrderBookState, OrderBookView } from '../book/OrderBookView.js';
import { PriceScale } from '../book/PriceScale.js';
import { RawDepthSnapshot } from '../codecs/RawDepthSnapshot.js';
import { RawDepthUpdate } from '../codecs/RawDepthUpdate.js';
import type { ExchangeError } from '../errors/ExchangeError.js';
import type { RestClient } from '../rest/RestClient.js';
import { ENDPOINTS } from '../rest/RestEndpoint.js';
import type { ExchangeInfoCache } from '../session/ExchangeInfoCache.js';
import { normalizeSymbol } from './normalizeSymbol.js';
import type { StreamDecoder } from './StreamDecoder.js';
import { type DepthSpeed, diffDepthStream } from './streamNames.js';
import type { StreamMux } from './StreamMux.js';

/** Options of `market.orderBook(symbol, options)`. */
export interface OrderBookOptions {
  /**
   * Levels asked for in the REST snapshot, and kept per side: 1 to 5000. Default 1000 (a snapshot then weighs 50;
   * 5000 weighs 250). Levels beyond the snapshot's depth appear only once they change.
   */
  readonly depth?: number;
  /** Speed of the diff stream the book follows: 100 (default) or 1000 ms. */
  readonly speedMs?: DepthSpeed;
}

/** What the books need from the client. */
export interface OrderBooksOptions {
  readonly mux: StreamMux;
  readonly rest: RestClient;
  readonly exchangeInfo: ExchangeInfoCache;
  readonly scheduler: SchedulerLike;
  readonly reportError: (error: ExchangeError) => void;
}

/** One book's state, for health reports. */
export interface OrderBookStatus {
  readonly symbol: string;
  readonly state: OrderBookState;
  readonly lastUpdateAt: number | undefined;
}

// The book reads the validated raw diff: no model per event, and the same codec as `market.diffDepth`, so both share
// one validation per frame.
const rawDiffs: StreamDecoder<RawDepthUpdate, RawDepthUpdate> = {
  codec: RawDepthUpdate,
  toModel: (raw) => raw,
  position: (raw) => ({ first: raw.U, last: raw.u }),
  gapless: true,
};

interface BookEntry {
  readonly observable: Observable<OrderBookView>;
  status: OrderBookStatus;
}

/**
 * The locally synced order books of a client (`market.orderBook`): shared and refcounted per symbol, depth and speed.
 * Each follows its diff stream from the multiplexer and takes its REST snapshots through the client's shared
 * request-weight bucket, so that a hundred books resyncing at once queue instead of earning a 429. Prices are keyed
 * by exact integer ticks of the symbol's tick size (from exchangeInfo).
 */
export class OrderBooks {
  private readonly books = new Map<string, BookEntry>();

  constructor(private readonly options: OrderBooksOptions) {}

  /**
   * The book of `symbol`. Late subscribers get the current view at once.
   *
   * @throws TypeError for an invalid symbol, depth or speed.
   */
  orderBook(symbol: string, options: OrderBookOptions = {}): Observable<OrderBookView> {
    const upper = normalizeSymbol(symbol);
    const depth = options.depth ?? 1000;
    if (!Number.isInteger(depth) || depth < 1 || depth > 5000)
      throw new TypeError(`Invalid order book depth ${String(depth)}: expected 1 to 5000`);
    const spec = diffDepthStream(upper, { speedMs: options.speedMs ?? 100 });
    const key = `${spec.name}|${depth}`;
    return defer(() => (this.books.get(key) ?? this.create(key, upper, depth, spec)).observable);
  }

  /** Every book's state, for health reports. */
  statuses(): OrderBookStatus[] {
    return [...this.books.values()].map((entry) => entry.status);
  }

  private create(key: string, symbol: string, depth: number, spec: ReturnType<typeof diffDepthStream>): BookEntry {
    const { mux, rest, exchangeInfo, scheduler } = this.options;
    const diffs = mux.stream(spec, rawDiffs);
    const fetchSnapshot = (): Observable<RawDepthSnapshot> =>
      rest.call({
        endpoint: ENDPOINTS.depth,
        params: [
          ['symbol', symbol],
          ['limit', String(depth)],
        ],
        codec: RawDepthSnapshot,
        operation: 'orderBook snapshot',
        context: { symbol },
      });
    // The tick size makes prices exact integers; without exchangeInfo, Binance's 8 decimals still are.
    const scale = exchangeInfo.symbol(symbol).pipe(
      map((info) => {
        const tick = info.filters.priceFilter?.tickSize;
        return tick === undefined || tick.isZero()
          ? PriceScale.fromDecimals(8)
          : PriceScale.fromTickSize(tick.toFixed());
      }),
      catchError((error: ExchangeError) =>
        error.category === 'validation' ? throwError(() => error) : of(PriceScale.fromDecimals(8)),
      ),
    );
    const entry: BookEntry = {
      status: { symbol, state: 'syncing', lastUpdateAt: undefined },
      observable: scale.pipe(
        switchMap((priceScale) =>
          OrderBookSync.observe(diffs, fetchSnapshot, { symbol, scale: priceScale, maxDepth: depth, scheduler }),
        ),
        tap((view) => {
          entry.status = {
            symbol,
            state: view.state,
            lastUpdateAt: view.state === 'live' ? scheduler.now() : entry.status.lastUpdateAt,
          };
        }),
        finalize(() => {
          if (this.books.get(key) === entry) this.books.delete(key);
        }),
        share({
          connector: () => new ReplaySubject<OrderBookView>(1),
          resetOnRefCountZero: true,
          resetOnError: true,
          resetOnComplete: true,
        }),
      ),
    };
    this.books.set(key, entry);
    return entry;
  }
}
