import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import { firstValueFrom, type Subscription } from 'rxjs';
import type { Binance } from '../../src/Binance.js';
import type { ExchangeError } from '../../src/errors/ExchangeError.js';
import type { ExecutionReport } from '../../src/models/ExecutionReport.js';
import type { BinanceSimulator } from '../../src/simulator/BinanceSimulator.js';
import type { SessionConfig } from '../../src/session/SessionConfig.js';
import type { UserSession } from '../../src/session/UserSession.js';
import { setDefaultSignerFactory } from '../../src/signing/createSigner.js';
import { clientOf, firstError, firstValues, startSimulator } from './harness.js';

const LIMIT_BUY = {
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'LIMIT',
  quantity: '0.01',
  price: '60000',
  timeInForce: 'GTC',
} as const;

/** A small MARKET buy with a chosen client order id, to find it at the simulator afterwards. */
const marketBuy = (newClientOrderId: string) =>
  ({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001', newClientOrderId }) as const;

describe('orders over the WebSocket API', function () {
  this.timeout(30_000);
  let sim: BinanceSimulator;
  let binance: Binance;
  const subscriptions: Subscription[] = [];
  const cleanups: (() => void)[] = [];

  beforeEach(async () => {
    sim = await startSimulator({ symbols: ['BTCUSDT', 'ETHUSDT'] });
    binance = clientOf(sim, { trading: { orderApi: 'websocket' } });
    // A trap for the REST order endpoint: any request to it would be answered 500 and counted.
    sim.tradingFaults.forceStatus({
      path: '/api/v3/order',
      status: 500,
      body: { code: -1000, msg: 'the REST order endpoint was used' },
      times: 1_000,
    });
  });

  afterEach(async () => {
    for (const subscription of subscriptions.splice(0)) subscription.unsubscribe();
    for (const cleanup of cleanups.splice(0)) cleanup();
    binance.close();
    await sim.close();
  });

  function connect(
    userId: string,
    balances: Record<string, string> = { USDT: '100000', BTC: '1' },
    config?: SessionConfig,
    client: Binance = binance,
  ): UserSession {
    return client.users.connect(userId, sim.accounts.create({ balances }).credentials, config);
  }

  /** The WebSocket API requests of `method` the simulator has answered, optionally for one client order id. */
  function wsApiRequests(method: string, clientOrderId?: string): Readonly<Record<string, unknown>>[] {
    return sim.wsApi
      .requestLog()
      .filter((entry) => entry.method === method)
      .map((entry) => entry.params)
      .filter(
        (params) =>
          clientOrderId === undefined ||
          params['newClientOrderId'] === clientOrderId ||
          params['origClientOrderId'] === clientOrderId,
      );
  }

  /** Resolves once the simulator has answered a WebSocket API request of `method`. */
  function wsApiRequest(method: string): Promise<void> {
    return new Promise<void>((resolve) => {
      const check = (): void => {
        if (wsApiRequests(method).length === 0) return;
        sim.wsApi.events.off('request', check);
        resolve();
      };
      sim.wsApi.events.on('request', check);
      check();
    });
  }

  /** Runs `fault` synchronously when the exchange accepts the order `clientOrderId`: before its answer is written. */
  function onAccepted(clientOrderId: string, fault: () => void): void {
    const listener = (_account: string, event: unknown): void => {
      const report = event as { readonly e?: string; readonly c?: string; readonly x?: string };
      if (report.e !== 'executionReport' || report.c !== clientOrderId || report.x !== 'NEW') return;
      sim.exchange.events.off('user', listener);
      fault();
    };
    sim.exchange.events.on('user', listener);
    cleanups.push(() => sim.exchange.events.off('user', listener));
  }

  function expectNoRestOrderRequests(): void {
    expect(sim.tradingFaults.stats().forcedReplies, 'REST /api/v3/order requests').to.equal(0);
  }

  it('places a LIMIT order: it is open, counted, and its execution report arrives on executions$', async () => {
    const alice = connect('alice');
    const reports: ExecutionReport[] = [];
    subscriptions.push(alice.executions$.subscribe((report) => reports.push(report)));
    await wsApiRequest('userDataStream.subscribe.signature');

    const placed = await firstValueFrom(alice.placeOrder(LIMIT_BUY));
    expect(placed.status).to.equal('NEW');
    expect(placed.isOpen).to.equal(true);
    expect(placed.price.isEqualTo('60000')).to.equal(true);
    expect(placed.quantity.isEqualTo('0.01')).to.equal(true);
    expect(placed.fills).to.deep.equal([]);
    expect((await firstValueFrom(alice.openOrders('BTCUSDT'))).map((o) => o.orderId)).to.deep.equal([placed.orderId]);
    if (reports.length === 0) await firstValues(alice.executions$, 1, 'the execution report');
    expect(reports.map((r) => [r.orderId, r.clientOrderId, r.executionType])).to.deep.equal([
      [placed.orderId, placed.clientOrderId, 'NEW'],
    ]);

    // Sent once, signed, with the session's client order id and FULL answer.
    const [sent, ...more] = wsApiRequests('order.place');
    expect(more).to.deep.equal([]);
    expect(sent).to.include({
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      quantity: '0.01',
      price: '60000',
      newClientOrderId: placed.clientOrderId,
      newOrderRespType: 'FULL',
    });
    expect(sent).to.have.property('apiKey').that.is.a('string');
    expect(sent).to.have.property('timestamp').that.is.a('number');
    expectNoRestOrderRequests();
  });

  it('places a MARKET order that fills, with FULL fills that add up and move the balances', async () => {
    const created = sim.accounts.create({ balances: { USDT: '100000' } });
    const alice = binance.users.connect('alice', created.credentials);
    const bought = await firstValueFrom(
      alice.placeOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.002' }),
    );
    expect(bought.status).to.equal('FILLED');
    expect(bought.fills.length).to.be.greaterThan(0);
    const filled = bought.fills.reduce((sum, f) => sum.plus(f.quantity), new BigNumber(0));
    expect(filled.isEqualTo('0.002')).to.equal(true);
    expect(bought.executedQuantity.isEqualTo('0.002')).to.equal(true);
    const quote = bought.fills.reduce((sum, f) => sum.plus(f.price.times(f.quantity)), new BigNumber(0));
    expect(bought.cumulativeQuoteQuantity?.isEqualTo(quote)).to.equal(true);
    const commission = bought.fills.reduce((sum, f) => sum.plus(f.commission), new BigNumber(0));
    const btc = sim.accounts.balances(created.accountId)['BTC'];
    expect(new BigNumber(btc?.free ?? '0').isEqualTo(filled.minus(commission))).to.equal(true);
    expect(wsApiRequests('order.place')).to.have.length(1);
    expectNoRestOrderRequests();
  });

  it('cancels by order id and by client order id', async () => {
    const alice = connect('alice');
    const first = await firstValueFrom(alice.placeOrder(LIMIT_BUY));
    const second = await firstValueFrom(alice.placeOrder({ ...LIMIT_BUY, newClientOrderId: 'ws-cancel-2' }));
    expect(await firstValueFrom(alice.openOrders('BTCUSDT'))).to.have.length(2);

    const byId = await firstValueFrom(alice.cancelOrder('BTCUSDT', first.orderId));
    expect(byId.status).to.equal('CANCELED');
    expect(byId.orderId).to.equal(first.orderId);
    expect(byId.origClientOrderId).to.equal(first.clientOrderId);
    const byClientId = await firstValueFrom(alice.cancelOrder('btcusdt', { clientOrderId: 'ws-cancel-2' }));
    expect(byClientId.status).to.equal('CANCELED');
    expect(byClientId.orderId).to.equal(second.orderId);
    expect(byClientId.origClientOrderId).to.equal('ws-cancel-2');

    expect(await firstValueFrom(alice.openOrders('BTCUSDT'))).to.deep.equal([]);
    expect(wsApiRequests('order.cancel').map((p) => p['orderId'] ?? p['origClientOrderId'])).to.deep.equal([
      first.orderId.toString(),
      'ws-cancel-2',
    ]);
    // A cancel of an order that is gone is the same not-found error as over REST.
    const gone = await firstError(alice.cancelOrder('BTCUSDT', first.orderId));
    expect(gone.code).to.equal(-2011);
    expect(gone.category).to.equal('not-found');
    expectNoRestOrderRequests();
  });

  it('looks an order up by order id and by client order id', async () => {
    const alice = connect('alice');
    const placed = await firstValueFrom(alice.placeOrder(LIMIT_BUY));
    const byId = await firstValueFrom(alice.getOrder('BTCUSDT', placed.orderId));
    const byClientId = await firstValueFrom(alice.getOrder('btcusdt', { clientOrderId: placed.clientOrderId }));
    for (const order of [byId, byClientId]) {
      expect(order.orderId).to.equal(placed.orderId);
      expect(order.clientOrderId).to.equal(placed.clientOrderId);
      expect(order.status).to.equal('NEW');
      expect(order.price.isEqualTo('60000')).to.equal(true);
    }
    expect(wsApiRequests('order.status')).to.have.length(2);
    const missing = await firstError(alice.getOrder('BTCUSDT', { clientOrderId: 'never-placed' }));
    expect(missing.category).to.equal('not-found');
    expectNoRestOrderRequests();
  });

  it('refuses an order that breaks a filter before sending it: nothing arrives at the WebSocket API', async () => {
    const alice = connect('alice');
    await firstValueFrom(alice.placeOrder(LIMIT_BUY)); // warm up: exchangeInfo and the open-order count
    const before = sim.wsApi.requestLog().length;
    const error = await firstError(alice.placeOrder({ ...LIMIT_BUY, quantity: '0.000001' }));
    expect(error.category).to.equal('validation');
    expect(error.code).to.equal(-1013);
    expect(error.details)
      .to.match(/LOT_SIZE/)
      .and.to.match(/stepSize/);
    expect(sim.wsApi.requestLog().slice(before)).to.deep.equal([]);
    expect(wsApiRequests('order.place')).to.have.length(1);
    expectNoRestOrderRequests();
  });

  it('classifies a server-side rejection (-2010, insufficient balance) exactly as over REST', async () => {
    const poor = { USDT: '10' };
    const overWs = await firstError(connect('alice', poor).placeOrder(LIMIT_BUY));
    expect(wsApiRequests('order.place')).to.have.length(1);
    expectNoRestOrderRequests();
    sim.tradingFaults.clear(); // lift the REST trap for the comparison
    const overRest = await firstError(connect('bob', poor, { orderApi: 'rest' }).placeOrder(LIMIT_BUY));
    expect(wsApiRequests('order.place')).to.have.length(1);

    expect(overWs.code).to.equal(-2010);
    expect(overWs.category).to.equal('rejected');
    expect(overWs.retryable).to.equal(false);
    expect(overWs.userMessage).to.match(/balance/i);
    const facts = (e: ExchangeError) => ({
      category: e.category,
      code: e.code,
      status: e.status,
      reason: e.reason,
      retryable: e.retryable,
      severity: e.severity,
      userMessage: e.userMessage,
      suggestions: e.suggestions,
    });
    expect(facts(overWs)).to.deep.equal(facts(overRest));
  });

  it('recovers from a -1021 under a skewed server clock with one resync and one retry: one order', async () => {
    // No filter checks: their REST lookups would meet the -1021 first and resync the clock before the order.
    const alice = connect('alice', undefined, { validateFilters: false });
    await firstValueFrom(alice.account()); // the clock is synced now
    sim.tradingFaults.skewClock(-4_000); // our timestamps now look 4 s in the future to the server
    const placed = await firstValueFrom(
      alice.placeOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' }),
    );
    expect(placed.status).to.equal('FILLED');
    // The refused request and its one retry, which only passes because the clock was resynced between them.
    expect(wsApiRequests('order.place', placed.clientOrderId)).to.have.length(2);
    expect(await firstValueFrom(alice.orderHistory('BTCUSDT'))).to.have.length(1);
    expectNoRestOrderRequests();
  });

  it('after a 503 -1007 on an executed order, looks it up over the WebSocket API and reports it filled', async () => {
    const alice = connect('alice');
    const clientOrderId = 'ws-unknown-503';
    sim.tradingFaults.failNextOrder({ status: 503, afterExecution: true });
    const order = await firstValueFrom(alice.placeOrder(marketBuy(clientOrderId)));
    expect(order.status).to.equal('FILLED');
    expect(order.clientOrderId).to.equal(clientOrderId);
    expect(sim.tradingFaults.stats().failedOrders).to.equal(1);
    expect(wsApiRequests('order.place', clientOrderId)).to.have.length(1);
    expect(wsApiRequests('order.status', clientOrderId).length).to.be.at.least(1);
    const history = await firstValueFrom(alice.orderHistory('BTCUSDT'));
    expect(history.filter((o) => o.clientOrderId === clientOrderId)).to.have.length(1);
    expectNoRestOrderRequests();
  });

  it('when the connection drops as the order is accepted, reconciles after reconnecting: one FILLED order', async () => {
    const alice = connect('alice');
    await firstValueFrom(alice.openOrders('BTCUSDT')); // warm up the REST side, so the drop hits the placement
    const clientOrderId = 'ws-dropped-1';
    let dropped = 0;
    onAccepted(clientOrderId, () => {
      dropped = sim.faults.dropWsApiConnections();
    });
    const order = await firstValueFrom(alice.placeOrder(marketBuy(clientOrderId)));
    expect(dropped).to.equal(1);
    expect(order.status).to.equal('FILLED');
    expect(order.clientOrderId).to.equal(clientOrderId);
    expect(order.executedQuantity.isEqualTo('0.001')).to.equal(true);
    // Never sent twice; looked up on a new connection.
    expect(wsApiRequests('order.place', clientOrderId)).to.have.length(1);
    const lookups = sim.wsApi
      .requestLog()
      .filter((entry) => entry.method === 'order.status' && entry.params['origClientOrderId'] === clientOrderId);
    expect(lookups.length).to.be.at.least(1);
    expect(lookups.every((entry) => entry.connectionId > 1)).to.equal(true);
    const history = await firstValueFrom(alice.orderHistory('BTCUSDT'));
    expect(history.filter((o) => o.clientOrderId === clientOrderId)).to.have.length(1);
    expect(history).to.have.length(1);
    expectNoRestOrderRequests();
  });

  it('when the connection stalls as the order is accepted, times out, reconnects and reports the open order', async () => {
    // Short timeouts so that the lost answer and the dead connection are noticed within the test's time.
    const impatient = clientOf(sim, {
      trading: { orderApi: 'websocket' },
      market: { requestTimeoutMs: 800, staleAfterMs: 1_600 },
    });
    cleanups.push(() => impatient.close());
    const alice = connect('alice', undefined, undefined, impatient);
    await firstValueFrom(alice.openOrders('BTCUSDT'));
    const clientOrderId = 'ws-stalled-1';
    let stalled = 0;
    onAccepted(clientOrderId, () => {
      stalled = sim.faults.stallWsApi();
    });
    const order = await firstValueFrom(alice.placeOrder({ ...LIMIT_BUY, newClientOrderId: clientOrderId }));
    expect(stalled).to.equal(1);
    expect(order.status).to.equal('NEW');
    expect(order.isOpen).to.equal(true);
    expect(order.clientOrderId).to.equal(clientOrderId);
    expect(wsApiRequests('order.place', clientOrderId)).to.have.length(1);
    const open = await firstValueFrom(alice.openOrders('BTCUSDT'));
    expect(open.map((o) => o.clientOrderId)).to.deep.equal([clientOrderId]);
    expect(sim.wsApi.connections().length).to.be.at.least(2);
    expectNoRestOrderRequests();
  });

  it('signs with an asynchronous (WebCrypto) signer as well as with the synchronous one of the Node entry', async () => {
    // Sessions made while no platform factory is set sign through WebCrypto's promise, as in a browser.
    const previous = setDefaultSignerFactory(undefined);
    let alice: UserSession;
    try {
      alice = connect('alice');
    } finally {
      setDefaultSignerFactory(previous);
    }
    const bob = connect('bob');
    const placed = await firstValueFrom(alice.placeOrder({ ...LIMIT_BUY, newClientOrderId: 'ws-webcrypto-1' }));
    const other = await firstValueFrom(bob.placeOrder({ ...LIMIT_BUY, newClientOrderId: 'ws-node-1' }));
    expect([placed.status, other.status]).to.deep.equal(['NEW', 'NEW']);
    expect(wsApiRequests('order.place', 'ws-webcrypto-1')).to.have.length(1);
    expect(wsApiRequests('order.place', 'ws-node-1')).to.have.length(1);
    expectNoRestOrderRequests();
  });

  it('uses REST when the session asks for it, even if the client default is the WebSocket API', async () => {
    sim.tradingFaults.clear();
    const alice = connect('alice', undefined, { orderApi: 'rest' });
    const before = sim.restStats().requests;
    const placed = await firstValueFrom(alice.placeOrder(LIMIT_BUY));
    await firstValueFrom(alice.getOrder('BTCUSDT', placed.orderId));
    await firstValueFrom(alice.cancelOrder('BTCUSDT', placed.orderId));
    expect(sim.restStats().requests - before).to.be.at.least(3);
    expect(wsApiRequests('order.place')).to.deep.equal([]);
    expect(wsApiRequests('order.status')).to.deep.equal([]);
    expect(wsApiRequests('order.cancel')).to.deep.equal([]);
  });
});
