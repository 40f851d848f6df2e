import type { RestingOrder, Side } from '../market/OrderBook.js';
import type { SyntheticMarket } from '../market/SyntheticMarket.js';
import { hasLimitPrice, isOpenStatus } from './orderEnums.js';
import { isQuoteOrder, type OrderRecord, remainingQty } from './OrderRecord.js';
import type { SymbolUnits } from './SymbolUnits.js';

/** Why a taker stopped matching. */
export type MatchOutcome =
  /** It wants nothing more: filled, its quote amount or its locked funds are used up. */
  | 'done'
  /** The opposite side is empty. */
  | 'exhausted'
  /** The best opposite price is beyond its limit price. */
  | 'limit'
  /** Self-trade prevention expired it. */
  | 'prevented';

/** The exchange's part in matching: which makers self-trade prevention concerns, and what it does about one. */
export interface MatchHooks {
  /** Whether matching the taker against this maker is a self-trade its STP mode prevents. */
  prevents(taker: OrderRecord, maker: RestingOrder): boolean;
  /** Acts on a prevented match with the maker at the front of the queue; false when the taker is expired by it. */
  prevent(taker: OrderRecord, maker: RestingOrder, price: bigint): boolean;
}

/**
 * Executes a user taker order against the book in price-time priority, synthetic and user liquidity alike: level by
 * level, oldest maker first, each run of makers up to the first prevented self-trade taken in one
 * `SyntheticMarket.take` (so the trades reach the public streams and the exchange hears of every fill through its
 * execution listener). Never spends more than the order has locked.
 */
export function matchTaker(
  order: OrderRecord,
  market: SyntheticMarket,
  units: SymbolUnits,
  hooks: MatchHooks,
): MatchOutcome {
  const { book } = market;
  const opposite: Side = order.side === 'BUY' ? 'SELL' : 'BUY';
  const limit = hasLimitPrice(order.type) ? order.price : undefined;
  for (;;) {
    if (order.status === 'FILLED') return 'done';
    if (!isOpenStatus(order.status)) return 'prevented';
    const top = opposite === 'SELL' ? book.bestAsk() : book.bestBid();
    if (top === undefined) return 'exhausted';
    const price = top[0];
    if (limit !== undefined && (order.side === 'BUY' ? price > limit : price < limit)) return 'limit';
    const wanted = wantedAt(order, units, price);
    if (wanted <= 0n) return 'done';
    let run = 0n;
    let blocker: RestingOrder | undefined;
    for (const maker of book.queue(opposite, price)) {
      if (hooks.prevents(order, maker)) {
        blocker = maker;
        break;
      }
      run += maker.quantity;
      if (run >= wanted) break;
    }
    if (run > 0n) {
      market.take(order.side, { quantity: run < wanted ? run : wanted }, price, order.orderId);
    } else if (blocker !== undefined && !hooks.prevent(order, blocker, price)) {
      return 'prevented';
    }
  }
}

/**
 * Whether a limit order (FOK) could be filled completely now, within its price: self-trades its STP mode would expire
 * the maker of are skipped, any other prevented self-trade ends the count.
 */
export function canFillCompletely(order: OrderRecord, market: SyntheticMarket, hooks: MatchHooks): boolean {
  const opposite: Side = order.side === 'BUY' ? 'SELL' : 'BUY';
  let need = remainingQty(order);
  for (const [price] of market.book.levels(opposite)) {
    if (order.side === 'BUY' ? price > order.price : price < order.price) return false;
    for (const maker of market.book.queue(opposite, price)) {
      if (hooks.prevents(order, maker)) {
        if (order.stpMode === 'EXPIRE_MAKER') continue;
        return false;
      }
      need -= maker.quantity;
      if (need <= 0n) return true;
    }
  }
  return false;
}

/** How much the order can still take at `price`: what it wants, within what it has locked, in whole steps. */
export function wantedAt(order: OrderRecord, units: SymbolUnits, price: bigint): bigint {
  const wanted = isQuoteOrder(order)
    ? units.quantityForQuote(order.origQuoteOrderQty - order.cumQuote, price)
    : remainingQty(order);
  const affordable =
    order.side === 'BUY' ? units.quantityForQuote(order.locked, price) : units.quantityFor(order.locked);
  return wanted < affordable ? wanted : affordable;
}
