import type { TradeRecord } from './TradeRecord.js';

/**
 * The aggregate of a run of consecutive trades: what a kline or a ticker window reports. Mutable, so that buckets
 * can grow trade by trade; `copy()` before merging into a shared one.
 */
export class TradeStats {
  open: bigint;
  high: bigint;
  low: bigint;
  close: bigint;
  /** Quantity atoms. */
  volume: bigint;
  /** Notional atoms. */
  quoteVolume: bigint;
  /** Volume of the trades whose taker bought. */
  takerBuyVolume: bigint;
  takerBuyQuoteVolume: bigint;
  count: number;
  firstId: number;
  lastId: number;
  firstTime: number;
  lastTime: number;
  /** Quantity of the last trade. */
  lastQuantity: bigint;

  private constructor(trade: TradeRecord) {
    this.open = this.high = this.low = this.close = trade.price;
    this.volume = this.lastQuantity = trade.quantity;
    this.quoteVolume = trade.quoteQuantity;
    this.takerBuyVolume = trade.buyerIsMaker ? 0n : trade.quantity;
    this.takerBuyQuoteVolume = trade.buyerIsMaker ? 0n : trade.quoteQuantity;
    this.count = 1;
    this.firstId = this.lastId = trade.id;
    this.firstTime = this.lastTime = trade.time;
  }

  /** The statistics of a single trade. */
  static of(trade: TradeRecord): TradeStats {
    return new TradeStats(trade);
  }

  /** Folds in a trade that comes after every trade already counted. */
  add(trade: TradeRecord): void {
    if (trade.price > this.high) this.high = trade.price;
    if (trade.price < this.low) this.low = trade.price;
    this.close = trade.price;
    this.volume += trade.quantity;
    this.quoteVolume += trade.quoteQuantity;
    if (!trade.buyerIsMaker) {
      this.takerBuyVolume += trade.quantity;
      this.takerBuyQuoteVolume += trade.quoteQuantity;
    }
    this.count++;
    this.lastId = trade.id;
    this.lastTime = trade.time;
    this.lastQuantity = trade.quantity;
  }

  /** Folds in the statistics of trades that all come after the ones already counted. */
  merge(later: TradeStats): void {
    if (later.high > this.high) this.high = later.high;
    if (later.low < this.low) this.low = later.low;
    this.close = later.close;
    this.volume += later.volume;
    this.quoteVolume += later.quoteVolume;
    this.takerBuyVolume += later.takerBuyVolume;
    this.takerBuyQuoteVolume += later.takerBuyQuoteVolume;
    this.count += later.count;
    this.lastId = later.lastId;
    this.lastTime = later.lastTime;
    this.lastQuantity = later.lastQuantity;
  }

  /** An independent copy. */
  copy(): TradeStats {
    return Object.assign(Object.create(TradeStats.prototype) as TradeStats, this);
  }
}
