import type { AccountTrade } from './orderJson.js';
import { isStopType } from './orderEnums.js';
import type { OrderRecord } from './OrderRecord.js';

/**
 * The exchange's memory of user orders and trades: by symbol and order id (for executions), by account and symbol in
 * placement order (for queries), and the open ones by account (for open-order queries, client order id uniqueness and
 * the MAX_NUM_* filters).
 */
export class OrderStore {
  private readonly bySymbol = new Map<string, Map<number, OrderRecord>>();
  private readonly byAccount = new Map<string, Map<string, OrderRecord[]>>();
  private readonly open = new Map<string, Set<OrderRecord>>();
  private readonly trades = new Map<string, Map<string, AccountTrade[]>>();

  /** Records a new order (open). */
  add(order: OrderRecord): void {
    let orders = this.bySymbol.get(order.symbol);
    if (orders === undefined) {
      orders = new Map();
      this.bySymbol.set(order.symbol, orders);
    }
    orders.set(order.orderId, order);
    listIn(this.byAccount, order.account, order.symbol).push(order);
    let open = this.open.get(order.account);
    if (open === undefined) {
      open = new Set();
      this.open.set(order.account, open);
    }
    open.add(order);
  }

  /** Marks an order as no longer open (filled, canceled, expired). */
  close(order: OrderRecord): void {
    this.open.get(order.account)?.delete(order);
  }

  /** A user order by symbol and id. */
  get(symbol: string, orderId: number): OrderRecord | undefined {
    return this.bySymbol.get(symbol)?.get(orderId);
  }

  /** The account's order on a symbol with this id. */
  byId(account: string, symbol: string, orderId: number): OrderRecord | undefined {
    const order = this.get(symbol, orderId);
    return order?.account === account ? order : undefined;
  }

  /** The account's latest order on a symbol with this client order id. */
  byClientId(account: string, symbol: string, clientOrderId: string): OrderRecord | undefined {
    const orders = this.byAccount.get(account)?.get(symbol) ?? [];
    for (let i = orders.length - 1; i >= 0; i--) {
      const order = orders[i] as OrderRecord;
      if (order.clientOrderId === clientOrderId) return order;
    }
    return undefined;
  }

  /**
   * The account's order on a symbol by `orderId`, else by `origClientOrderId` (its latest order with that id);
   * `'mismatch'` when both are given and the order found by id has another client order id.
   */
  find(
    account: string,
    symbol: string,
    ref: { readonly orderId?: number; readonly origClientOrderId?: string },
  ): OrderRecord | 'mismatch' | undefined {
    const { orderId, origClientOrderId } = ref;
    if (orderId === undefined) {
      return origClientOrderId === undefined ? undefined : this.byClientId(account, symbol, origClientOrderId);
    }
    const order = this.byId(account, symbol, orderId);
    if (order !== undefined && origClientOrderId !== undefined && order.clientOrderId !== origClientOrderId) {
      return 'mismatch';
    }
    return order;
  }

  /** Whether one of the account's open orders uses this client order id. */
  isOpenClientId(account: string, clientOrderId: string): boolean {
    for (const order of this.open.get(account) ?? []) if (order.clientOrderId === clientOrderId) return true;
    return false;
  }

  /** The account's open orders, oldest first, on one symbol or all. */
  openOrders(account: string, symbol?: string): OrderRecord[] {
    const open = [...(this.open.get(account) ?? [])];
    return symbol === undefined ? open : open.filter((order) => order.symbol === symbol);
  }

  /** How many open orders, and how many of them stop orders, the account has on a symbol. */
  openCounts(account: string, symbol: string): { orders: number; algo: number } {
    let orders = 0;
    let algo = 0;
    for (const order of this.open.get(account) ?? []) {
      if (order.symbol !== symbol) continue;
      orders++;
      if (isStopType(order.type)) algo++;
    }
    return { orders, algo };
  }

  /** Every order of the account on a symbol, in placement order (= order id order). */
  orders(account: string, symbol: string): readonly OrderRecord[] {
    return this.byAccount.get(account)?.get(symbol) ?? [];
  }

  /** Records one of the account's trades. */
  addTrade(account: string, trade: AccountTrade): void {
    listIn(this.trades, account, trade.symbol).push(trade);
  }

  /** The account's trades on a symbol, oldest first. */
  tradesOf(account: string, symbol: string): readonly AccountTrade[] {
    return this.trades.get(account)?.get(symbol) ?? [];
  }
}

function listIn<T>(map: Map<string, Map<string, T[]>>, account: string, symbol: string): T[] {
  let bySymbol = map.get(account);
  if (bySymbol === undefined) {
    bySymbol = new Map();
    map.set(account, bySymbol);
  }
  let list = bySymbol.get(symbol);
  if (list === undefined) {
    list = [];
    bySymbol.set(symbol, list);
  }
  return list;
}
