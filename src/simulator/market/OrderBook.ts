import { BookSide } from './BookSide.js';

/** The side of an order: `BUY` orders rest as bids, `SELL` orders as asks. */
export type Side = 'BUY' | 'SELL';

/** Who owns a resting order: `'market'` for synthetic liquidity, later an account id. */
export type Owner = string;

/** An order resting in the book. `quantity` is what is left of it, in quantity atoms. */
export interface RestingOrder {
  readonly orderId: number;
  readonly owner: Owner;
  readonly side: Side;
  /** Price atoms. */
  readonly price: bigint;
  quantity: bigint;
}

/** What {@link OrderBook.add} takes. */
export interface NewRestingOrder {
  readonly orderId: number;
  readonly owner: Owner;
  readonly side: Side;
  readonly price: bigint;
  readonly quantity: bigint;
}

/** One execution against a resting order. */
export interface Fill {
  readonly maker: RestingOrder;
  /** The maker's price (atoms). */
  readonly price: bigint;
  /** Executed quantity (atoms). */
  readonly quantity: bigint;
  /** What is left of the maker order after this fill; 0 means it left the book. */
  readonly makerRemaining: bigint;
}

/** How much a taker wants: a base quantity, or a notional to spend/receive (`quoteOrderQty`). */
export type TakerAmount = { readonly quantity: bigint } | { readonly quoteQuantity: bigint };

/** One book update: a level's new total quantity (0 = the level is gone). */
export interface LevelChange {
  readonly updateId: number;
  readonly side: Side;
  readonly price: bigint;
  readonly quantity: bigint;
}

/** A level as `[price, total quantity]`, both in atoms. */
export type Level = readonly [bigint, bigint];

/**
 * A price-time priority limit order book with exact integer prices and quantities. Every change of a level's total
 * quantity is one update with its own id (consecutive, per book) and is kept in a change log, from which diff-depth
 * events are built; the log is trimmed by its reader ({@link forgetChangesThrough}).
 *
 * @example
 * ```ts
 * const book = new OrderBook({ firstUpdateId: 1000, stepSize: 1000n });
 * book.add({ orderId: 1, owner: 'market', side: 'SELL', price: 101n, quantity: 5000n });
 * const fills = book.match('BUY', { quantity: 2000n });   // one fill of 2000 at 101
 * ```
 */
export class OrderBook {
  private readonly bids = new BookSide('BUY');
  private readonly asks = new BookSide('SELL');
  private readonly orders = new Map<number, RestingOrder>();
  private readonly changes: LevelChange[] = [];
  private nextUpdateId: number;
  private readonly stepSize: bigint;

  /**
   * @param options.firstUpdateId - the id of the first update (default 1); `lastUpdateId` starts one below it.
   * @param options.stepSize - quantity granularity in atoms (default 1), used to size quote-amount matches.
   */
  constructor(options: { readonly firstUpdateId?: number; readonly stepSize?: bigint } = {}) {
    this.nextUpdateId = options.firstUpdateId ?? 1;
    this.stepSize = options.stepSize ?? 1n;
  }

  /** The id of the last update applied (one below the first id before any update). */
  get lastUpdateId(): number {
    return this.nextUpdateId - 1;
  }

  /** Number of resting orders. */
  get size(): number {
    return this.orders.size;
  }

  /** Adds an order at the back of its level's queue. Throws a `RangeError` on a duplicate id or a bad amount. */
  add(order: NewRestingOrder): RestingOrder {
    if (this.orders.has(order.orderId)) throw new RangeError(`order ${order.orderId} is already in the book`);
    if (order.quantity <= 0n || order.price <= 0n) throw new RangeError('price and quantity must be positive');
    const resting: RestingOrder = { ...order };
    this.orders.set(order.orderId, resting);
    const side = this.sideOf(order.side);
    this.record(order.side, order.price, side.enqueue(resting));
    return resting;
  }

  /** Removes an order; returns it, or `undefined` when it is not in the book. */
  cancel(orderId: number): RestingOrder | undefined {
    const order = this.orders.get(orderId);
    if (order === undefined) return undefined;
    this.orders.delete(orderId);
    this.record(order.side, order.price, this.sideOf(order.side).remove(order));
    return order;
  }

