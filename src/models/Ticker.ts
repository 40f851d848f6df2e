import { BigNumber } from 'bignumber.js';
import type { RawTicker } from '../codecs/RawTicker.js';
import { inspectCustom, type Plain, plainModel } from './plainModel.js';

/** Rolling 24 h statistics of a symbol with its best bid and ask (`market.ticker(symbol)`); not the UTC day. */
export interface Ticker {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  /** `lastPrice` − `open`. */
  readonly priceChange: BigNumber;
  /** The change in percent (`"250.00"` means +250 %). */
  readonly priceChangePercent: BigNumber;
  readonly weightedAveragePrice: BigNumber;
  /** The price of the last trade before the window (trade `firstTradeId` − 1). */
  readonly previousClose: BigNumber;
  readonly lastPrice: BigNumber;
  /** The quantity of the last trade. */
  readonly lastQuantity: BigNumber;
  readonly bestBid: BigNumber;
  readonly bestBidQuantity: BigNumber;
  readonly bestAsk: BigNumber;
  readonly bestAskQuantity: BigNumber;
  /** The first price of the window. */
  readonly open: BigNumber;
  readonly high: BigNumber;
  readonly low: BigNumber;
  /** Volume in the base asset. */
  readonly volume: BigNumber;
  /** Volume in the quote asset. */
  readonly quoteVolume: BigNumber;
  /** Start of the window (epoch ms, or µs with `timeUnit=MICROSECOND`). */
  readonly openTime: number;
  /** End of the window. */
  readonly closeTime: number;
  /** First trade id in the window; `-1n` when there were no trades. */
  readonly firstTradeId: bigint;
  /** Last trade id in the window; `-1n` when there were no trades. */
  readonly lastTradeId: bigint;
  /** Number of trades in the window. */
  readonly trades: number;
  /** When Binance sent the event (epoch ms, or µs). */
  readonly eventTime: number;
  /** Exact strings for JSON. */
  toJSON(): Plain<Ticker>;
}

class TickerModel implements Ticker {
  #priceChange: BigNumber | undefined;
  #priceChangePercent: BigNumber | undefined;
  #weightedAveragePrice: BigNumber | undefined;
  #previousClose: BigNumber | undefined;
  #lastPrice: BigNumber | undefined;
  #lastQuantity: BigNumber | undefined;
  #bestBid: BigNumber | undefined;
  #bestBidQuantity: BigNumber | undefined;
  #bestAsk: BigNumber | undefined;
  #bestAskQuantity: BigNumber | undefined;
  #open: BigNumber | undefined;
  #high: BigNumber | undefined;
  #low: BigNumber | undefined;
  #volume: BigNumber | undefined;
  #quoteVolume: BigNumber | undefined;

  constructor(private readonly raw: RawTicker) {}

  get symbol(): string {
    return this.raw.s;
  }
  get priceChange(): BigNumber {
    return (this.#priceChange ??= new BigNumber(this.raw.p));
  }
  get priceChangePercent(): BigNumber {
    return (this.#priceChangePercent ??= new BigNumber(this.raw.P));
  }
  get weightedAveragePrice(): BigNumber {
    return (this.#weightedAveragePrice ??= new BigNumber(this.raw.w));
  }
  get previousClose(): BigNumber {
    return (this.#previousClose ??= new BigNumber(this.raw.x));
  }
  get lastPrice(): BigNumber {
    return (this.#lastPrice ??= new BigNumber(this.raw.c));
  }
  get lastQuantity(): BigNumber {
    return (this.#lastQuantity ??= new BigNumber(this.raw.Q));
  }
  get bestBid(): BigNumber {
    return (this.#bestBid ??= new BigNumber(this.raw.b));
  }
  get bestBidQuantity(): BigNumber {
    return (this.#bestBidQuantity ??= new BigNumber(this.raw.B));
  }
  get bestAsk(): BigNumber {
    return (this.#bestAsk ??= new BigNumber(this.raw.a));
  }
  get bestAskQuantity(): BigNumber {
    return (this.#bestAskQuantity ??= new BigNumber(this.raw.A));
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
  get openTime(): number {
    return this.raw.O;
  }
  get closeTime(): number {
    return this.raw.C;
  }
  get firstTradeId(): bigint {
    return BigInt(this.raw.F);
  }
  get lastTradeId(): bigint {
    return BigInt(this.raw.L);
  }
  get trades(): number {
    return this.raw.n;
  }
  get eventTime(): number {
    return this.raw.E;
  }
  toJSON(): Plain<Ticker> {
    return plainModel<Ticker>(this);
  }
  [inspectCustom](): Plain<Ticker> {
    return this.toJSON();
  }
}

/** Maps a decoded `RawTicker` to a {@link Ticker}; decimals are built on first read. */
export function toTicker(raw: RawTicker): Ticker {
  return new TickerModel(raw);
}
