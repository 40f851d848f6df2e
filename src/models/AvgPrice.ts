import { BigNumber } from 'bignumber.js';
import type { RawAvgPrice } from '../codecs/RawAvgPrice.js';
import { inspectCustom, type Plain, plainModel } from './plainModel.js';

/** The average price of a symbol over a fixed interval (`market.avgPrice(symbol)`). */
export interface AvgPrice {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  /** The averaging interval as Binance names it, e.g. `"5m"`. */
  readonly interval: string;
  readonly price: BigNumber;
  /** The time of the last trade counted (epoch ms, or µs with `timeUnit=MICROSECOND`). */
  readonly lastTradeTime: number;
  /** When Binance sent the event (epoch ms, or µs). */
  readonly eventTime: number;
  /** Exact strings for JSON. */
  toJSON(): Plain<AvgPrice>;
}

class AvgPriceModel implements AvgPrice {
  #price: BigNumber | undefined;

  constructor(private readonly raw: RawAvgPrice) {}

  get symbol(): string {
    return this.raw.s;
  }
  get interval(): string {
    return this.raw.i;
  }
  get price(): BigNumber {
    return (this.#price ??= new BigNumber(this.raw.w));
  }
  get lastTradeTime(): number {
    return this.raw.T;
  }
  get eventTime(): number {
    return this.raw.E;
  }
  toJSON(): Plain<AvgPrice> {
    return plainModel<AvgPrice>(this);
  }
  [inspectCustom](): Plain<AvgPrice> {
    return this.toJSON();
  }
}

/** Maps a decoded `RawAvgPrice` to an {@link AvgPrice}; the price is built on first read. */
export function toAvgPrice(raw: RawAvgPrice): AvgPrice {
  return new AvgPriceModel(raw);
}
