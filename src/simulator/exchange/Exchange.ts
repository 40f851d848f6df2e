import type { EventEmitter } from 'node:events';
import { averagePrice as average } from '../market/marketStatistics.js';
import type { MarketHub } from '../market/MarketHub.js';
import type { SyntheticMarket } from '../market/SyntheticMarket.js';
import { DEFAULT_RATE_LIMITS, type RateLimitRule } from '../rest/RateLimitConfig.js';
import { RestError } from '../rest/RestError.js';
import { accountJson, commissionJson } from './accountJson.js';
import {
  type AccountOptions,
  type AccountRecord,
  AccountRegistry,
  type CreatedAccount,
  randomAlphanumeric,
} from './AccountRegistry.js';
import { checkOrderFilters } from './checkOrderFilters.js';
import { checkCombinations, checkEngineRules } from './checkEngineRules.js';
import { createOrderRecord } from './createOrderRecord.js';
import { Ledger } from './Ledger.js';
import { OrderCountLimiter, type OrderCountUsage } from './OrderCountLimiter.js';
import { OrderEngine } from './OrderEngine.js';
import { type CancelRestriction, isOpenStatus, type ResponseType } from './orderEnums.js';
import { orderLock } from './orderLock.js';
import type { AccountTrade, FillRecord, PreventedMatchRecord, TimeConversion } from './orderJson.js';
import type { OrderRecord } from './OrderRecord.js';
import { OrderStore } from './OrderStore.js';
import type { NewOrderRequest } from './readNewOrder.js';
import { type HistoryQuery, selectHistory } from './selectHistory.js';
import { SymbolUnits } from './SymbolUnits.js';
import type { ExchangeEvents } from './userEvents.js';
import { UserEventPublisher } from './UserEventPublisher.js';

/** How to build an {@link Exchange}. */
export interface ExchangeOptions {
  /** The markets user orders trade in. */
  readonly hub: MarketHub;
  /** The ORDERS rules enforced per account (default Binance's: 50 / 10 s and 160000 / day). */
  readonly orderLimits?: readonly RateLimitRule[];
}

/** An order as it stood when its placement finished, with what the answer needs. */
export interface PlacedOrder {
  readonly order: OrderRecord;
  /** @internal */
  readonly units: SymbolUnits;
  readonly transactTime: number;
  readonly fills: readonly FillRecord[];
  readonly prevented: readonly PreventedMatchRecord[];
  readonly responseType: ResponseType;
  /** The account's unfilled order count right after the placement (before its own fills gave it back). */
  readonly orderCounts: readonly OrderCountUsage[];
}

/** A canceled order as it stood after the cancel. */
export interface CanceledOrder {
  readonly order: OrderRecord;
  /** @internal */
  readonly units: SymbolUnits;
  readonly cancelClientOrderId: string;
  readonly transactTime: number;
}

/** Which order: by `orderId`, or by `origClientOrderId`, or both (then they must agree). */
export interface OrderRef {
  readonly orderId?: number;
  readonly origClientOrderId?: string;
}

const ASSET_DECIMALS = 8;

/**
 * The simulator's exchange, independent of any transport (REST now, the WebSocket API later): accounts and balances,
 * order placement with Binance's validation, filters, locks, order-count limits, the matching of user orders in the
 * synthetic market's books, cancels, queries, and the user data events of every change on
 * {@link events}. Methods throw a `RestError` carrying Binance's code, message and HTTP status.
 */
export class Exchange {
  /** @internal The API keys (the security check reads them). */
  readonly registry = new AccountRegistry();
  /** @internal The balances (read them through `sim.accounts.balances`). */
  readonly ledger: Ledger;
  readonly orderCounts: OrderCountLimiter;
  /** `user` events: `(accountId, executionReport | outboundAccountPosition | balanceUpdate)`. */
  readonly events: EventEmitter<ExchangeEvents>;
  private readonly store = new OrderStore();
  private readonly units = new Map<string, SymbolUnits>();
  private readonly publisher: UserEventPublisher;
  private readonly engine: OrderEngine;
  private readonly tradedAssets: readonly string[];

