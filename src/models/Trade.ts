import { BigNumber } from 'bignumber.js';
import type { RawTrade } from '../codecs/RawTrade.js';
import { inspectCustom, type Plain, plainModel } from './plainModel.js';

/** The side of the order that took liquidity. */
export type Side = 'BUY' | 'SELL';

/** One trade of a symbol (`market.trades(symbol)`). */
export interface Trade {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  /** Trade id, consecutive per symbol. */
  readonly id: bigint;
  readonly price: BigNumber;
  readonly quantity: BigNumber;
  /** When the trade happened (epoch ms). */
  readonly time: number;
  /** When Binance sent the event (epoch ms). */
  readonly eventTime: number;
  /** True when the buyer's order was resting on the book, i.e. the taker sold. */
  readonly buyerIsMaker: boolean;
  /** The side of the taker: `SELL` when the buyer was the maker. */
  readonly takerSide: Side;
  /** Exact strings for JSON. */
  toJSON(): Plain<Trade>;
}

/** The fields a trade model reads: a trade's, and a block trade's, which has the same (PROTOCOL §1.5). */
export type TradeFields = Pick<RawTrade, 'E' | 's' | 't' | 'p' | 'q' | 'T' | 'm'>;

class TradeModel implements Trade {
  #price: BigNumber | undefined;
  #quantity: BigNumber | undefined;

  constructor(private readonly raw: TradeFields) {}

  get symbol(): string {
    return this.raw.s;
  }
  get id(): bigint {
    return BigInt(this.raw.t);
  }
  get price(): BigNumber {
    return (this.#price ??= new BigNumber(this.raw.p));
  }
  get quantity(): BigNumber {
    return (this.#quantity ??= new BigNumber(this.raw.q));
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
  toJSON(): Plain<Trade> {
    return plainModel<Trade>(this);
  }
  [inspectCustom](): Plain<Trade> {
    return this.toJSON();
  }
}

/** Maps a decoded `RawTrade` (or a block trade's same fields) to a {@link Trade}; decimals are built on first read. */
export function toTrade(raw: TradeFields): Trade {
  return new TradeModel(raw);
}
