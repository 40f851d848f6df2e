import { BigNumber } from 'bignumber.js';
import type { RawReferencePrice } from '../codecs/RawReferencePrice.js';
import { inspectCustom, type Plain, plainModel } from './plainModel.js';

/** The reference price of a symbol, which Binance's price filters use (`market.referencePrice(symbol)`). */
export interface ReferencePrice {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  /** The reference price, or `null` while the symbol has none. */
  readonly price: BigNumber | null;
  /** The matching engine time when this price took effect (epoch ms, or µs with `timeUnit=MICROSECOND`). */
  readonly time: number;
  /** Exact strings for JSON. */
  toJSON(): Plain<ReferencePrice>;
}

class ReferencePriceModel implements ReferencePrice {
  #price: BigNumber | null | undefined;

  constructor(private readonly raw: RawReferencePrice) {}

  get symbol(): string {
    return this.raw.s;
  }
  get price(): BigNumber | null {
    if (this.#price === undefined) {
      const text = this.raw.r;
      this.#price = text === null ? null : new BigNumber(text);
    }
    return this.#price;
  }
  get time(): number {
    return this.raw.t;
  }
  toJSON(): Plain<ReferencePrice> {
    return plainModel<ReferencePrice>(this);
  }
  [inspectCustom](): Plain<ReferencePrice> {
    return this.toJSON();
  }
}

/** Maps a decoded `RawReferencePrice` to a {@link ReferencePrice}; the price is built on first read. */
export function toReferencePrice(raw: RawReferencePrice): ReferencePrice {
  return new ReferencePriceModel(raw);
}
