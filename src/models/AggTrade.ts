import { BigNumber } from 'bignumber.js';
import type { RawAggTrade } from '../codecs/RawAggTrade.js';
import { inspectCustom, type Plain, plainModel } from './plainModel.js';
import type { Side } from './Trade.js';

/** The fills of one taker order at one price, aggregated (`market.aggTrades(symbol)`). */
export interface AggTrade {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  /** Aggregate trade id, consecutive per symbol. */
  readonly id: bigint;
  readonly price: BigNumber;
  /** The total quantity of the aggregated trades. */
  readonly quantity: BigNumber;
  /** The id of the first trade aggregated. */
  readonly firstTradeId: bigint;
  /** The id of the last trade aggregated. */
  readonly lastTradeId: bigint;
  /** When the trades happened (epoch ms, or µs with `timeUnit=MICROSECOND`). */
  readonly time: number;
  /** When Binance sent the event (epoch ms, or µs). */
  readonly eventTime: number;
  /** True when the buyer's order was resting on the book, i.e. the taker sold. */
  readonly buyerIsMaker: boolean;
  /** The side of the taker: `SELL` when the buyer was the maker. */
  readonly takerSide: Side;
  /** Exact strings for JSON. */
  toJSON(): Plain<AggTrade>;
}

class AggTradeModel implements AggTrade {
  #price: BigNumber | undefined;
  #quantity: BigNumber | undefined;

  constructor(private readonly raw: RawAggTrade) {}

  get symbol(): string {
    return this.raw.s;
  }
  get id(): bigint {
    return BigInt(this.raw.a);
  }
  get price(): BigNumber {
    return (this.#price ??= new BigNumber(this.raw.p));
  }
  get quantity(): BigNumber {
    return (this.#quantity ??= new BigNumber(this.raw.q));
  }
  get firstTradeId(): bigint {
    return BigInt(this.raw.f);
  }
  get lastTradeId(): bigint {
    return BigInt(this.raw.l);
  }
  get time(): number {
    return this.raw.T;
  }
  get eventTime(): number {
    return this.raw.E;
  }
  get buyerIsMaker(): boolean {
    return this.raw.m;
  }
  get takerSide(): Side {
    return this.raw.m ? 'SELL' : 'BUY';
  }
  toJSON(): Plain<AggTrade> {
    return plainModel<AggTrade>(this);
  }
  [inspectCustom](): Plain<AggTrade> {
    return this.toJSON();
  }
}

/** Maps a decoded `RawAggTrade` to an {@link AggTrade}; decimals are built on first read. */
export function toAggTrade(raw: RawAggTrade): AggTrade {
  return new AggTradeModel(raw);
}
