import { MarketActivity } from './MarketActivity.js';
import { type Fill, OrderBook, type Owner, type RestingOrder, type Side, type TakerAmount } from './OrderBook.js';
import { preHistory } from './preHistory.js';
import { Prng } from './Prng.js';
import type { SymbolRules } from './SymbolRules.js';
import { TradeHistory, type TradeHistoryOptions } from './TradeHistory.js';
import type { AggTradeRecord, TradeRecord } from './TradeRecord.js';

/** What a {@link SyntheticMarket} tells its owner as it happens; `time` is the event time (epoch ms). */
export interface MarketEvents {
  trade(market: SyntheticMarket, trade: TradeRecord, time: number): void;
  aggTrade(market: SyntheticMarket, agg: AggTradeRecord, time: number): void;
  /** The best bid or ask (price or quantity) changed; `market.book.lastUpdateId` is the update that changed it. */
  bookTop(market: SyntheticMarket, time: number): void;
  /** A large off-book trade was reported (`@blockTrade`); its id sequence is separate from trades'. */
  blockTrade(market: SyntheticMarket, block: BlockTradeRecord, time: number): void;
}

/** A block trade: negotiated off the book, reported on its own stream, not part of the trades or klines. */
export interface BlockTradeRecord {
  readonly id: number;
  readonly price: bigint;
  readonly quantity: bigint;
  readonly time: number;
  readonly buyerIsMaker: boolean;
}

/** One execution against a resting order, as {@link ExecutionListener.executed} receives it. */
export interface MakerExecution {
  readonly fill: Fill;
  /** The trade's id (the public trade streams carry the same one). */
  readonly tradeId: number;
  readonly takerSide: Side;
  readonly takerOrderId: number;
  readonly time: number;
}

/**
 * Who else must hear about executions: the exchange, whose users own resting orders in the book and whose stop orders
 * watch the last price. Called synchronously from {@link SyntheticMarket.take}.
 */
export interface ExecutionListener {
  /** Each fill, in execution order, once its trade is recorded. */
  executed(market: SyntheticMarket, execution: MakerExecution): void;
  /** After a taker order is done and the book is consistent again (a good time to act on the new last price). */
  settled(market: SyntheticMarket): void;
}

/** How to build a {@link SyntheticMarket}. */
export interface SyntheticMarketOptions {
  readonly rules: SymbolRules;
  /** The market's seed; combined with the symbol, so each symbol has its own sequence. */
  readonly seed: number;
  /** Time of creation (epoch ms): the synthetic pre-history ends just before it. */
  readonly now: number;
  /**
   * How much synthetic past to invent, so that a fresh market has full 24 h statistics and a price before them
   * (default 25 h; 0 = none).
   */
  readonly preHistoryMs?: number;
  readonly history?: TradeHistoryOptions;
  readonly events?: MarketEvents;
  /** Taker activity relative to the default (default 1; 0 = no synthetic trades). */
  readonly activity?: number;
}

// 24 h of statistics plus the trade before them (the ticker's `x`).
const PRE_HISTORY_MS = 25 * 3_600_000;

/**
 * The synthetic market of one symbol: an order book in which market makers keep liquidity near a drifting fair price
 * and random taker orders trade against it. Each {@link tick} moves it forward; every trade is recorded in its
 * {@link TradeHistory} and reported through {@link MarketEvents}. Deterministic for a seed and a sequence of ticks.
 *
 * User orders share this book (owner = account id) and match through {@link take} like synthetic takers; the
 * exchange hears of every execution through its {@link ExecutionListener}.
 */
export class SyntheticMarket {
  readonly rules: SymbolRules;
  readonly book: OrderBook;
  readonly history: TradeHistory;
  private readonly activity: MarketActivity;
  private readonly events: MarketEvents | undefined;
  private nextOrderId: number;
  private nextTradeId: number;
  private nextAggTradeId: number;
  private lastTop = '';
  private time: number;
  private listener: ExecutionListener | undefined;

  constructor(options: SyntheticMarketOptions) {
    const { rules, seed, now } = options;
    this.rules = rules;
    this.events = options.events;
    this.time = now;
    const ids = Prng.derive(seed, rules.symbol, 'ids');
    this.nextOrderId = ids.int(1_000_000, 9_999_999);
    this.nextTradeId = ids.int(10_000_000, 99_999_999);
    this.nextAggTradeId = ids.int(1_000_000, 9_999_999);
    this.book = new OrderBook({ firstUpdateId: ids.int(100_000_000, 999_999_999), stepSize: rules.stepSize });
    this.history = new TradeHistory(options.history);
    this.activity = new MarketActivity(
      rules,
      Prng.derive(seed, rules.symbol, 'activity'),
      Prng.derive(seed, rules.symbol, 'blocks'),
      options.activity,
    );
    for (const past of preHistory(
      rules,
      Prng.derive(seed, rules.symbol, 'history'),
      now,
      options.preHistoryMs ?? PRE_HISTORY_MS,
    )) {
      const fill = [{ price: past.price, quantity: past.quantity, maker: this.allocateOrderId() }] as const;
      this.recordTrades(past.takerSide, this.allocateOrderId(), fill, past.time, false);
    }
    this.activity.seedBook(this);
    this.lastTop = this.topKey();
  }

