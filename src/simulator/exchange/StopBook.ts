import type { SyntheticMarket } from '../market/SyntheticMarket.js';
import type { OrderRecord } from './OrderRecord.js';
import { stopTriggered } from './stopTriggered.js';

/**
 * The stop orders waiting for their trigger, per symbol, and the markets that traded since their stops were last
 * looked at: a stop is due once its market's last price has crossed its stop price.
 */
export class StopBook {
  private readonly pending = new Map<string, Set<OrderRecord>>();
  private readonly traded = new Set<SyntheticMarket>();

  /** Adds a stop order that waits. */
  add(order: OrderRecord): void {
    let orders = this.pending.get(order.symbol);
    if (orders === undefined) {
      orders = new Set();
      this.pending.set(order.symbol, orders);
    }
    orders.add(order);
  }

  /** Forgets an order (triggered, canceled, done); nothing happens when it is not waiting. */
  remove(order: OrderRecord): void {
    this.pending.get(order.symbol)?.delete(order);
  }

  /** Notes that a market traded (cheap when none of its stops waits). */
  marketTraded(market: SyntheticMarket): void {
    if ((this.pending.get(market.symbol)?.size ?? 0) > 0) this.traded.add(market);
  }

  /** The next due stop order, taken out of the book, with its market; `undefined` when none is due. */
  takeDue(): { readonly order: OrderRecord; readonly market: SyntheticMarket } | undefined {
    for (const market of this.traded) {
      const orders = this.pending.get(market.symbol);
      for (const order of orders ?? []) {
        if (stopTriggered(order, market.lastPrice)) {
          orders?.delete(order);
          return { order, market };
        }
      }
      this.traded.delete(market);
    }
    return undefined;
  }
}
