import type { RawDepthUpdate } from '../codecs/RawDepthUpdate.js';
import { inspectCustom, type Plain, plainModel } from './plainModel.js';
import { type PriceLevel, toPriceLevels } from './PriceLevel.js';

/**
 * One diff depth event of a symbol (`market.diffDepth(symbol)`): the levels that changed between two update ids,
 * used to maintain a local order book.
 */
export interface DepthUpdate {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  /** When Binance sent the event (epoch ms, or µs with `timeUnit=MICROSECOND`). */
  readonly eventTime: number;
  /** The first update id in this event (`U`); normally the previous event's `finalUpdateId` + 1. */
  readonly firstUpdateId: bigint;
  /** The last update id in this event (`u`). */
  readonly finalUpdateId: bigint;
  /** Changed bid levels; each quantity is the new absolute quantity, zero removes the level. Built on first read. */
  readonly bids: readonly PriceLevel[];
  /** Changed ask levels, like `bids`. Built on first read. */
  readonly asks: readonly PriceLevel[];
  /** Exact strings for JSON. */
  toJSON(): Plain<DepthUpdate>;
}

class DepthUpdateModel implements DepthUpdate {
  #bids: readonly PriceLevel[] | undefined;
  #asks: readonly PriceLevel[] | undefined;

  constructor(private readonly raw: RawDepthUpdate) {}

  get symbol(): string {
    return this.raw.s;
  }
  get eventTime(): number {
    return this.raw.E;
  }
  get firstUpdateId(): bigint {
    return BigInt(this.raw.U);
  }
  get finalUpdateId(): bigint {
    return BigInt(this.raw.u);
  }
  get bids(): readonly PriceLevel[] {
    return (this.#bids ??= toPriceLevels(this.raw.b));
  }
  get asks(): readonly PriceLevel[] {
    return (this.#asks ??= toPriceLevels(this.raw.a));
  }
  toJSON(): Plain<DepthUpdate> {
    return plainModel<DepthUpdate>(this);
  }
  [inspectCustom](): Plain<DepthUpdate> {
    return this.toJSON();
  }
}

/** Maps a decoded `RawDepthUpdate` to a {@link DepthUpdate}. Nothing is copied: levels are built on first read. */
export function toDepthUpdate(raw: RawDepthUpdate): DepthUpdate {
  return new DepthUpdateModel(raw);
}
