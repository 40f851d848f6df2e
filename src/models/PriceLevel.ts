import { BigNumber } from 'bignumber.js';
import type { WireLevel } from '../codecs/primitives.js';
import { inspectCustom, type Plain, plainModel } from './plainModel.js';

/**
 * One level of an order book side: a price and the quantity resting at it.
 *
 * A plain interface, so that a literal `{ price, quantity }` is one too; the levels built from wire payloads also
 * serialise to exact strings (`{"price":"0.00000001","quantity":"5"}`).
 */
export interface PriceLevel {
  readonly price: BigNumber;
  /** The total quantity at `price`; in a diff depth update, the new absolute quantity (`0` removes the level). */
  readonly quantity: BigNumber;
}

class PriceLevelModel implements PriceLevel {
  #price: BigNumber | undefined;
  #quantity: BigNumber | undefined;

  constructor(private readonly wire: WireLevel) {}

  get price(): BigNumber {
    return (this.#price ??= new BigNumber(this.wire[0]));
  }
  get quantity(): BigNumber {
    return (this.#quantity ??= new BigNumber(this.wire[1]));
  }
  toJSON(): Plain<PriceLevel> {
    return plainModel<PriceLevel>(this);
  }
  [inspectCustom](): Plain<PriceLevel> {
    return this.toJSON();
  }
}

/** Maps one decoded `[price, quantity]` pair to a {@link PriceLevel}; decimals are built on first read. */
export function toPriceLevel(wire: WireLevel): PriceLevel {
  return new PriceLevelModel(wire);
}

/**
 * Maps a decoded depth side to {@link PriceLevel}s, in wire order.
 *
 * @param first - an already built model of `wire[0]` to reuse, so that a `bestBid` read before `bids` stays the
 *   same object as `bids[0]`.
 */
export function toPriceLevels(wire: readonly WireLevel[], first?: PriceLevel): readonly PriceLevel[] {
  const levels = new Array<PriceLevel>(wire.length);
  for (let i = 0; i < wire.length; i++) {
    levels[i] = i === 0 && first !== undefined ? first : new PriceLevelModel(wire[i] as WireLevel);
  }
  return levels;
}
