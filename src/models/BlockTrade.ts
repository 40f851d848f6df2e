import { BigNumber } from 'bignumber.js';
import type { RawBlockTrade } from '../codecs/RawBlockTrade.js';
import { inspectCustom, type Plain, plainModel } from './plainModel.js';
import type { Side } from './Trade.js';

/** One block trade of a symbol (`market.blockTrades(symbol)`). */
export interface BlockTrade {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  /** Block trade id. */
  readonly id: bigint;
  readonly price: BigNumber;
  readonly quantity: BigNumber;
  /** When the trade happened (epoch ms, or µs with `timeUnit=MICROSECOND`). */
  readonly time: number;
  /** When Binance sent the event (epoch ms, or µs). */
  readonly eventTime: number;
  /** True when the buyer's order was resting on the book, i.e. the taker sold. */
  readonly buyerIsMaker: boolean;
  /** The side of the taker: `SELL` when the buyer was the maker. */
  readonly takerSide: Side;
  /** Exact strings for JSON. */
  toJSON(): Plain<BlockTrade>;
}

class BlockTradeModel implements BlockTrade {
  #price: BigNumber | undefined;
  #quantity: BigNumber | undefined;

  constructor(private readonly raw: RawBlockTrade) {}

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
  toJSON(): Plain<BlockTrade> {
    return plainModel<BlockTrade>(this);
  }
  [inspectCustom](): Plain<BlockTrade> {
    return this.toJSON();
  }
}

/** Maps a decoded `RawBlockTrade` to a {@link BlockTrade}; decimals are built on first read. */
export function toBlockTrade(raw: RawBlockTrade): BlockTrade {
  return new BlockTradeModel(raw);
}