  /**
   * Lowers an order's quantity in place, keeping its time priority (Binance's amend keepPriority). Throws a
   * `RangeError` unless 0 < newQuantity < current quantity.
   */
  reduce(orderId: number, newQuantity: bigint): RestingOrder {
    const order = this.orders.get(orderId);
    if (order === undefined) throw new RangeError(`order ${orderId} is not in the book`);
    if (newQuantity <= 0n || newQuantity >= order.quantity) {
      throw new RangeError('the new quantity must be positive and below the current one');
    }
    const side = this.sideOf(order.side);
    this.record(order.side, order.price, side.adjust(order.price, newQuantity - order.quantity));
    order.quantity = newQuantity;
    return order;
  }

  /** The resting order with this id, if any. */
  order(orderId: number): RestingOrder | undefined {
    return this.orders.get(orderId);
  }

  /**
   * Executes a taker order against the opposite side in price-time priority: best price first, oldest order first
   * within a price. A BUY stops above `limitPrice`, a SELL below it. A quote amount buys (or sells) as many whole
   * steps as it covers at each level. Fully filled makers leave the book. Returns the fills in execution order.
   */
  match(takerSide: Side, amount: TakerAmount, limitPrice?: bigint): Fill[] {
    const book = takerSide === 'BUY' ? this.asks : this.bids;
    const crosses = (price: bigint): boolean =>
      limitPrice === undefined || (takerSide === 'BUY' ? price <= limitPrice : price >= limitPrice);
    const fills: Fill[] = [];
    let remaining = 'quantity' in amount ? amount.quantity : amount.quoteQuantity;
    for (;;) {
      const level = book.best();
      if (level === undefined || remaining <= 0n || !crosses(level.price)) break;
      let wanted = remaining;
      if (!('quantity' in amount)) wanted = (remaining / level.price / this.stepSize) * this.stepSize;
      if (wanted <= 0n) break;
      const executed = book.consume(level, wanted, (maker, quantity) => {
        fills.push({ maker, price: level.price, quantity, makerRemaining: maker.quantity });
        if (maker.quantity === 0n) this.orders.delete(maker.orderId);
      });
      this.record(book.side, level.price, level.total);
      remaining -= 'quantity' in amount ? executed : executed * level.price;
    }
    return fills;
  }

  /** The best bid, if any, as `[price, total quantity]`. */
  bestBid(): Level | undefined {
    return this.bids.top();
  }

  /** The best ask, if any, as `[price, total quantity]`. */
  bestAsk(): Level | undefined {
    return this.asks.top();
  }

  /** Up to `limit` levels of a side, best first (default: all). */
  levels(side: Side, limit = Number.POSITIVE_INFINITY): Level[] {
    return this.sideOf(side).levels(limit);
  }

  /** The orders resting at one price, oldest first. */
  queue(side: Side, price: bigint): readonly RestingOrder[] {
    return this.sideOf(side).queue(price);
  }

  /** Every order of a side, best price first, oldest first within a price. */
  ordersOf(side: Side): RestingOrder[] {
    return this.sideOf(side).orders();
  }

  /** The recorded updates with an id above `updateId`, oldest first. */
  changesSince(updateId: number): readonly LevelChange[] {
    if (updateId >= this.lastUpdateId) return [];
    const first = this.changes[0];
    if (first === undefined || updateId < first.updateId - 1) {
      throw new RangeError(`the updates after ${updateId} were already forgotten`);
    }
    return this.changes.slice(updateId - first.updateId + 1);
  }

  /** Drops the recorded updates up to and including `updateId` (nobody will ask for them again). */
  forgetChangesThrough(updateId: number): void {
    const first = this.changes[0];
    if (first === undefined || updateId < first.updateId) return;
    this.changes.splice(0, Math.min(this.changes.length, updateId - first.updateId + 1));
  }

  private record(side: Side, price: bigint, quantity: bigint): void {
    this.changes.push({ updateId: this.nextUpdateId++, side, price, quantity });
  }

  private sideOf(side: Side): BookSide {
    return side === 'BUY' ? this.bids : this.asks;
  }
}
