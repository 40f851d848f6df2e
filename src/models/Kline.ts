import { BigNumber } from 'bignumber.js';
import type { RawKline } from '../codecs/RawKline.js';
import type { KlineInterval } from './KlineInterval.js';
import { inspectCustom, type Plain, plainModel } from './plainModel.js';

/**
 * One update of a candle (`market.klines(symbol, interval)`): the current candle is pushed every second or two until
 * it closes, so several updates share one `openTime`; the last has `closed: true`.
 */
export interface Kline {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  readonly interval: KlineInterval;
  /** Start of the candle (epoch ms, or µs with `timeUnit=MICROSECOND`). */
  readonly openTime: number;
  /** End of the candle: `openTime` + interval − 1 ms. */
  readonly closeTime: number;
  /** First trade id in the candle; `-1n` when the candle has no trades. */
  readonly firstTradeId: bigint;
  /** Last trade id in the candle; `-1n` when the candle has no trades. */
  readonly lastTradeId: bigint;
  readonly open: BigNumber;
  readonly high: BigNumber;
  readonly low: BigNumber;
  /** The last price so far; final once `closed`. */
  readonly close: BigNumber;
  /** Volume in the base asset. */
  readonly volume: BigNumber;
  /** Volume in the quote asset. */
  readonly quoteVolume: BigNumber;
  /** Number of trades. */
  readonly trades: number;
  /** True on the candle's last update. */
  readonly closed: boolean;
  /** Base asset volume bought by takers. */
  readonly takerBuyBaseVolume: BigNumber;
  /** Quote asset volume bought by takers. */
  readonly takerBuyQuoteVolume: BigNumber;
  /** When Binance sent the event (epoch ms, or µs). */
  readonly eventTime: number;
  /** Exact strings for JSON. */
  toJSON(): Plain<Kline>;
}

class KlineModel implements Kline {
  #open: BigNumber | undefined;
  #high: BigNumber | undefined;
  #low: BigNumber | undefined;
  #close: BigNumber | undefined;
  #volume: BigNumber | undefined;
  #quoteVolume: BigNumber | undefined;
  #takerBuyBaseVolume: BigNumber | undefined;
  #takerBuyQuoteVolume: BigNumber | undefined;

  constructor(private readonly raw: RawKline) {}

  get symbol(): string {
    return this.raw.s;
  }
  get interval(): KlineInterval {
    return this.raw.k.i;
  }
  get openTime(): number {
    return this.raw.k.t;
  }
  get closeTime(): number {
    return this.raw.k.T;
  }
  get firstTradeId(): bigint {
    return BigInt(this.raw.k.f);
  }
  get lastTradeId(): bigint {
    return BigInt(this.raw.k.L);
  }
  get open(): BigNumber {
    return (this.#open ??= new BigNumber(this.raw.k.o));
  }
  get high(): BigNumber {
    return (this.#high ??= new BigNumber(this.raw.k.h));
  }
  get low(): BigNumber {
    return (this.#low ??= new BigNumber(this.raw.k.l));
  }
  get close(): BigNumber {
    return (this.#close ??= new BigNumber(this.raw.k.c));
  }
  get volume(): BigNumber {
    return (this.#volume ??= new BigNumber(this.raw.k.v));
  }
  get quoteVolume(): BigNumber {
    return (this.#quoteVolume ??= new BigNumber(this.raw.k.q));
  }
  get trades(): number {
    return this.raw.k.n;
  }
  get closed(): boolean {
    return this.raw.k.x;
  }
  get takerBuyBaseVolume(): BigNumber {
    return (this.#takerBuyBaseVolume ??= new BigNumber(this.raw.k.V));
  }
  get takerBuyQuoteVolume(): BigNumber {
    return (this.#takerBuyQuoteVolume ??= new BigNumber(this.raw.k.Q));
  }
  get eventTime(): number {
    return this.raw.E;
  }
  toJSON(): Plain<Kline> {
    return plainModel<Kline>(this);
  }
  [inspectCustom](): Plain<Kline> {
    return this.toJSON();
  }
}

/** Maps a decoded `RawKline` to a {@link Kline}; decimals are built on first read. */
export function toKline(raw: RawKline): Kline {
  return new KlineModel(raw);
}