  /** @internal The simulator builds its exchange; users reach it as `sim.exchange`. */
  constructor(private readonly options: ExchangeOptions) {
    const decimals = new Map<string, number>();
    const widen = (asset: string, places: number) => {
      decimals.set(asset, Math.max(decimals.get(asset) ?? ASSET_DECIMALS, places));
    };
    const markets = options.hub.allMarkets();
    for (const { rules } of markets) {
      widen(rules.baseAsset, rules.quantityDecimals);
      widen(rules.quoteAsset, rules.quoteDecimals);
    }
    this.tradedAssets = [...decimals.keys()];
    this.ledger = new Ledger((asset) => decimals.get(asset) ?? ASSET_DECIMALS);
    for (const { rules } of markets) {
      const units = new SymbolUnits(
        rules,
        this.ledger.decimals(rules.baseAsset),
        this.ledger.decimals(rules.quoteAsset),
      );
      this.units.set(rules.symbol, units);
    }
    this.orderCounts = new OrderCountLimiter(options.orderLimits ?? DEFAULT_RATE_LIMITS.rules);
    this.publisher = new UserEventPublisher(this.ledger, (symbol) => this.unitsOf(symbol));
    this.events = this.publisher.events;
    const { store, ledger, registry, publisher, orderCounts } = this;
    this.engine = new OrderEngine({ store, ledger, registry, publisher, orderCounts, unitsOf: (s) => this.unitsOf(s) });
    for (const market of markets) market.setExecutionListener(this.engine);
  }

  /** @internal The units of a traded symbol (throws a `RangeError` for another one). */
  unitsOf(symbol: string): SymbolUnits {
    const units = this.units.get(symbol);
    if (units === undefined) throw new RangeError(`unknown symbol ${symbol}`);
    return units;
  }

  /** Opens an account with its API key and starting balances. @throws TypeError for a malformed amount. */
  openAccount(options: AccountOptions, now: number): CreatedAccount {
    const amounts = Object.entries(options.balances ?? {}).map(([asset, text]): [string, bigint] => [
      asset,
      this.amount(asset, text),
    ]);
    const { account, created } = this.registry.create(options);
    this.ledger.open(account.id, now);
    for (const [asset, amount] of amounts) this.ledger.credit(account.id, asset, amount, now);
    // Starting balances are no event: nobody can listen to an account before it exists. Outside an operation this is
    // the only pending change.
    this.ledger.takeChanges();
    return created;
  }

  /** Credits an account, publishing `balanceUpdate` and `outboundAccountPosition`. @throws TypeError when invalid. */
  deposit(accountId: string, asset: string, amount: string, now: number): void {
    this.accountOf(accountId);
    const atoms = this.amount(asset, amount);
    this.engine.run(now, () => {
      this.ledger.credit(accountId, asset, atoms, now);
      this.publisher.balanceUpdate(accountId, asset, atoms, now);
    });
  }

  /** Places an order (PROTOCOL §3.7): validated, locked, counted, then executed, rested or kept until triggered. */
  placeOrder(accountId: string, request: NewOrderRequest, now: number): PlacedOrder {
    const { market, units } = this.checkTradable(accountId, request);
    this.orderCounts.check(accountId, now);
    this.validate(accountId, request, market, units, now);
    const { newClientOrderId } = request;
    const duplicate = newClientOrderId !== undefined && this.store.isOpenClientId(accountId, newClientOrderId);
    checkEngineRules(request, market, duplicate);
    market.touch(now);
    const lock = orderLock(request, market, units);
    return this.engine.run(now, () => {
      if (!this.ledger.lock(accountId, lock.asset, lock.amount, now)) {
        throw rejected('Account has insufficient balance for requested action.');
      }
      const order = createOrderRecord(accountId, request, market.allocateOrderId(), lock, now);
      this.store.add(order);
      const orderCounts = this.orderCounts.record(accountId, now);
      this.publisher.order(order, { type: 'NEW', time: now });
      const { fills, prevented } = this.engine.submit(order, market, now);
      const responseType = request.responseType;
      return { order: { ...order }, units, transactTime: now, fills, prevented, responseType, orderCounts };
    });
  }

  /** Validates an order like {@link placeOrder} without placing it; returns the account's commission rates. */
  testOrder(accountId: string, request: NewOrderRequest, now: number): Record<string, unknown> {
    const { market, units } = this.checkTradable(accountId, request);
    this.validate(accountId, request, market, units, now);
    return commissionJson(this.accountOf(accountId));
  }

  /** Cancels an open order. -2011 "Unknown order sent." for an unknown or closed one. */
  cancelOrder(
    accountId: string,
    symbol: string,
    ref: OrderRef,
    now: number,
    options: { readonly newClientOrderId?: string; readonly restriction?: CancelRestriction } = {},
  ): CanceledOrder {
    this.checkCanTrade(accountId, -2011);
    const order = this.store.find(accountId, symbol, ref);
    if (order === undefined || order === 'mismatch' || !isOpenStatus(order.status)) throw cancelRejected();
    const { restriction } = options;
    if (
      (restriction === 'ONLY_NEW' && order.status !== 'NEW') ||
      (restriction === 'ONLY_PARTIALLY_FILLED' && order.status !== 'PARTIALLY_FILLED')
    ) {
      throw new RestError(-2011, 'Order was not canceled due to cancel restrictions.');
    }
    const cancelClientOrderId = options.newClientOrderId ?? randomAlphanumeric(22);
    this.engine.run(now, () => {
      this.engine.cancel(order, this.marketOf(symbol), now, cancelClientOrderId);
    });
    return { order: { ...order }, units: this.unitsOf(symbol), cancelClientOrderId, transactTime: now };
  }

