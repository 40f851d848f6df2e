import type { BigNumber } from 'bignumber.js';
import * as t from 'io-ts';
import {
  catchError,
  defer,
  filter,
  map,
  type Observable,
  of,
  retry,
  type SchedulerLike,
  Subject,
  switchMap,
  takeUntil,
  tap,
  throwError,
  timer,
} from 'rxjs';
import { RawAccount } from '../codecs/RawAccount.js';
import { RawCancelledOrder } from '../codecs/RawCancelledOrder.js';
import { RawMyTradeArray } from '../codecs/RawMyTrade.js';
import { RawOrderArray } from '../codecs/RawOrder.js';
import { RawOrderAck } from '../codecs/RawOrderAck.js';
import { RawOrderFull } from '../codecs/RawOrderFull.js';
import { RawOrderResult } from '../codecs/RawOrderResult.js';
import { wireArray } from '../codecs/wireArray.js';
import { clientClosed, orderNotFoundAfterUnknownOutcome } from '../errors/clientErrors.js';
import { ExchangeError } from '../errors/ExchangeError.js';
import type { Logger } from '../logging/Logger.js';
import { normalizeSymbol } from '../market/normalizeSymbol.js';
import { type Account, toAccount } from '../models/Account.js';
import type { AccountPosition } from '../models/AccountPosition.js';
import type { ExecutionReport } from '../models/ExecutionReport.js';
import type { UserDataEvent } from '../models/UserDataEvent.js';
import type { WsApiClient } from '../wsapi/WsApiClient.js';
import { UserDataStream } from './UserDataStream.js';
import type { Balance } from '../models/Balance.js';
import { type MyTrade, toMyTrade } from '../models/MyTrade.js';
import { type Order, toOrder } from '../models/Order.js';
import { type OrderAck, toOrderAck } from '../models/OrderAck.js';
import { inspectCustom } from '../models/plainModel.js';
import type { SymbolInfo } from '../models/SymbolInfo.js';
import type { AccountOrderLimits, RequestLimits } from '../rest/RequestLimits.js';
import type { RestCall, RestClient, SignedCaller } from '../rest/RestClient.js';
import { ENDPOINTS, type RestEndpoint } from '../rest/RestEndpoint.js';
import { createSigner } from '../signing/createSigner.js';
import type { KeyType } from '../signing/Signer.js';
import type { NewOrder } from '../trading/NewOrder.js';
import { orderParams } from '../trading/orderParams.js';
import { validateOrder } from '../trading/validateOrder.js';
import type { AveragePrices } from './AveragePrices.js';
import { type Credentials, validateCredentials } from './Credentials.js';
import type { ExchangeInfoCache } from './ExchangeInfoCache.js';
import { newClientOrderId } from './newClientOrderId.js';
import { OpenOrderCounts } from './OpenOrderCounts.js';
import type { OrderRoute } from './OrderRoute.js';
import { RestOrderRoute } from './RestOrderRoute.js';
import { maskApiKey, Secret } from './Secret.js';
import type { ResolvedSessionConfig } from './SessionConfig.js';
import { WsApiOrderRoute } from './WsApiOrderRoute.js';

/** An order to act on: by Binance's id, or by the client order id it was placed with. */
export type OrderRef = bigint | number | { readonly orderId: bigint | number } | { readonly clientOrderId: string };

/** A time range for history queries (epoch ms; Binance allows at most 24 h between the two). */
export interface HistoryRange {
  readonly startTime?: number;
  readonly endTime?: number;
  /** Default 500, at most 1000. */
  readonly limit?: number;
}

/** The shared services a session uses; built once per client by `Binance`. */
export interface SessionServices {
  readonly rest: RestClient;
  readonly limits: RequestLimits;
  readonly exchangeInfo: ExchangeInfoCache;
  readonly averagePrices: AveragePrices;
  readonly scheduler: SchedulerLike;
  readonly logger: Logger;
  /** The client's WebSocket API connection (user data; orders too with `orderApi: 'websocket'`). */
  readonly wsApi: WsApiClient;
  /** Problems that end nothing by themselves (the client's `errors$`). */
  readonly reportError: (error: ExchangeError) => void;
}

const CancelledOrders = wireArray('RawCancelledOrderArray', t.union([RawCancelledOrder, t.UnknownRecord]));
const TestOrderAnswer = t.UnknownRecord;

