import { MARKET_OWNER } from '../market/MarketActivity.js';
import type { RestingOrder } from '../market/OrderBook.js';
import type { ExecutionListener, MakerExecution, SyntheticMarket } from '../market/SyntheticMarket.js';
import type { AccountRegistry } from './AccountRegistry.js';
import { marketBuyCost } from './estimateFill.js';
import type { Ledger } from './Ledger.js';
import { canFillCompletely, type MatchHooks, type MatchOutcome, matchTaker, wantedAt } from './matchTaker.js';
import type { OrderCountLimiter } from './OrderCountLimiter.js';
import { type ExpiryReason, hasLimitPrice, isOpenStatus, isStopType } from './orderEnums.js';
import type { FillRecord, PreventedMatchRecord } from './orderJson.js';
import { isQuoteOrder, type OrderRecord, remainingQty } from './OrderRecord.js';
import type { OrderStore } from './OrderStore.js';
import { Settlement } from './Settlement.js';
import type { SymbolUnits } from './SymbolUnits.js';
import { StopBook } from './StopBook.js';
import type { UserEventPublisher } from './UserEventPublisher.js';

/** What the engine works with (owned by the exchange). */
export interface EngineParts {
  readonly store: OrderStore;
  readonly ledger: Ledger;
  readonly registry: AccountRegistry;
  readonly publisher: UserEventPublisher;
  readonly orderCounts: OrderCountLimiter;
  readonly unitsOf: (symbol: string) => SymbolUnits;
}

/** What a taker order did when it was submitted: its fills and the self-trades prevented on the way. */
export interface TakerResult {
  readonly fills: readonly FillRecord[];
  readonly prevented: readonly PreventedMatchRecord[];
}

interface TakerState {
  readonly order: OrderRecord;
  readonly market: SyntheticMarket;
  readonly time: number;
  readonly fills: FillRecord[];
  readonly prevented: PreventedMatchRecord[];
}

/**
 * The lifecycle of accepted user orders: execution as takers (FOK, IOC, GTC resting, MARKET, iceberg parts), fills as
 * makers (by user and synthetic takers alike, heard through the markets' execution listener), self-trade prevention,
 * stop triggers on the last price, cancels and expiries, with an `executionReport` for each change and one
 * `outboundAccountPosition` per operation.
 */
export class OrderEngine implements ExecutionListener, MatchHooks {
  private readonly settlement: Settlement;
  private readonly stops = new StopBook();
  private readonly preventedIds = new Map<string, number>();
  private taker: TakerState | undefined;
  private busy = false;

  constructor(private readonly parts: EngineParts) {
    this.settlement = new Settlement(parts.ledger);
  }

  /**
   * Runs one operation: afterwards the stop orders its trades crossed are triggered (and theirs, in turn), then the
   * changed balances are published. Nested calls run inside the outer one.
   */
  run<T>(now: number, action: () => T): T {
    if (this.busy) return action();
    this.busy = true;
    try {
      const result = action();
      this.drainTriggers();
      return result;
    } finally {
      this.busy = false;
      this.parts.publisher.positions(now);
    }
  }

  /** Starts an accepted order: a stop order waits for its trigger, any other one executes now. */
  submit(order: OrderRecord, market: SyntheticMarket, now: number): TakerResult {
    if (!isStopType(order.type)) return this.work(order, market, now);
    this.stops.add(order);
    return { fills: [], prevented: [] };
  }

  /** Cancels an open order (`cancelClientOrderId` is the cancel's own client order id). */
  cancel(order: OrderRecord, market: SyntheticMarket, now: number, cancelClientOrderId: string): void {
    if (market.book.order(order.orderId) !== undefined) market.cancel(order.orderId);
    order.status = 'CANCELED';
    order.updateTime = now;
    this.parts.publisher.order(order, { type: 'CANCELED', time: now, cancelClientOrderId });
    this.close(order, now);
  }

