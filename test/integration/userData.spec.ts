import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import { filter, firstValueFrom, type Subscription, take, toArray } from 'rxjs';
import type { Binance } from '../../src/Binance.js';
import type { ExchangeError } from '../../src/errors/ExchangeError.js';
import type { ExecutionReport } from '../../src/models/ExecutionReport.js';
import type { BinanceSimulator } from '../../src/simulator/BinanceSimulator.js';
import { DEFAULT_SYMBOLS } from '../../src/simulator/index.js';
import type { UserSession } from '../../src/session/UserSession.js';
import { clientOf, firstValues, startSimulator } from './harness.js';

/** Waits until the simulator has answered a WebSocket API request of `method` beyond the first `after` of them. */
/** A small buy well under the market: accepted, resting, never filled. */
const RESTING_BUY = {
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'LIMIT',
  quantity: '0.001',
  price: '60000',
  timeInForce: 'GTC',
} as const;

async function wsApiRequest(sim: BinanceSimulator, method: string, after = 0): Promise<void> {
  const seen = (): number => sim.wsApi.requestLog().filter((entry) => entry.method === method).length;
  if (seen() > after) return;
  await new Promise<void>((resolve) => {
    const check = (): void => {
      if (seen() <= after) return;
      sim.wsApi.events.off('request', check);
      resolve();
    };
    sim.wsApi.events.on('request', check);
  });
}

