import { BigNumber } from 'bignumber.js';
import {
  concatMap,
  defer,
  firstValueFrom,
  from,
  interval,
  type Observable,
  type Subscription,
  switchMap,
  timer,
} from 'rxjs';
import type { Binance } from '../Binance.js';
import type { ExchangeError } from '../errors/ExchangeError.js';
import type { Balance } from '../models/Balance.js';
import type { Order } from '../models/Order.js';
import type { Credentials } from '../session/Credentials.js';
import type { UserSession } from '../session/UserSession.js';
import type { LiveBoard } from './LiveBoard.js';

/** One line for an order in the live view. */
export function describeOrder(order: Order): string {
  const price = order.type === 'MARKET' ? (order.averagePrice?.toFixed(2) ?? 'market') : order.price.toFixed();
  return `${order.side} ${order.type} ${order.quantity.toFixed()} ${order.symbol} @ ${price}  ${order.status} (filled ${order.executedQuantity.toFixed()})`;
}

/** One line for a balance in the live view. */
export function describeBalance(balance: Balance): string {
  return `${balance.asset.padEnd(6)} free ${balance.free.toFixed()}  locked ${balance.locked.toFixed()}`;
}

/**
 * The trading part of `npm start`: on the embedded simulator, a demo account places a LIMIT order below the market
 * and a MARKET order, shows both and its balances changing in the live view, then cancels what is left.
 */
export class TradingDemo {
  private readonly orders = new Map<bigint, Order>();
  private balances: readonly Balance[] = [];
  private subscription: Subscription | undefined;

  constructor(
    private readonly binance: Binance,
    private readonly board: LiveBoard,
    private readonly credentials: Credentials,
    private readonly symbol = 'BTCUSDT',
  ) {}

  /** Starts the demo; its steps run a few seconds apart. */
  start(): void {
    const session = this.binance.users.connect('demo', this.credentials);
    const steps: (() => Observable<unknown>)[] = [
      () => this.refresh(session),
      () => this.placeLimit(session),
      () => this.placeMarket(session),
      () => this.cancelRest(session),
    ];
    this.subscription = timer(1_500, 2_500)
      .pipe(concatMap((i) => (steps[i] ?? (() => this.refresh(session)))()))
      .subscribe({ error: (error: ExchangeError) => this.board.note(`demo stopped: ${error.userMessage}`) });
    this.subscription.add(
      interval(1_000)
        .pipe(switchMap(() => this.refresh(session)))
        .subscribe({ error: () => undefined }),
    );
  }

  /** Stops the demo (the session is closed with the client). */
  stop(): void {
    this.subscription?.unsubscribe();
  }

  private placeLimit(session: UserSession): Observable<unknown> {
    return defer(async () => {
      const book = await firstValueFrom(this.binance.market.bookTicker(this.symbol));
      // 1 % below the best bid, on the price grid: it rests on the book.
      const price = book.bidPrice.times(0.99).decimalPlaces(2, BigNumber.ROUND_DOWN).toFixed(2);
      const order = await firstValueFrom(
        session.placeOrder({
          symbol: this.symbol,
          side: 'BUY',
          type: 'LIMIT',
          quantity: '0.01',
          price,
          timeInForce: 'GTC',
        }),
      );
      this.track(order, `demo: placed a LIMIT BUY at ${price}`);
    });
  }

  private placeMarket(session: UserSession): Observable<unknown> {
    return from(
      firstValueFrom(session.placeOrder({ symbol: this.symbol, side: 'BUY', type: 'MARKET', quantity: '0.002' })),
    ).pipe(
      concatMap(async (order) => {
        this.track(order, `demo: MARKET BUY filled at ${order.averagePrice?.toFixed(2) ?? '?'}`);
        return Promise.resolve();
      }),
    );
  }

  private cancelRest(session: UserSession): Observable<unknown> {
    return from(firstValueFrom(session.cancelAll(this.symbol))).pipe(
      concatMap(async (cancelled) => {
        for (const order of cancelled) this.track(order, `demo: cancelled order ${order.orderId}`);
        return Promise.resolve();
      }),
    );
  }

  private refresh(session: UserSession): Observable<unknown> {
    return from(firstValueFrom(session.balances())).pipe(
      concatMap(async (balances) => {
        this.balances = balances;
        this.render();
        return Promise.resolve();
      }),
    );
  }

  private track(order: Order, note: string): void {
    this.orders.set(order.orderId, order);
    this.board.note(note);
    this.render();
  }

  private render(): void {
    this.board.setSection('demo account: orders', [...this.orders.values()].map(describeOrder));
    this.board.setSection('demo account: balances', this.balances.map(describeBalance));
  }
}