  // ExecutionListener: every fill of every market, synthetic takers included.
  executed(market: SyntheticMarket, execution: MakerExecution): void {
    const { fill, tradeId, time } = execution;
    const units = this.parts.unitsOf(market.symbol);
    const maker =
      fill.maker.owner === MARKET_OWNER ? undefined : this.parts.store.get(market.symbol, fill.maker.orderId);
    if (maker !== undefined) {
      this.fill(maker, units, fill.price, fill.quantity, true, tradeId, time);
      if (fill.makerRemaining === 0n && isOpenStatus(maker.status)) {
        // The iceberg's visible part is gone: the next one joins the back of the queue.
        const next = remainingQty(maker) < maker.icebergQty ? remainingQty(maker) : maker.icebergQty;
        if (next > 0n) market.place(maker.account, maker.side, maker.price, next, maker.orderId);
      }
    }
    const taker = this.taker;
    if (taker?.order.symbol === market.symbol && taker.order.orderId === execution.takerOrderId) {
      taker.fills.push(this.fill(taker.order, units, fill.price, fill.quantity, false, tradeId, time));
    }
  }

  settled(market: SyntheticMarket): void {
    this.run(market.now, () => {
      this.stops.marketTraded(market);
    });
  }

  // MatchHooks: self-trade prevention (the taker's mode decides; TRANSFER within one account is DECREMENT).
  prevents(taker: OrderRecord, maker: RestingOrder): boolean {
    return maker.owner === taker.account && taker.stpMode !== 'NONE';
  }

  prevent(taker: OrderRecord, maker: RestingOrder, price: bigint): boolean {
    const state = this.taker as TakerState;
    const units = this.parts.unitsOf(taker.symbol);
    const { market } = state;
    const makerOrder = this.parts.store.get(taker.symbol, maker.orderId) as OrderRecord;
    const mode = taker.stpMode === 'TRANSFER' ? 'DECREMENT' : taker.stpMode;
    const id = this.preventedIds.get(taker.symbol) ?? 0;
    this.preventedIds.set(taker.symbol, id + 1);
    const takerLeft = isQuoteOrder(taker)
      ? units.quantityForQuote(taker.origQuoteOrderQty - taker.cumQuote, price)
      : remainingQty(taker);
    const makerLeft = remainingQty(makerOrder);
    const expiresTaker = mode === 'EXPIRE_TAKER' || mode === 'EXPIRE_BOTH';
    const expiresMaker = mode === 'EXPIRE_MAKER' || mode === 'EXPIRE_BOTH';
    const decrement = mode === 'DECREMENT' ? (takerLeft < makerLeft ? takerLeft : makerLeft) : 0n;
    const takerLost = expiresTaker ? takerLeft : decrement;
    const makerLost = expiresMaker ? makerLeft : decrement;
    state.prevented.push({
      preventedMatchId: id,
      makerOrderId: makerOrder.orderId,
      price,
      takerPreventedQuantity: expiresTaker || decrement > 0n ? takerLost : undefined,
      makerPreventedQuantity: expiresMaker || decrement > 0n ? makerLost : undefined,
    });
    const match = { id, price, now: state.time, market, units };
    if (makerLost > 0n) this.lose(makerOrder, makerLost, makerLost >= makerLeft, taker.orderId, match);
    if (takerLost > 0n || expiresTaker) this.lose(taker, takerLost, takerLost >= takerLeft, makerOrder.orderId, match);
    return isOpenStatus(taker.status);
  }

  /** An order loses `quantity` to a prevented self-trade; `expired` when nothing is left of it. */
  private lose(
    order: OrderRecord,
    quantity: bigint,
    expired: boolean,
    counterOrderId: number,
    match: { id: number; price: bigint; now: number; market: SyntheticMarket; units: SymbolUnits },
  ): void {
    const { market, units, now } = match;
    order.preventedQty += quantity;
    order.preventedMatchId = match.id;
    order.updateTime = now;
    if (isQuoteOrder(order)) order.origQty = order.executedQty + order.preventedQty;
    const resting = market.book.order(order.orderId);
    if (expired) {
      order.status = 'EXPIRED_IN_MATCH';
      if (resting !== undefined) market.cancel(order.orderId);
    } else {
      const left = remainingQty(order);
      if (resting !== undefined && left < resting.quantity) market.reduce(order.orderId, left);
      this.settlement.releasePart(order, units, quantity, order.price > 0n ? order.price : match.price, now);
    }
    const prevented = { id: match.id, price: match.price, quantity, counterOrderId };
    this.parts.publisher.order(order, { type: 'TRADE_PREVENTION', time: now, prevented });
    if (expired) this.close(order, now);
  }