/**
 * One user's access to the exchange: signed REST calls as cold Observables (nothing is sent before subscription;
 * unsubscribing aborts the HTTP request), decoded into models with exact decimals.
 *
 * Orders are never sent twice. Every order carries a client order id (generated when not given); when placing one
 * ends in an unknown outcome (timeout, lost connection, 5xx, -1006, -1007), the session looks the order up by that
 * id and reports what really happened. Orders that Binance would refuse for a filter (-1013) are refused before
 * sending, with the filter and the allowed values. Only idempotent reads are retried automatically.
 *
 * Orders are placed, cancelled and looked up over REST, or over the WebSocket API with `orderApi: 'websocket'` in the
 * session's config: the same Observables, models, errors, filter checks and reconciliation either way.
 *
 * The secret never leaves the signer it was imported into: it is in no property, log, error, `JSON.stringify` or
 * `util.inspect` output of a session.
 *
 * @example
 * ```ts
 * const alice = binance.users.connect('alice', { apiKey, apiSecret });
 * alice.placeOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: '0.001', price: '50000', timeInForce: 'GTC' })
 *   .subscribe({ next: (order) => console.log(order.status), error: (e: ExchangeError) => console.error(e.userMessage) });
 * ```
 */
export class UserSession {
  /** The user this session belongs to. */
  readonly userId: string;
  /** The kind of key that signs its requests. */
  readonly keyType: KeyType;
  /**
   * Every change of this account as it happens — order updates and fills (`executionReport`), balances
   * (`accountPosition`, `balanceUpdate`), order lists — over the client's WebSocket API connection. Shared: the first
   * subscriber subscribes, the last one leaving unsubscribes; re-subscribed after any reconnection; a subscription
   * the server ends, or a revoked key, ends it with an error.
   */
  readonly userData$: Observable<UserDataEvent>;
  /** The `executionReport` events of {@link UserSession.userData$}: every order change and fill. */
  readonly executions$: Observable<ExecutionReport>;
  /** The balances touched by each account change (`outboundAccountPosition`) of {@link UserSession.userData$}. */
  readonly balances$: Observable<readonly Balance[]>;
  readonly #userData: UserDataStream;
  readonly #caller: SignedCaller;
  readonly #orders: AccountOrderLimits;
  readonly #route: OrderRoute;
  readonly #openOrders: OpenOrderCounts;
  readonly #maskedKey: string;
  #closed = false;
  readonly #closing = new Subject<void>();

  /**
   * @internal Sessions are created by `binance.users.connect(...)` or `binance.session(...)`.
   * @throws TypeError for malformed credentials (the message never contains the secret).
   */
  constructor(
    userId: string,
    credentials: Credentials,
    private readonly services: SessionServices,
    private readonly config: ResolvedSessionConfig,
    private readonly onClose: (session: UserSession) => void = () => undefined,
  ) {
    const valid = validateCredentials(credentials);
    this.userId = userId;
    const signer = createSigner(valid);
    this.keyType = signer.keyType;
    this.#maskedKey = maskApiKey(valid.apiKey);
    this.#caller = { apiKey: new Secret(valid.apiKey), signer, recvWindow: config.recvWindow };
    this.#orders = services.limits.accountLimits();
    this.#route =
      config.orderApi === 'websocket'
        ? new WsApiOrderRoute(services.wsApi, this.#caller, this.#orders, services.scheduler)
        : new RestOrderRoute(services.rest, this.#caller, this.#orders);
    this.#userData = new UserDataStream({
      userId,
      keyType: this.keyType,
      caller: this.#caller,
      client: services.wsApi,
      logger: services.logger,
      reportError: services.reportError,
    });
    this.userData$ = defer(() => {
      this.assertOpen('userData$');
      return this.#userData.events$;
    }).pipe(takeUntil(this.#closing));
    this.executions$ = this.userData$.pipe(
      filter((event): event is ExecutionReport => event.type === 'executionReport'),
    );
    this.balances$ = this.userData$.pipe(
      filter((event): event is AccountPosition => event.type === 'accountPosition'),
      map((event) => event.balances),
    );
    this.#openOrders = new OpenOrderCounts((symbol) =>
      this.call('openOrders', ENDPOINTS.openOrders, [['symbol', symbol]], RawOrderArray, symbol).pipe(
        map((orders) => orders.length),
      ),
    );
  }

  /** True once {@link UserSession.close} was called. */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Places an order. The answer is `FULL` (with fills) unless `newOrderRespType` says otherwise; `ACK` yields an
   * {@link OrderAck}.
   *
   * @throws TypeError at once for malformed parameters (missing price on a LIMIT order, a float amount, ...).
   */
  placeOrder(order: NewOrder & { readonly newOrderRespType: 'ACK' }): Observable<OrderAck>;
  placeOrder(order: NewOrder): Observable<Order>;
  placeOrder(order: NewOrder): Observable<Order | OrderAck> {
    const clientOrderId = order.newClientOrderId ?? newClientOrderId();
    const respType = order.newOrderRespType ?? 'FULL';
    const params = orderParams(order, { newClientOrderId: clientOrderId, newOrderRespType: respType });
    const symbol = normalizeSymbol(order.symbol);
    const context = { userId: this.userId, symbol, operation: 'placeOrder', clientOrderId };
    return defer(() => {
      this.assertOpen('placeOrder');
      const send = this.#route.place<unknown>(
        params,
        respType === 'ACK' ? RawOrderAck : respType === 'RESULT' ? RawOrderResult : RawOrderFull,
        context,
      );
      const checks = this.checkFilters(order, symbol);
      return (checks === undefined ? send : checks.pipe(switchMap(() => send))).pipe(
        map((raw) => {
          const placed = respType === 'ACK' ? toOrderAck(raw as RawOrderAck) : toOrder(raw as RawOrderResult);
          // Counted here rather than in a tap of its own: one operator fewer on the path of every order.
          if (!('status' in placed) || placed.isOpen) this.#openOrders.opened(symbol);
          return placed;
        }),
        // A lost answer, or an accepted order whose answer cannot be read: either way the order's fate is known only
        // to Binance, so ask it — never send the order again.
        catchError((error: unknown) =>
          error instanceof ExchangeError && (error.category === 'unknown-outcome' || error.category === 'decode')
            ? this.reconcile(symbol, clientOrderId, error)
            : throwError(() => error),
        ),
      );
    });
  }

