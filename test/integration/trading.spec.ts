import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import { firstValueFrom, forkJoin, lastValueFrom } from 'rxjs';
import type { Binance } from '../../src/Binance.js';
import type { BinanceSimulator } from '../../src/simulator/BinanceSimulator.js';
import { clientOf, firstError, startSimulator } from './harness.js';

describe('trading against the simulator', function () {
  this.timeout(30_000);
  let sim: BinanceSimulator;
  let binance: Binance;

  beforeEach(async () => {
    sim = await startSimulator({ symbols: ['BTCUSDT', 'ETHUSDT'] });
    binance = clientOf(sim);
  });

  afterEach(async () => {
    binance.close();
    await sim.close();
  });

  function account(
    keyType: 'HMAC' | 'ED25519' | 'RSA' = 'HMAC',
    balances: Record<string, string> = { USDT: '100000', BTC: '1', ETH: '10' },
  ) {
    return sim.accounts.create({ balances, keyType });
  }

  for (const keyType of ['HMAC', 'ED25519', 'RSA'] as const) {
    it(`places, queries and cancels a LIMIT order with an ${keyType} key`, async () => {
      const { credentials } = account(keyType);
      const alice = binance.users.connect('alice', credentials);
      const placed = await firstValueFrom(
        alice.placeOrder({
          symbol: 'BTCUSDT',
          side: 'BUY',
          type: 'LIMIT',
          quantity: '0.01',
          price: '60000',
          timeInForce: 'GTC',
        }),
      );
      expect(placed.status).to.equal('NEW');
      expect(placed.price.isEqualTo('60000')).to.equal(true);
      expect(placed.clientOrderId).to.match(/^ce_/);
      const byId = await firstValueFrom(alice.getOrder('BTCUSDT', placed.orderId));
      const byClientId = await firstValueFrom(alice.getOrder('btcusdt', { clientOrderId: placed.clientOrderId }));
      expect(byId.orderId).to.equal(placed.orderId);
      expect(byClientId.orderId).to.equal(placed.orderId);
      expect((await firstValueFrom(alice.openOrders('BTCUSDT'))).map((o) => o.orderId)).to.deep.equal([placed.orderId]);
      const locked = (await firstValueFrom(alice.balances())).find((b) => b.asset === 'USDT');
      expect(locked?.locked.isEqualTo('600')).to.equal(true);
      const cancelled = await firstValueFrom(alice.cancelOrder('BTCUSDT', { clientOrderId: placed.clientOrderId }));
      expect(cancelled.status).to.equal('CANCELED');
      expect(cancelled.origClientOrderId).to.equal(placed.clientOrderId);
      expect(await firstValueFrom(alice.openOrders('BTCUSDT'))).to.deep.equal([]);
    });
  }

  it('places MARKET orders by quantity and by quote amount, with fills and commissions, and moves the balances', async () => {
    const { credentials, accountId } = account();
    const alice = binance.users.connect('alice', credentials);
    const bought = await firstValueFrom(
      alice.placeOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.002' }),
    );
    expect(bought.status).to.equal('FILLED');
    expect(bought.fills.length).to.be.greaterThan(0);
    const filled = bought.fills.reduce((sum, f) => sum.plus(f.quantity), new BigNumber(0));
    expect(filled.isEqualTo('0.002')).to.equal(true);
    expect(bought.fills.every((f) => f.commissionAsset === 'BTC')).to.equal(true);
    const spent = await firstValueFrom(
      alice.placeOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quoteOrderQty: '100' }),
    );
    expect(spent.status).to.equal('FILLED');
    expect(spent.cumulativeQuoteQuantity?.isLessThanOrEqualTo('100')).to.equal(true);
    const btc = sim.accounts.balances(accountId)['BTC'];
    const commission = [...bought.fills, ...spent.fills].reduce((sum, f) => sum.plus(f.commission), new BigNumber(0));
    expect(
      new BigNumber(btc?.free ?? '0').isEqualTo(
        new BigNumber(1).plus(filled).plus(spent.executedQuantity).minus(commission),
      ),
    ).to.equal(true);
    const trades = await firstValueFrom(alice.myTrades('BTCUSDT'));
    expect(trades.length).to.equal(bought.fills.length + spent.fills.length);
    expect(trades.every((t) => t.isBuyer)).to.equal(true);
  });

  it('answers ACK, RESULT and FULL as asked', async () => {
    const alice = binance.users.connect('alice', account().credentials);
    const order = {
      symbol: 'BTCUSDT',
      side: 'SELL',
      type: 'LIMIT',
      quantity: '0.001',
      price: '90000',
      timeInForce: 'GTC',
    } as const;
    const ack = await firstValueFrom(alice.placeOrder({ ...order, newOrderRespType: 'ACK' }));
    expect(ack).to.not.have.property('status');
    expect(ack.orderId).to.be.a('bigint');
    const result = await firstValueFrom(alice.placeOrder({ ...order, newOrderRespType: 'RESULT' }));
    expect(result.status).to.equal('NEW');
    expect(result.fills).to.deep.equal([]);
    const full = await firstValueFrom(alice.placeOrder({ ...order, newOrderRespType: 'FULL' }));
    expect(full.status).to.equal('NEW');
    const cancelled = await firstValueFrom(alice.cancelAll('BTCUSDT'));
    expect(cancelled.map((o) => o.orderId).sort()).to.deep.equal([ack.orderId, result.orderId, full.orderId].sort());
  });

  it('places every order type Binance accepts', async () => {
    const alice = binance.users.connect('alice', account().credentials);
    const base = { symbol: 'BTCUSDT', quantity: '0.001' } as const;
    const orders = [
      { ...base, side: 'BUY', type: 'LIMIT_MAKER', price: '50000' },
      { ...base, side: 'SELL', type: 'STOP_LOSS', stopPrice: '50000' },
      { ...base, side: 'SELL', type: 'STOP_LOSS_LIMIT', stopPrice: '50000', price: '49000', timeInForce: 'GTC' },
      { ...base, side: 'SELL', type: 'TAKE_PROFIT', stopPrice: '90000' },
      { ...base, side: 'SELL', type: 'TAKE_PROFIT_LIMIT', stopPrice: '90000', price: '91000', timeInForce: 'GTC' },
      {
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'LIMIT',
        quantity: '0.01',
        icebergQty: '0.002',
        price: '50000',
        timeInForce: 'GTC',
      },
    ] as const;
    for (const order of orders) {
      const placed = await firstValueFrom(alice.placeOrder(order));
      expect(placed.type, order.type).to.equal(order.type);
      expect(placed.isOpen, order.type).to.equal(true);
    }
    expect(await firstValueFrom(alice.openOrders('BTCUSDT'))).to.have.length(orders.length);
    await firstValueFrom(alice.testOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' }), {
      defaultValue: undefined,
    });
    const history = await firstValueFrom(alice.orderHistory('BTCUSDT'));
    expect(history).to.have.length(orders.length);
    const accountInfo = await firstValueFrom(alice.account());
    expect(accountInfo.canTrade).to.equal(true);
  });

  it('refuses an order that breaks a filter before sending it, naming the filter and the allowed values', async () => {
    const alice = binance.users.connect('alice', account().credentials);
    await firstValueFrom(alice.openOrders('BTCUSDT')); // warm up: exchangeInfo is fetched once
    const before = sim.restStats().requests;
    const error = await firstError(
      alice.placeOrder({
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'LIMIT',
        quantity: '0.000001',
        price: '60000',
        timeInForce: 'GTC',
      }),
    );
    expect(error.category).to.equal('validation');
    expect(error.code).to.equal(-1013);
    expect(error.details)
      .to.match(/LOT_SIZE/)
      .and.to.match(/stepSize/);
    const tick = await firstError(
      alice.placeOrder({
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'LIMIT',
        quantity: '0.001',
        price: '60000.001',
        timeInForce: 'GTC',
      }),
    );
    expect(tick.details).to.match(/PRICE_FILTER|precision/i);
    // Nothing was sent for either order (the average price, if needed, may have been fetched once).
    expect(sim.restStats().requests - before).to.be.at.most(1);
  });

  it('reports an order the server rejects as a classified error (insufficient balance)', async () => {
    const alice = binance.users.connect('alice', account('HMAC', { USDT: '10' }).credentials);
    const error = await firstError(
      alice.placeOrder({
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'LIMIT',
        quantity: '0.01',
        price: '60000',
        timeInForce: 'GTC',
      }),
    );
    expect(error.code).to.equal(-2010);
    expect(error.category).to.equal('rejected');
    expect(error.userMessage).to.match(/balance/i);
    expect(error.retryable).to.equal(false);
  });

  it('after a 503 on an executed order, looks it up and reports it filled: exactly one order exists', async () => {
    const alice = binance.users.connect('alice', account().credentials);
    const clientOrderId = 'unknown-outcome-1';
    sim.tradingFaults.failNextOrder({ status: 503, afterExecution: true });
    const order = await firstValueFrom(
      alice.placeOrder({
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'MARKET',
        quantity: '0.001',
        newClientOrderId: clientOrderId,
      }),
    );
    expect(order.status).to.equal('FILLED');
    expect(order.clientOrderId).to.equal(clientOrderId);
    const history = await firstValueFrom(alice.orderHistory('BTCUSDT'));
    expect(history.filter((o) => o.clientOrderId === clientOrderId)).to.have.length(1);
    expect(sim.tradingFaults.stats().failedOrders).to.equal(1);
  });

  it('after a 503 on an order that was not executed, says it was most likely not placed and never resends it', async () => {
    const alice = binance.users.connect('alice', account().credentials, {
      reconcile: { attempts: 2, initialDelayMs: 20 },
    });
    sim.tradingFaults.failNextOrder({ status: 503, afterExecution: false });
    const error = await firstError(
      alice.placeOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' }),
    );
    expect(error.category).to.equal('unknown-outcome');
    expect(error.details).to.match(/2 lookups/);
    expect(await firstValueFrom(alice.orderHistory('BTCUSDT'))).to.deep.equal([]);
  });

  it('recovers from a -1021 under a skewed server clock with one resync and one retry', async () => {
    const alice = binance.users.connect('alice', account().credentials);
    await firstValueFrom(alice.account()); // the clock is synced now
    sim.tradingFaults.skewClock(-4_000); // the server now runs 4 s behind: our timestamps look 4 s in the future
    const before = sim.restStats().requests;
    const balances = await firstValueFrom(alice.balances());
    expect(balances.length).to.be.greaterThan(0);
    // The refused request, one GET /api/v3/time, and the one retry: nothing more.
    expect(sim.restStats().requests - before).to.equal(3);
    const placed = await firstValueFrom(
      alice.placeOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' }),
    );
    expect(placed.status).to.equal('FILLED');
  });

  it('pauses every request after a 429 until Retry-After: nothing arrives meanwhile', async () => {
    const alice = binance.users.connect('alice', account().credentials);
    await firstValueFrom(alice.account());
    sim.tradingFaults.forceStatus({
      path: '/api/v3/order',
      method: 'POST',
      status: 429,
      retryAfterSeconds: 1,
      body: { code: -1003, msg: 'Too much request weight used; current limit is 6000 request weight per 1 MINUTE.' },
    });
    const limited = await firstError(
      alice.placeOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' }),
    );
    expect(limited.category).to.equal('rate-limit');
    expect(limited.retryAfter).to.be.a('number');
    const started = Date.now();
    const [accountInfo, open] = await lastValueFrom(forkJoin([alice.account(), alice.openOrders('BTCUSDT')]));
    expect(accountInfo.canTrade).to.equal(true);
    expect(open).to.deep.equal([]);
    expect(Date.now() - started).to.be.at.least(800);
    expect(sim.tradingFaults.stats().requestsDuringForcedPause).to.equal(0);
  });

  it('stops every request after a 418 until the ban ends, and says until when', async () => {
    const alice = binance.users.connect('alice', account().credentials);
    await firstValueFrom(alice.account());
    sim.tradingFaults.forceStatus({ path: '/api/v3/openOrders', status: 418, retryAfterSeconds: 30 });
    const banned = await firstError(alice.openOrders('BTCUSDT'));
    expect(banned.category).to.equal('banned');
    const before = sim.restStats().requests;
    const refused = await firstError(
      alice.placeOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' }),
    );
    expect(refused.category).to.equal('banned');
    expect(refused.retryAfter).to.be.greaterThan(Date.now() + 25_000);
    expect(refused.userMessage).to.match(/banned this IP until \d{4}-/);
    expect(sim.restStats().requests).to.equal(before);
    expect(sim.tradingFaults.stats().requestsDuringForcedPause).to.equal(0);
  });

  it('keeps ten users trading at once isolated: each sees only its own orders and balances', async () => {
    const users = Array.from({ length: 10 }, (_, i) => {
      const created = account('HMAC', { USDT: String(1000 * (i + 1)) });
      return {
        userId: `user-${i}`,
        accountId: created.accountId,
        session: binance.users.connect(`user-${i}`, created.credentials),
      };
    });
    await Promise.all(
      users.map(({ session }, i) =>
        firstValueFrom(
          session.placeOrder({
            symbol: 'BTCUSDT',
            side: 'BUY',
            type: 'LIMIT',
            quantity: `0.00${i + 1}`,
            price: '50000',
            timeInForce: 'GTC',
          }),
        ),
      ),
    );
    const results = await Promise.all(
      users.map(({ session }) => firstValueFrom(forkJoin([session.openOrders('BTCUSDT'), session.balances()]))),
    );
    results.forEach(([open, balances], i) => {
      expect(open, `user ${i}`).to.have.length(1);
      expect(open[0]?.quantity.isEqualTo(`0.00${i + 1}`), `user ${i}`).to.equal(true);
      const usdt = balances.find((b) => b.asset === 'USDT');
      const locked = new BigNumber(50000).times(`0.00${i + 1}`);
      expect(usdt?.locked.isEqualTo(locked), `user ${i}`).to.equal(true);
      expect(usdt?.total.isEqualTo(1000 * (i + 1)), `user ${i}`).to.equal(true);
    });
    expect(binance.users.list()).to.have.length(10);
    binance.users.disconnect('user-3');
    expect(binance.users.get('user-3')).to.equal(undefined);
    expect(() => users[3]?.session.account()).to.not.throw();
    expect((await firstError(users[3]!.session.account())).details).to.match(/closed/);
  });
});