  /** Executes an order as a taker now, then rests or expires what is left. */
  private work(order: OrderRecord, market: SyntheticMarket, now: number): TakerResult {
    const state: TakerState = { order, market, time: now, fills: [], prevented: [] };
    if (order.workingTime < 0) order.workingTime = now;
    if (order.timeInForce === 'FOK' && !canFillCompletely(order, market, this)) {
      this.expire(order, now, 'UNFILLED_FOK_ORDER_EXPIRED');
      return state;
    }
    const units = this.parts.unitsOf(order.symbol);
    this.taker = state;
    let outcome: MatchOutcome;
    try {
      outcome = matchTaker(order, market, units, this);
    } finally {
      this.taker = undefined;
    }
    if (!isOpenStatus(order.status)) {
      this.close(order, now);
    } else if (hasLimitPrice(order.type) && order.timeInForce === 'GTC' && outcome !== 'done') {
      const left = remainingQty(order);
      const visible = order.icebergQty > 0n && order.icebergQty < left ? order.icebergQty : left;
      market.place(order.account, order.side, order.price, visible, order.orderId);
    } else {
      const reason: ExpiryReason =
        order.timeInForce === 'IOC'
          ? 'UNFILLED_IOC_QUANTITY_EXPIRED'
          : order.timeInForce === 'FOK'
            ? 'UNFILLED_FOK_ORDER_EXPIRED'
            : 'INSUFFICIENT_LIQUIDITY';
      this.expire(order, now, reason);
    }
    return state;
  }

  /** Settles one fill of an order and reports it. */
  private fill(
    order: OrderRecord,
    units: SymbolUnits,
    price: bigint,
    quantity: bigint,
    isMaker: boolean,
    tradeId: number,
    time: number,
  ): FillRecord {
    const account = this.parts.registry.account(order.account);
    if (account === undefined) throw new RangeError(`unknown account ${order.account}`);
    const money = this.settlement.fill(order, account, units, price, quantity, isMaker, time);
    order.executedQty += quantity;
    order.cumQuote += money.quote;
    order.updateTime = time;
    if (isQuoteOrder(order)) order.origQty = order.executedQty + order.preventedQty;
    const done = isQuoteOrder(order) ? wantedAt(order, units, price) === 0n : remainingQty(order) === 0n;
    order.status = done ? 'FILLED' : 'PARTIALLY_FILLED';
    if (!order.counted) {
      // Binance gives an order's unfilled-order count back at its first fill.
      order.counted = true;
      this.parts.orderCounts.release(order.account, time);
    }
    const trade = { id: tradeId, price, quantity, isMaker, ...money };
    this.parts.store.addTrade(order.account, {
      symbol: order.symbol,
      orderId: order.orderId,
      time,
      isBuyer: order.side === 'BUY',
      ...trade,
    });
    this.parts.publisher.order(order, { type: 'TRADE', time, trade });
    if (done) this.close(order, time);
    return { price, quantity, commission: money.commission, commissionAsset: money.commissionAsset, tradeId };
  }

  private expire(order: OrderRecord, now: number, reason: ExpiryReason): void {
    order.status = 'EXPIRED';
    order.expiryReason = reason;
    order.updateTime = now;
    this.parts.publisher.order(order, { type: 'EXPIRED', time: now });
    this.close(order, now);
  }

  /** The order is done: nothing stays locked for it, and it leaves the open orders. */
  private close(order: OrderRecord, now: number): void {
    this.settlement.releaseAll(order, now);
    this.parts.store.close(order);
    this.stops.remove(order);
  }

  private drainTriggers(): void {
    for (let due = this.stops.takeDue(); due !== undefined; due = this.stops.takeDue()) {
      if (isOpenStatus(due.order.status)) this.trigger(due.order, due.market);
    }
  }

  private trigger(order: OrderRecord, market: SyntheticMarket): void {
    const now = market.now;
    order.workingTime = now;
    order.updateTime = now;
    if (order.side === 'BUY' && !hasLimitPrice(order.type)) {
      // It locked stopPrice × quantity when placed; the market may cost more now: take the rest from free funds.
      const units = this.parts.unitsOf(order.symbol);
      const cost = marketBuyCost(market.book, units, remainingQty(order));
      if (cost > order.locked) this.settlement.topUp(order, cost - order.locked, now);
      const ask = market.book.bestAsk();
      if (ask !== undefined && wantedAt(order, units, ask[0]) === 0n) {
        order.status = 'REJECTED';
        this.parts.publisher.order(order, { type: 'REJECTED', time: now, rejectReason: 'INSUFFICIENT_BALANCES' });
        this.close(order, now);
        return;
      }
    }
    this.work(order, market, now);
  }
}