describe('user data over the WebSocket API', function () {
  this.timeout(30_000);
  let sim: BinanceSimulator;
  let binance: Binance;
  const subscriptions: Subscription[] = [];

  beforeEach(async () => {
    // A small minimum notional lets a one-step stop order exist (for the rejection after acceptance).
    const btc = DEFAULT_SYMBOLS.find((s) => s.symbol === 'BTCUSDT');
    sim = await startSimulator({ symbols: [{ ...(btc as NonNullable<typeof btc>), minNotional: '0.1' }] });
    binance = clientOf(sim);
  });

  afterEach(async () => {
    for (const subscription of subscriptions.splice(0)) subscription.unsubscribe();
    binance.close();
    await sim.close();
  });

  function connect(userId: string, keyType: 'HMAC' | 'ED25519' | 'RSA', balances: Record<string, string>): UserSession {
    return binance.users.connect(userId, sim.accounts.create({ balances, keyType }).credentials);
  }

  /** Starts recording `session`'s execution reports, once its subscription is live. */
  async function record(session: UserSession): Promise<ExecutionReport[]> {
    const reports: ExecutionReport[] = [];
    subscriptions.push(session.executions$.subscribe((report) => reports.push(report)));
    await wsApiRequest(
      sim,
      session.keyType === 'ED25519' ? 'userDataStream.subscribe' : 'userDataStream.subscribe.signature',
    );
    return reports;
  }

  async function reportsUntil(session: UserSession, count: number): Promise<void> {
    await firstValues(session.executions$, count, 'execution reports');
  }

  it("delivers every step of an order's life: new, partial fill, fill, cancel, expiry — with the right fields", async () => {
    const alice = connect('alice', 'HMAC', { USDT: '10000' });
    const bob = connect('bob', 'HMAC', { BTC: '1' });
    const reports = await record(alice);
    const positions: unknown[] = [];
    subscriptions.push(alice.balances$.subscribe((b) => positions.push(b)));
    const book = await firstValueFrom(binance.market.bookTicker('BTCUSDT'));
    // The highest bid that cannot cross: alone at the top of the book, so Bob's sells at that price fill Alice.
    const price = book.askPrice.minus('0.01').toFixed(2);
    const bid = await firstValueFrom(
      alice.placeOrder({
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'LIMIT',
        quantity: '0.002',
        price,
        timeInForce: 'GTC',
        newClientOrderId: 'alice-1',
      }),
    );
    const sell = {
      symbol: 'BTCUSDT',
      side: 'SELL',
      type: 'LIMIT',
      quantity: '0.001',
      price,
      timeInForce: 'IOC',
    } as const;
    await firstValueFrom(bob.placeOrder(sell));
    await firstValueFrom(bob.placeOrder(sell));
    const rest = await firstValueFrom(alice.placeOrder(RESTING_BUY));
    await firstValueFrom(alice.cancelOrder('BTCUSDT', rest.orderId));
    await firstValueFrom(
      alice.placeOrder({
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'LIMIT',
        quantity: '0.001',
        price: '60000',
        timeInForce: 'IOC',
      }),
    );
    if (reports.length < 7) await firstValues(alice.executions$, 7 - reports.length, 'the last execution reports');

    const steps = reports.map((r) => `${r.executionType}/${r.orderStatus}`);
    expect(steps).to.deep.equal([
      'NEW/NEW',
      'TRADE/PARTIALLY_FILLED',
      'TRADE/FILLED',
      'NEW/NEW',
      'CANCELED/CANCELED',
      'NEW/NEW',
      'EXPIRED/EXPIRED',
    ]);
    const [created, partial, filled] = reports as [ExecutionReport, ExecutionReport, ExecutionReport];
    expect(created).to.deep.include({
      symbol: 'BTCUSDT',
      clientOrderId: 'alice-1',
      side: 'BUY',
      orderType: 'LIMIT',
      timeInForce: 'GTC',
    });
    expect(created.orderId).to.equal(bid.orderId);
    expect(created.price.isEqualTo(price)).to.equal(true);
    expect(created.quantity.isEqualTo('0.002')).to.equal(true);
    expect(created.isOnBook).to.equal(true);
    expect(partial.lastExecutedQuantity.isEqualTo('0.001')).to.equal(true);
    expect(partial.lastExecutedPrice.isEqualTo(price)).to.equal(true);
    expect(partial.cumulativeFilledQuantity.isEqualTo('0.001')).to.equal(true);
    expect(partial.isMaker).to.equal(true);
    expect(partial.tradeId).to.be.a('bigint');
    expect(partial.commissionAsset).to.equal('BTC');
    expect(partial.commission.isGreaterThan(0)).to.equal(true);
    expect(filled.cumulativeFilledQuantity.isEqualTo('0.002')).to.equal(true);
    expect(filled.cumulativeQuoteQuantity.isEqualTo(new BigNumber(price).times('0.002'))).to.equal(true);
    expect(filled.averagePrice?.isEqualTo(price)).to.equal(true);
    expect(reports[4]?.originalClientOrderId).to.equal(rest.clientOrderId);
    expect(positions.length).to.be.greaterThan(0);
  });

  it('reports an order rejected after acceptance (a triggered stop that cannot be paid)', async () => {
    const book = await firstValueFrom(binance.market.bookTicker('BTCUSDT'));
    const stop = book.askPrice.plus('0.50').toFixed(2);
    // Exactly enough quote to lock one step at the stop price: any fill above it cannot be paid.
    const alice = connect('alice', 'HMAC', { USDT: new BigNumber(stop).times('0.00001').toFixed() });
    const bob = connect('bob', 'HMAC', { USDT: '1000000' });
    const reports = await record(alice);
    await firstValueFrom(
      alice.placeOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'STOP_LOSS', quantity: '0.00001', stopPrice: stop }),
    );
    // Bob sweeps the asks up to just above the stop: the last price crosses it, and nothing is left at it.
    await firstValueFrom(
      bob.placeOrder({
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'LIMIT',
        quantity: '0.02',
        price: new BigNumber(stop).plus(1).toFixed(2),
        timeInForce: 'IOC',
      }),
    );
    if (reports.length < 2) await reportsUntil(alice, 2 - reports.length);
    const rejected = reports.find((r) => r.executionType === 'REJECTED');
    expect(rejected?.orderStatus).to.equal('REJECTED');
    expect(rejected?.rejectReason).to.equal('INSUFFICIENT_BALANCES');
  });

  it('logs on with an Ed25519 key, and signs each subscription with HMAC and RSA keys', async () => {
    const ed = connect('ed', 'ED25519', { USDT: '1000' });
    const rsa = connect('rsa', 'RSA', { USDT: '1000' });
    const hmac = connect('hmac', 'HMAC', { USDT: '1000' });
    for (const session of [ed, rsa, hmac]) await record(session);
    await wsApiRequest(sim, 'userDataStream.subscribe.signature', 1);
    const methods = sim.wsApi.requestLog().map((entry) => entry.method);
    expect(methods.filter((m) => m === 'session.logon')).to.have.length(1);
    expect(methods.filter((m) => m === 'userDataStream.subscribe')).to.have.length(1);
    expect(methods.filter((m) => m === 'userDataStream.subscribe.signature')).to.have.length(2);
    expect(sim.wsApi.connections().filter((c) => c.closedAt === undefined)).to.have.length(1);
    for (const session of [ed, rsa, hmac]) {
      const events = firstValueFrom(session.executions$);
      await firstValueFrom(session.placeOrder(RESTING_BUY));
      expect((await events).executionType, session.userId).to.equal('NEW');
    }
  });

  it('comes back after the WebSocket API socket is dropped, subscribed again before anything else', async () => {
    const alice = connect('alice', 'ED25519', { USDT: '1000' });
    const reports = await record(alice);
    expect(sim.faults.dropWsApiConnections()).to.equal(1);
    await wsApiRequest(sim, 'userDataStream.subscribe', 1);
    const logons = sim.wsApi.requestLog().filter((entry) => entry.method === 'session.logon');
    expect(logons).to.have.length(2);
    await firstValueFrom(alice.placeOrder(RESTING_BUY));
    if (reports.length < 1) await reportsUntil(alice, 1);
    expect(reports[0]?.executionType).to.equal('NEW');
    expect(binance.health('userData').status).to.equal('healthy');
  });

  it('ends userData$ with an error when the key is revoked, not with silence', async () => {
    const { credentials, apiKey } = sim.accounts.create({ balances: { USDT: '1000' }, keyType: 'ED25519' });
    const alice = binance.users.connect('alice', credentials);
    const errors: ExchangeError[] = [];
    subscriptions.push(binance.errors$.subscribe((e) => errors.push(e)));
    const ended = new Promise<ExchangeError>((resolve) => {
      subscriptions.push(alice.userData$.subscribe({ error: (e: ExchangeError) => resolve(e) }));
    });
    await wsApiRequest(sim, 'userDataStream.subscribe');
    sim.accounts.revoke(apiKey);
    const error = await ended;
    expect(['auth', 'stream']).to.include(error.category);
    expect(errors).to.include(error);
    expect(binance.health('userData').status).to.equal('unhealthy');
  });

  it('unsubscribes when the last subscriber leaves, and a later subscriber subscribes again', async () => {
    const alice = connect('alice', 'HMAC', { USDT: '1000' });
    const first = alice.userData$.subscribe();
    const second = alice.userData$.subscribe();
    await wsApiRequest(sim, 'userDataStream.subscribe.signature');
    first.unsubscribe();
    second.unsubscribe();
    await wsApiRequest(sim, 'userDataStream.unsubscribe');
    const again = firstValues(
      alice.executions$.pipe(filter((r) => r.executionType === 'NEW')),
      1,
      'a report after subscribing again',
    );
    await wsApiRequest(sim, 'userDataStream.subscribe.signature', 1);
    await firstValueFrom(alice.placeOrder(RESTING_BUY));
    expect((await again)[0]?.orderStatus).to.equal('NEW');
    const subscribes = sim.wsApi.requestLog().filter((entry) => entry.method === 'userDataStream.subscribe.signature');
    expect(subscribes).to.have.length(2);
  });

  it('closing the session completes its user data streams', async () => {
    const alice = connect('alice', 'HMAC', { USDT: '1000' });
    const done = firstValueFrom(alice.userData$.pipe(take(1000), toArray()));
    await wsApiRequest(sim, 'userDataStream.subscribe.signature');
    binance.users.disconnect('alice');
    expect(await done).to.be.an('array');
  });
});