  /**
   * Validates an order with Binance without placing it (`POST /api/v3/order/test`), after the same client-side
   * filter checks as {@link UserSession.placeOrder}. Completes empty when Binance accepts it.
   */
  testOrder(order: NewOrder): Observable<void> {
    const params = orderParams(order, { newClientOrderId: order.newClientOrderId ?? newClientOrderId() });
    const symbol = normalizeSymbol(order.symbol);
    return defer(() => {
      this.assertOpen('testOrder');
      const test = this.call('testOrder', ENDPOINTS.testOrder, params, TestOrderAnswer, symbol);
      const checks = this.checkFilters(order, symbol);
      return (checks === undefined ? test : checks.pipe(switchMap(() => test))).pipe(map(() => undefined));
    });
  }

  /** Cancels an order, by Binance's order id or by its client order id. Emits the order as cancelled. */
  cancelOrder(symbol: string, ref: OrderRef): Observable<Order> {
    const upper = normalizeSymbol(symbol);
    const params: [string, string][] = [['symbol', upper], orderRefParam(ref)];
    return defer(() => {
      this.assertOpen('cancelOrder');
      return this.#route.cancel(params, { userId: this.userId, symbol: upper });
    }).pipe(
      map(toOrder),
      tap(() => this.#openOrders.closed(upper)),
    );
  }

  /** Cancels every open order of `symbol`. Emits the cancelled orders (order lists in the answer are skipped). */
  cancelAll(symbol: string): Observable<readonly Order[]> {
    const upper = normalizeSymbol(symbol);
    return this.call('cancelAll', ENDPOINTS.cancelAll, [['symbol', upper]], CancelledOrders, upper).pipe(
      map((items) => items.filter((item): item is RawCancelledOrder => RawCancelledOrder.is(item)).map(toOrder)),
      tap(() => this.#openOrders.set(upper, 0)),
    );
  }

  /** One order, by Binance's order id or by its client order id. */
  getOrder(symbol: string, ref: OrderRef): Observable<Order> {
    const upper = normalizeSymbol(symbol);
    const params: [string, string][] = [['symbol', upper], orderRefParam(ref)];
    return defer(() => {
      this.assertOpen('getOrder');
      return this.#route.status(params, { userId: this.userId, symbol: upper });
    }).pipe(map(toOrder));
  }

  /** Open orders of `symbol`, or of every symbol (weight 80: prefer a symbol). */
  openOrders(symbol?: string): Observable<readonly Order[]> {
    const upper = symbol === undefined ? undefined : normalizeSymbol(symbol);
    const params: [string, string][] = upper === undefined ? [] : [['symbol', upper]];
    return this.call('openOrders', ENDPOINTS.openOrders, params, RawOrderArray, upper).pipe(
      map((raws) => raws.map(toOrder)),
      tap((orders) => {
        if (upper !== undefined) this.#openOrders.set(upper, orders.length);
      }),
    );
  }

  /** Orders of `symbol` in any state (`GET /api/v3/allOrders`), oldest first. */
  orderHistory(
    symbol: string,
    range: HistoryRange & { readonly fromOrderId?: bigint | number } = {},
  ): Observable<readonly Order[]> {
    const upper = normalizeSymbol(symbol);
    const params = [['symbol', upper] as [string, string], ...rangeParams(range)];
    if (range.fromOrderId !== undefined) params.push(['orderId', integerParam(range.fromOrderId, 'fromOrderId')]);
    return this.call('orderHistory', ENDPOINTS.allOrders, params, RawOrderArray, upper).pipe(
      map((raws) => raws.map(toOrder)),
    );
  }

  /** This account's trades on `symbol` (`GET /api/v3/myTrades`), oldest first. */
  myTrades(
    symbol: string,
    range: HistoryRange & { readonly orderId?: bigint | number } = {},
  ): Observable<readonly MyTrade[]> {
    const upper = normalizeSymbol(symbol);
    const params = [['symbol', upper] as [string, string], ...rangeParams(range)];
    if (range.orderId !== undefined) params.push(['orderId', integerParam(range.orderId, 'orderId')]);
    return this.call('myTrades', ENDPOINTS.myTrades, params, RawMyTradeArray, upper).pipe(
      map((raws) => raws.map(toMyTrade)),
    );
  }

  /** The account: commissions, permissions and every balance. */
  account(): Observable<Account> {
    return this.call('account', ENDPOINTS.account, [], RawAccount).pipe(map(toAccount));
  }

  /** The balances that are not zero (free or locked). */
  balances(): Observable<readonly Balance[]> {
    return this.call('balances', ENDPOINTS.account, [['omitZeroBalances', 'true']], RawAccount).pipe(
      map((raw) => toAccount(raw).balances.filter((b) => !b.free.isZero() || !b.locked.isZero())),
    );
  }

  /** Ends the session: later calls error, and its limits are released. Requests in flight finish. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    // Ends the user data streams of this session (their subscribers complete) and with them the subscription.
    this.#closing.next();
    this.#closing.complete();
    this.services.limits.release(this.#orders);
    this.onClose(this);
  }

  /** The user data subscription's state, for health reports. */
  userDataState(): ReturnType<UserDataStream['state']> {
    return this.#userData.state();
  }

  /** A description that is safe to log: the user, the key type and a masked key. */
  toJSON(): { userId: string; keyType: KeyType; apiKey: string; closed: boolean } {
    return { userId: this.userId, keyType: this.keyType, apiKey: this.#maskedKey, closed: this.#closed };
  }

  [inspectCustom](): ReturnType<UserSession['toJSON']> {
    return this.toJSON();
  }

  private call<A>(
    operation: string,
    endpoint: RestEndpoint,
    params: readonly (readonly [string, string])[],
    codec: t.Decoder<unknown, A>,
    symbol?: string,
  ): Observable<A> {
    return defer(() => {
      this.assertOpen(operation);
      const request: RestCall<A> = {
        endpoint,
        params,
        codec,
        caller: this.#caller,
        operation,
        context: symbol === undefined ? { userId: this.userId } : { userId: this.userId, symbol },
      };
      return this.services.rest.call(request);
    });
  }

  private assertOpen(operation: string): void {
    if (this.#closed)
      throw clientClosed(`${operation} on the session of ${this.userId}`, { userId: this.userId, operation });
  }

  /**
   * Client-side filter validation, when enabled. With the symbol's rules, its average price and the open order bound
   * all cached (the usual case), the order is checked right away: `undefined` when it passes, a thrown error when it
   * would not. Otherwise an Observable that fetches what is missing, then completes empty or errors likewise.
   */
  private checkFilters(order: NewOrder, symbol: string): Observable<void> | undefined {
    if (!this.config.validateFilters) return undefined;
    const { exchangeInfo, averagePrices } = this.services;
    const cached = exchangeInfo.cachedSymbol(symbol);
    if (cached !== undefined) {
      const wantsAverage = needsAverage(order, cached);
      const average = wantsAverage ? averagePrices.cached(symbol) : undefined;
      const max = cached.filters.maxNumOrders;
      if ((!wantsAverage || average !== undefined) && (max === undefined || this.#openOrders.hasRoom(symbol, max))) {
        this.validate(order, cached, average, undefined);
        return undefined;
      }
    }
    return exchangeInfo.symbol(symbol).pipe(
      switchMap((info) => {
        const average: Observable<BigNumber | undefined> = needsAverage(order, info)
          ? averagePrices.of(symbol)
          : of(undefined);
        const max = info.filters.maxNumOrders;
        const open: Observable<number | undefined> =
          max === undefined ? of(undefined) : this.#openOrders.forCheck(symbol, max);
        return average.pipe(
          switchMap((averagePrice) =>
            open.pipe(map((openOrders) => this.validate(order, info, averagePrice, openOrders))),
          ),
        );
      }),
    );
  }

  private validate(
    order: NewOrder,
    info: SymbolInfo,
    averagePrice: BigNumber | undefined,
    openOrders: number | undefined,
  ): void {
    const error = validateOrder(order, info, {
      ...(averagePrice === undefined ? {} : { averagePrice }),
      ...(openOrders === undefined ? {} : { openOrders }),
    });
    if (error !== undefined) throw error;
  }

  /**
   * After an unknown outcome: looks the order up by its client order id, a few times with growing pauses (Binance may
   * still be processing it), and reports the order as it really is — or, when it never shows up, that it was most
   * likely not placed. Never sends the order again.
   */
  private reconcile(symbol: string, clientOrderId: string, cause: ExchangeError): Observable<Order> {
    const { logger, scheduler } = this.services;
    const { attempts, initialDelayMs } = this.config.reconcile;
    logger.warn(
      { userId: this.userId, symbol, clientOrderId, reason: cause.details },
      'order outcome unknown: looking it up',
    );
    const lookup = this.getOrder(symbol, { clientOrderId });
    return timer(initialDelayMs, scheduler).pipe(
      switchMap(() => lookup),
      retry({
        count: attempts - 1,
        delay: (error: unknown, n) =>
          error instanceof ExchangeError && (error.category === 'not-found' || error.retryable)
            ? timer(initialDelayMs * 2 ** n, scheduler)
            : throwError(() => error),
      }),
      tap((order) => {
        logger.warn(
          { userId: this.userId, symbol, clientOrderId, status: order.status },
          'order outcome unknown: found it',
        );
        if (order.isOpen) this.#openOrders.opened(symbol);
      }),
      catchError((error: unknown) =>
        throwError(() =>
          error instanceof ExchangeError && error.category === 'not-found'
            ? orderNotFoundAfterUnknownOutcome(clientOrderId, attempts, cause, { userId: this.userId, symbol })
            : cause,
        ),
      ),
    );
  }
}

/** Whether validating `order` needs the symbol's average price: percent-price bounds, and MARKET notionals. */
function needsAverage(order: NewOrder, info: SymbolInfo): boolean {
  const { percentPriceBySide, percentPrice } = info.filters;
  return percentPriceBySide !== undefined || percentPrice !== undefined || order.type === 'MARKET';
}

function integerParam(value: bigint | number, name: string): string {
  if (typeof value === 'bigint' ? value < 0n : !(Number.isSafeInteger(value) && value >= 0)) {
    throw new TypeError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
  return value.toString();
}

/** The parameter naming an order: `orderId`, or the client order id (`origClientOrderId` for cancels and queries). */
function orderRefParam(ref: OrderRef): [string, string] {
  if (typeof ref === 'bigint' || typeof ref === 'number') return ['orderId', integerParam(ref, 'orderId')];
  if ('orderId' in ref) return ['orderId', integerParam(ref.orderId, 'orderId')];
  if (typeof ref.clientOrderId !== 'string' || !/^[.A-Z:/a-z0-9_-]{1,36}$/.test(ref.clientOrderId)) {
    throw new TypeError(
      `clientOrderId must be 1 to 36 of A-Z a-z 0-9 . : / _ -, got ${JSON.stringify(ref.clientOrderId)}`,
    );
  }
  return ['origClientOrderId', ref.clientOrderId];
}

function rangeParams(range: HistoryRange): [string, string][] {
  const params: [string, string][] = [];
  if (range.startTime !== undefined) params.push(['startTime', integerParam(range.startTime, 'startTime')]);
  if (range.endTime !== undefined) params.push(['endTime', integerParam(range.endTime, 'endTime')]);
  if (range.limit !== undefined) {
    if (!Number.isInteger(range.limit) || range.limit < 1 || range.limit > 1000) {
      throw new TypeError(`limit must be an integer from 1 to 1000, got ${range.limit}`);
    }
    params.push(['limit', String(range.limit)]);
  }
  return params;
}
