import { BigNumber } from 'bignumber.js';
import type { RawMiniTicker, RawMiniTickerArray } from '../codecs/RawMiniTicker.js';
import { inspectCustom, type Plain, plainModel } from './plainModel.js';

/** Rolling 24 h statistics of a symbol, the short form (`market.miniTicker(symbol)`); not the UTC day. */
export interface MiniTicker {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  /** The last price (Binance calls it the close). */
  readonly lastPrice: BigNumber;
  /** The first price of the window. */
  readonly open: BigNumber;
  readonly high: BigNumber;
  readonly low: BigNumber;
  /** Volume in the base asset. */
  readonly volume: BigNumber;
  /** Volume in the quote asset. */
  readonly quoteVolume: BigNumber;
  /** When Binance sent the event (epoch ms, or µs with `timeUnit=MICROSECOND`). */
  readonly eventTime: number;
  /** Exact strings for JSON. */
  toJSON(): Plain<MiniTicker>;
}

class MiniTickerModel implements MiniTicker {
  #lastPrice: BigNumber | undefined;
  #open: BigNumber | undefined;
  #high: BigNumber | undefined;
  #low: BigNumber | undefined;
  #volume: BigNumber | undefined;
  #quoteVolume: BigNumber | undefined;

  constructor(private readonly raw: RawMiniTicker) {}

  get symbol(): string {
    return this.raw.s;
  }
  get lastPrice(): BigNumber {
    return (this.#lastPrice ??= new BigNumber(this.raw.c));
  }
  get open(): BigNumber {
    return (this.#open ??= new BigNumber(this.raw.o));
  }
  get high(): BigNumber {
    return (this.#high ??= new BigNumber(this.raw.h));
  }
  get low(): BigNumber {
    return (this.#low ??= new BigNumber(this.raw.l));
  }
  get volume(): BigNumber {
    return (this.#volume ??= new BigNumber(this.raw.v));
  }
  get quoteVolume(): BigNumber {
    return (this.#quoteVolume ??= new BigNumber(this.raw.q));
  }
  get eventTime(): number {
    return this.raw.E;
  }
  toJSON(): Plain<MiniTicker> {
    return plainModel<MiniTicker>(this);
  }
  [inspectCustom](): Plain<MiniTicker> {
    return this.toJSON();
  }
}

/** Maps a decoded `RawMiniTicker` to a {@link MiniTicker}; decimals are built on first read. */
export function toMiniTicker(raw: RawMiniTicker): MiniTicker {
  return new MiniTickerModel(raw);
}

/** Maps a decoded `!miniTicker@arr` payload to one {@link MiniTicker} per changed symbol, in wire order. */
export function toMiniTickers(raw: RawMiniTickerArray): readonly MiniTicker[] {
  return raw.map(toMiniTicker);
}
