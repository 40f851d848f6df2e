import type { Level, RestingOrder, Side } from './OrderBook.js';

/** One price of one side: its orders in arrival order and their total quantity. */
export interface PriceLevel {
  readonly price: bigint;
  total: bigint;
  readonly orders: RestingOrder[];
}

/**
 * One side of an {@link OrderBook}: price levels kept sorted with the best price last (so that consuming the top is a
 * pop, not a shift), each a FIFO queue of orders.
 */
export class BookSide {
  // Sorted so that the best price is the last element: ascending for bids, descending for asks.
  private readonly prices: bigint[] = [];
  private readonly byPrice = new Map<bigint, PriceLevel>();

  constructor(readonly side: Side) {}

  /** Appends an order to its level (creating it); returns the level's new total. */
  enqueue(order: RestingOrder): bigint {
    let level = this.byPrice.get(order.price);
    if (level === undefined) {
      level = { price: order.price, total: 0n, orders: [] };
      this.byPrice.set(order.price, level);
      this.prices.splice(this.insertionIndex(order.price), 0, order.price);
    }
    level.orders.push(order);
    level.total += order.quantity;
    return level.total;
  }

  /** Takes an order out of its level (dropping the level when empty); returns the level's new total. */
  remove(order: RestingOrder): bigint {
    const level = this.byPrice.get(order.price) as PriceLevel;
    level.orders.splice(level.orders.indexOf(order), 1);
    level.total -= order.quantity;
    if (level.orders.length === 0) this.dropLevel(level.price);
    return level.total;
  }

  /** Changes a level's total by `delta` (an order shrank in place); returns the new total. */
  adjust(price: bigint, delta: bigint): bigint {
    const level = this.byPrice.get(price) as PriceLevel;
    level.total += delta;
    return level.total;
  }

  /** The best level, if any. */
  best(): PriceLevel | undefined {
    const price = this.prices[this.prices.length - 1];
    return price === undefined ? undefined : this.byPrice.get(price);
  }

  /** The best level as `[price, total]`. */
  top(): Level | undefined {
    const level = this.best();
    return level === undefined ? undefined : [level.price, level.total];
  }

  /**
   * Executes up to `wanted` against a level, oldest order first; reports each maker fill (the maker's quantity is
   * already reduced when `onFill` runs) and returns the executed quantity. Filled orders and an emptied level go.
   */
  consume(level: PriceLevel, wanted: bigint, onFill: (maker: RestingOrder, quantity: bigint) => void): bigint {
    let executed = 0n;
    let filled = 0;
    for (const maker of level.orders) {
      if (executed === wanted) break;
      const quantity = maker.quantity < wanted - executed ? maker.quantity : wanted - executed;
      maker.quantity -= quantity;
      level.total -= quantity;
      executed += quantity;
      if (maker.quantity === 0n) filled++;
      onFill(maker, quantity);
    }
    level.orders.splice(0, filled);
    if (level.orders.length === 0) this.dropLevel(level.price);
    return executed;
  }

  /** Up to `limit` levels, best first. */
  levels(limit: number): Level[] {
    const out: Level[] = [];
    for (let i = this.prices.length - 1; i >= 0 && out.length < limit; i--) {
      const level = this.byPrice.get(this.prices[i] as bigint) as PriceLevel;
      out.push([level.price, level.total]);
    }
    return out;
  }

  /** The orders at one price, oldest first (empty when there is no such level). */
  queue(price: bigint): readonly RestingOrder[] {
    return this.byPrice.get(price)?.orders ?? [];
  }

  /** Every order, best price first, oldest first within a price. */
  orders(): RestingOrder[] {
    const out: RestingOrder[] = [];
    for (let i = this.prices.length - 1; i >= 0; i--) {
      out.push(...(this.byPrice.get(this.prices[i] as bigint) as PriceLevel).orders);
    }
    return out;
  }

  private dropLevel(price: bigint): void {
    this.byPrice.delete(price);
    const index = this.insertionIndex(price) - 1;
    if (this.prices[index] === price) this.prices.splice(index, 1);
  }

  /** Index after every stored price that sorts at or before `price`. */
  private insertionIndex(price: bigint): number {
    const ascending = this.side === 'BUY';
    let low = 0;
    let high = this.prices.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const stored = this.prices[mid] as bigint;
      if (ascending ? stored <= price : stored >= price) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