  /** Cancels every open order of the account on a symbol; -2011 when there is none. */
  cancelOpenOrders(accountId: string, symbol: string, now: number): CanceledOrder[] {
    this.checkCanTrade(accountId, -2011);
    const open = this.store.openOrders(accountId, symbol);
    if (open.length === 0) throw cancelRejected();
    const market = this.marketOf(symbol);
    return this.engine.run(now, () =>
      open.map((order) => {
        const cancelClientOrderId = randomAlphanumeric(22);
        this.engine.cancel(order, market, now, cancelClientOrderId);
        return { order: { ...order }, units: this.unitsOf(symbol), cancelClientOrderId, transactTime: now };
      }),
    );
  }

  /** One order. -2013 when unknown, -2039 when `orderId` and `origClientOrderId` disagree. */
  queryOrder(accountId: string, symbol: string, ref: OrderRef): OrderRecord {
    const order = this.store.find(accountId, symbol, ref);
    if (order === 'mismatch') throw new RestError(-2039, 'Client order ID is not correct for this order ID.');
    if (order === undefined) throw new RestError(-2013, 'Order does not exist.');
    return order;
  }

  /** The account's open orders, oldest first, on one symbol or all. */
  openOrders(accountId: string, symbol?: string): OrderRecord[] {
    return this.store.openOrders(accountId, symbol);
  }

  /** The account's orders on a symbol, oldest first, by Binance's list rule (`fromId` = `orderId`). */
  allOrders(accountId: string, symbol: string, query: HistoryQuery): OrderRecord[] {
    const orders = this.store.orders(accountId, symbol);
    return selectHistory(
      orders,
      (order) => order.orderId,
      (order) => order.time,
      query,
    );
  }

  /** The account's trades on a symbol (of one order when `orderId`), by Binance's list rule. */
  myTrades(accountId: string, symbol: string, query: HistoryQuery & { readonly orderId?: number }): AccountTrade[] {
    const { orderId } = query;
    const trades = this.store.tradesOf(accountId, symbol).filter((t) => orderId === undefined || t.orderId === orderId);
    return selectHistory(
      trades,
      (trade) => trade.id,
      (trade) => trade.time,
      query,
    );
  }

  /** `GET /api/v3/account`. */
  accountInfo(accountId: string, omitZeroBalances: boolean, time: TimeConversion): Record<string, unknown> {
    return accountJson(this.accountOf(accountId), this.ledger, this.tradedAssets, omitZeroBalances, time);
  }

  private checkTradable(accountId: string, request: NewOrderRequest) {
    this.checkCanTrade(accountId, -2010);
    const market = this.marketOf(request.symbol);
    if (market.rules.status !== 'TRADING') throw rejected('Market is closed.');
    return { market, units: this.unitsOf(request.symbol) };
  }

  /** Filters and parameter combinations: the checks made before the matching engine. */
  private validate(
    accountId: string,
    request: NewOrderRequest,
    market: SyntheticMarket,
    units: SymbolUnits,
    now: number,
  ): void {
    const { orders, algo } = this.store.openCounts(accountId, request.symbol);
    const averagePrice = average(market.history, now)?.price ?? market.lastPrice;
    checkOrderFilters(request, { units, averagePrice, openOrders: orders, openAlgoOrders: algo });
    checkCombinations(request);
  }

  /** -2010 for placements, -2011 for cancels. */
  private checkCanTrade(accountId: string, code: -2010 | -2011): void {
    if (!this.accountOf(accountId).canTrade) throw new RestError(code, 'This account may not place or cancel orders.');
  }

  private accountOf(accountId: string): AccountRecord {
    const account = this.registry.account(accountId);
    if (account === undefined) throw new TypeError(`unknown account ${accountId}`);
    return account;
  }

  private marketOf(symbol: string): SyntheticMarket {
    const market = this.options.hub.market(symbol);
    if (market === undefined) throw RestError.badSymbol();
    return market;
  }

  private amount(asset: string, text: string): bigint {
    const atoms = /^[A-Z0-9]{1,20}$/.test(asset) ? this.ledger.parse(asset, text) : undefined;
    if (atoms === undefined) throw new TypeError(`invalid amount ${JSON.stringify(text)} of ${JSON.stringify(asset)}`);
    return atoms;
  }
}

function rejected(msg: string): RestError {
  return new RestError(-2010, msg);
}

function cancelRejected(): RestError {
  return new RestError(-2011, 'Unknown order sent.');
}