  get symbol(): string {
    return this.rules.symbol;
  }

  /** Time of the last tick (epoch ms). */
  get now(): number {
    return this.time;
  }

  /** Price of the last trade (the initial price before any). */
  get lastPrice(): bigint {
    return this.history.lastTrade?.price ?? this.rules.initialPrice;
  }

  /** Sets (or, with `undefined`, removes) the one {@link ExecutionListener}. */
  setExecutionListener(listener: ExecutionListener | undefined): void {
    this.listener = listener;
  }

  /**
   * Moves the market's clock to `now` without any activity: user orders arrive between ticks, and their trades carry
   * the time they arrived. Never backwards.
   */
  touch(now: number): void {
    this.time = Math.max(this.time, now);
  }

  /** Moves the market to `now`: makers requote, takers trade. A time earlier than the last tick counts as the last. */
  tick(now: number): void {
    this.time = Math.max(this.time, now);
    this.activity.act(this, this.time);
  }

  /** A fresh order id (per symbol, shared by synthetic and, later, user orders). */
  allocateOrderId(): number {
    return this.nextOrderId++;
  }

  /**
   * Rests a limit order in the book (it must not cross; callers match first), under a fresh id or under `orderId`, one
   * the caller allocated (a user order keeps its id when it comes to rest, or when an iceberg shows its next part).
   */
  place(owner: Owner, side: Side, price: bigint, quantity: bigint, orderId = this.allocateOrderId()): RestingOrder {
    const order = this.book.add({ orderId, owner, side, price, quantity });
    this.checkTop();
    return order;
  }

  /** Cancels a resting order; returns it, or `undefined` when it is not in the book. */
  cancel(orderId: number): RestingOrder | undefined {
    const order = this.book.cancel(orderId);
    if (order !== undefined) this.checkTop();
    return order;
  }

  /** Lowers a resting order's quantity, keeping its priority (throws a `RangeError` like {@link OrderBook.reduce}). */
  reduce(orderId: number, newQuantity: bigint): RestingOrder {
    const order = this.book.reduce(orderId, newQuantity);
    this.checkTop();
    return order;
  }

  /**
   * Executes a taker order against the book (price-time priority, stopping beyond `limitPrice`), records one trade
   * per fill and one aggregate trade per price, and reports them. Returns the fills.
   */
  take(side: Side, amount: TakerAmount, limitPrice?: bigint, takerOrderId = this.allocateOrderId()): Fill[] {
    const fills = this.book.match(side, amount, limitPrice);
    const executions = fills.map((f) => ({ price: f.price, quantity: f.quantity, maker: f.maker.orderId }));
    const firstTradeId = this.nextTradeId;
    this.recordTrades(side, takerOrderId, executions, this.time, true);
    const listener = this.listener;
    if (listener !== undefined) {
      fills.forEach((fill, i) => {
        listener.executed(this, { fill, tradeId: firstTradeId + i, takerSide: side, takerOrderId, time: this.time });
      });
    }
    this.checkTop();
    listener?.settled(this);
    return fills;
  }

  /** Reports a block trade (called by the activity model). */
  reportBlockTrade(block: BlockTradeRecord): void {
    this.events?.blockTrade(this, block, this.time);
  }

  private recordTrades(
    takerSide: Side,
    takerOrderId: number,
    executions: readonly { readonly price: bigint; readonly quantity: bigint; readonly maker: number }[],
    time: number,
    report: boolean,
  ): void {
    const buyerIsMaker = takerSide === 'SELL';
    let i = 0;
    while (i < executions.length) {
      const price = (executions[i] as (typeof executions)[number]).price;
      const firstTradeId = this.nextTradeId;
      let quantity = 0n;
      for (; i < executions.length && (executions[i] as (typeof executions)[number]).price === price; i++) {
        const execution = executions[i] as (typeof executions)[number];
        const trade: TradeRecord = {
          id: this.nextTradeId++,
          price,
          quantity: execution.quantity,
          quoteQuantity: price * execution.quantity,
          time,
          buyerIsMaker,
          buyerOrderId: buyerIsMaker ? execution.maker : takerOrderId,
          sellerOrderId: buyerIsMaker ? takerOrderId : execution.maker,
        };
        quantity += execution.quantity;
        this.history.record(trade);
        if (report) this.events?.trade(this, trade, time);
      }
      const agg: AggTradeRecord = {
        id: this.nextAggTradeId++,
        price,
        quantity,
        firstTradeId,
        lastTradeId: this.nextTradeId - 1,
        time,
        buyerIsMaker,
      };
      this.history.recordAgg(agg);
      if (report) this.events?.aggTrade(this, agg, time);
    }
  }

  private checkTop(): void {
    const key = this.topKey();
    if (key === this.lastTop) return;
    this.lastTop = key;
    this.events?.bookTop(this, this.time);
  }

  private topKey(): string {
    const bid = this.book.bestBid();
    const ask = this.book.bestAsk();
    return `${bid?.[0] ?? ''}:${bid?.[1] ?? ''}:${ask?.[0] ?? ''}:${ask?.[1] ?? ''}`;
  }
}
