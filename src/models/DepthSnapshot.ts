import type { RawDepthSnapshot } from '../codecs/RawDepthSnapshot.js';
import { inspectCustom, type Plain, plainModel } from './plainModel.js';
import { type PriceLevel, toPriceLevel, toPriceLevels } from './PriceLevel.js';

/** The top levels of a symbol's order book (`market.depth(symbol, levels)`): a self-contained snapshot. */
export interface DepthSnapshot {
  /** Upper-case symbol, e.g. `BTCUSDT` (Binance leaves it out of the payload; it comes from the stream name). */
  readonly symbol: string;
  /** The id of the last book update included. */
  readonly lastUpdateId: bigint;
  /** Bids, best (highest price) first. Built on first read, then cached. */
  readonly bids: readonly PriceLevel[];
  /** Asks, best (lowest price) first. Built on first read, then cached. */
  readonly asks: readonly PriceLevel[];
  /** The highest bid, without building `bids`; `undefined` when the side is empty. */
  readonly bestBid: PriceLevel | undefined;
  /** The lowest ask, without building `asks`; `undefined` when the side is empty. */
  readonly bestAsk: PriceLevel | undefined;
  /** Exact strings for JSON. */
  toJSON(): Plain<DepthSnapshot>;
}

function firstLevel(side: RawDepthSnapshot['bids']): PriceLevel | undefined {
  const first = side[0];
  return first === undefined ? undefined : toPriceLevel(first);
}

class DepthSnapshotModel implements DepthSnapshot {
  readonly #symbol: string;
  #bids: readonly PriceLevel[] | undefined;
  #asks: readonly PriceLevel[] | undefined;
  #bestBid: PriceLevel | undefined;
  #bestAsk: PriceLevel | undefined;

  constructor(
    private readonly raw: RawDepthSnapshot,
    symbol: string,
  ) {
    // A private field, not a public one: toJSON lists the prototype's getters.
    this.#symbol = symbol;
  }

  get symbol(): string {
    return this.#symbol;
  }
  get lastUpdateId(): bigint {
    return BigInt(this.raw.lastUpdateId);
  }
  get bids(): readonly PriceLevel[] {
    return (this.#bids ??= toPriceLevels(this.raw.bids, this.#bestBid));
  }
  get asks(): readonly PriceLevel[] {
    return (this.#asks ??= toPriceLevels(this.raw.asks, this.#bestAsk));
  }
  get bestBid(): PriceLevel | undefined {
    if (this.#bids !== undefined) return this.#bids[0];
    return (this.#bestBid ??= firstLevel(this.raw.bids));
  }
  get bestAsk(): PriceLevel | undefined {
    if (this.#asks !== undefined) return this.#asks[0];
    return (this.#bestAsk ??= firstLevel(this.raw.asks));
  }
  toJSON(): Plain<DepthSnapshot> {
    return plainModel<DepthSnapshot>(this);
  }
  [inspectCustom](): Plain<DepthSnapshot> {
    return this.toJSON();
  }
}

/**
 * Maps a decoded partial depth payload to a {@link DepthSnapshot}. Nothing is copied: levels are built on first read.
 *
 * @param symbol - the upper-case symbol, taken from the stream name (the payload has none).
 */
export function toDepthSnapshot(raw: RawDepthSnapshot, symbol: string): DepthSnapshot {
  return new DepthSnapshotModel(raw, symbol);
}
