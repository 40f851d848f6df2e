import type { BigNumber } from 'bignumber.js';
import type { WireId } from '../codecs/primitives.js';
import { inspectCustom, type Plain } from '../models/plainModel.js';
import type { PriceLevel } from '../models/PriceLevel.js';
import { type BookLevel, toBookLevel } from './BookLevel.js';
import type { BookSideSnapshot } from './BookSideSnapshot.js';
import type { PriceScale } from './PriceScale.js';

/**
 * Where a local order book stands:
 * - `syncing`: waiting for the first snapshot; the book is empty.
 * - `live`: in step with the exchange; every diff event is applied.
 * - `resyncing`: events were missed, a new snapshot is on its way; the book shown is the last good one, now stale.
 */
export type OrderBookState = 'syncing' | 'live' | 'resyncing';

/**
 * An immutable picture of a local order book (`market.orderBook(symbol)`), one per applied event or state change.
 *
 * Making one costs O(1); levels are built on first read and cached, and their `BigNumber`s on first read of a price
 * or quantity. A view never changes, however the book moves on.
 */
export interface OrderBookView {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  /** Whether the book is in step with the exchange; read it before trusting the levels. */
  readonly state: OrderBookState;
  /** The id of the last update included (the snapshot's `lastUpdateId`, then each applied event's `u`); 0 while syncing. */
  readonly lastUpdateId: bigint;
  /** Binance's time of the last applied diff event (epoch ms); `undefined` before the first one. */
  readonly eventTime: number | undefined;
  /** The highest bid, without building `bids`; `undefined` when there is none. */
  readonly bestBid: PriceLevel | undefined;
  /** The lowest ask, without building `asks`; `undefined` when there is none. */
  readonly bestAsk: PriceLevel | undefined;
  /** Best ask minus best bid, exactly; `undefined` when a side is empty. */
  readonly spread: BigNumber | undefined;
  /** Every bid, best (highest) first. Built on first read, then cached. */
  readonly bids: readonly PriceLevel[];
  /** Every ask, best (lowest) first. Built on first read, then cached. */
  readonly asks: readonly PriceLevel[];
  /** The number of bid levels. */
  readonly bidCount: number;
  /** The number of ask levels. */
  readonly askCount: number;
  /** The best `n` bids (fewer when there are fewer), without building the others. */
  topBids(n: number): readonly PriceLevel[];
  /** The best `n` asks (fewer when there are fewer), without building the others. */
  topAsks(n: number): readonly PriceLevel[];
  /** Exact strings for JSON. */
  toJSON(): Plain<OrderBookView>;
}

/** The levels of one side snapshot, built best first as far as they are read, each once. */
class LazyLevels {
  readonly #built: BookLevel[] = [];

  constructor(
    private readonly side: BookSideSnapshot,
    private readonly scale: PriceScale,
  ) {}

  best(): BookLevel | undefined {
    return this.prefix(1)[0];
  }

  top(n: number): readonly BookLevel[] {
    const count = n > 0 ? Math.floor(n) : 0;
    // A fresh array unless it is the whole side: the prefix grows when more levels are read.
    return count >= this.side.size ? this.all() : this.prefix(count).slice(0, count);
  }

  all(): readonly BookLevel[] {
    return this.prefix(this.side.size);
  }

  private prefix(n: number): BookLevel[] {
    const built = this.#built;
    if (n > built.length) {
      const { scale } = this;
      this.side.forEach((ticks, quantity) => void built.push(toBookLevel(scale, ticks, quantity)), built.length, n);
    }
    return built;
  }
}

class OrderBookViewModel implements OrderBookView {
  // Built on first read: a view that nobody reads costs one object.
  #bidLevels: LazyLevels | undefined;
  #askLevels: LazyLevels | undefined;
  #lastUpdateId: bigint | undefined;
  #spread: BigNumber | null | undefined;

  constructor(
    readonly symbol: string,
    readonly state: OrderBookState,
    private readonly id: WireId,
    readonly eventTime: number | undefined,
    private readonly bidSide: BookSideSnapshot,
    private readonly askSide: BookSideSnapshot,
    private readonly scale: PriceScale,
  ) {}

  get #bids(): LazyLevels {
    return (this.#bidLevels ??= new LazyLevels(this.bidSide, this.scale));
  }
  get #asks(): LazyLevels {
    return (this.#askLevels ??= new LazyLevels(this.askSide, this.scale));
  }

  get lastUpdateId(): bigint {
    return (this.#lastUpdateId ??= BigInt(this.id));
  }
  get bestBid(): PriceLevel | undefined {
    return this.#bids.best();
  }
  get bestAsk(): PriceLevel | undefined {
    return this.#asks.best();
  }
  get spread(): BigNumber | undefined {
    if (this.#spread === undefined) {
      const bid = this.bestBid;
      const ask = this.bestAsk;
      this.#spread = bid === undefined || ask === undefined ? null : ask.price.minus(bid.price);
    }
    return this.#spread ?? undefined;
  }
  get bids(): readonly PriceLevel[] {
    return this.#bids.all();
  }
  get asks(): readonly PriceLevel[] {
    return this.#asks.all();
  }
  get bidCount(): number {
    return this.bidSide.size;
  }
  get askCount(): number {
    return this.askSide.size;
  }
  topBids(n: number): readonly PriceLevel[] {
    return this.#bids.top(n);
  }
  topAsks(n: number): readonly PriceLevel[] {
    return this.#asks.top(n);
  }
  toJSON(): Plain<OrderBookView> {
    const spread = this.spread;
    return {
      symbol: this.symbol,
      state: this.state,
      lastUpdateId: this.lastUpdateId.toString(),
      eventTime: this.eventTime,
      bestBid: this.#bids.best()?.toJSON(),
      bestAsk: this.#asks.best()?.toJSON(),
      spread: spread?.toFixed(),
      bids: this.#bids.all().map((level) => level.toJSON()),
      asks: this.#asks.all().map((level) => level.toJSON()),
      bidCount: this.bidCount,
      askCount: this.askCount,
    };
  }
  [inspectCustom](): Plain<OrderBookView> {
    return this.toJSON();
  }
}

/** What a view is made of; see {@link toOrderBookView}. */
export interface OrderBookViewParts {
  readonly symbol: string;
  readonly state: OrderBookState;
  /** The book's update id, as decoded (a `number`, or a `bigint` beyond 2^53). */
  readonly lastUpdateId: WireId;
  readonly eventTime: number | undefined;
  readonly bids: BookSideSnapshot;
  readonly asks: BookSideSnapshot;
  /** Converts the snapshots' ticks back to prices. */
  readonly scale: PriceScale;
}

/** Builds an {@link OrderBookView} over two side snapshots, in O(1): nothing is read until asked for. */
export function toOrderBookView(parts: OrderBookViewParts): OrderBookView {
  return new OrderBookViewModel(
    parts.symbol,
    parts.state,
    parts.lastUpdateId,
    parts.eventTime,
    parts.bids,
    parts.asks,
    parts.scale,
  );
}
