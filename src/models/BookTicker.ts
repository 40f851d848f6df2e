import { BigNumber } from 'bignumber.js';
import type { RawBookTicker } from '../codecs/RawBookTicker.js';
import { inspectCustom, type Plain, plainModel } from './plainModel.js';

/** The best bid and ask of a symbol, pushed on every change (`market.bookTicker(symbol)`). It carries no time. */
export interface BookTicker {
  /** The order book update id this state belongs to. */
  readonly updateId: bigint;
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  readonly bidPrice: BigNumber;
  readonly bidQuantity: BigNumber;
  readonly askPrice: BigNumber;
  readonly askQuantity: BigNumber;
  /** Exact strings for JSON. */
  toJSON(): Plain<BookTicker>;
}

class BookTickerModel implements BookTicker {
  #bidPrice: BigNumber | undefined;
  #bidQuantity: BigNumber | undefined;
  #askPrice: BigNumber | undefined;
  #askQuantity: BigNumber | undefined;

  constructor(private readonly raw: RawBookTicker) {}

  get updateId(): bigint {
    return BigInt(this.raw.u);
  }
  get symbol(): string {
    return this.raw.s;
  }
  get bidPrice(): BigNumber {
    return (this.#bidPrice ??= new BigNumber(this.raw.b));
  }
  get bidQuantity(): BigNumber {
    return (this.#bidQuantity ??= new BigNumber(this.raw.B));
  }
  get askPrice(): BigNumber {
    return (this.#askPrice ??= new BigNumber(this.raw.a));
  }
  get askQuantity(): BigNumber {
    return (this.#askQuantity ??= new BigNumber(this.raw.A));
  }
  toJSON(): Plain<BookTicker> {
    return plainModel<BookTicker>(this);
  }
  [inspectCustom](): Plain<BookTicker> {
    return this.toJSON();
  }
}

/** Maps a decoded `RawBookTicker` to a {@link BookTicker}; decimals are built on first read. */
export function toBookTicker(raw: RawBookTicker): BookTicker {
  return new BookTickerModel(raw);
}
