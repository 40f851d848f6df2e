import { expect } from 'chai';
import type { ExecutionReportEvent } from '../../../src/simulator/exchange/userEvents.js';
import { TEST_SYMBOLS, UNITS } from '../market/marketFixtures.js';
import { type ExchangeHarness, json, startExchange, type TestAccount } from './exchangeHarness.js';

type Params = Record<string, string>;

function limit(symbol: string, side: string, quantity: string, price: string): Params {
  return { symbol, side, type: 'LIMIT', timeInForce: 'GTC', quantity, price };
}

describe('stop orders', () => {
  let h: ExchangeHarness;
  let a: TestAccount;
  let b: TestAccount;
  let c: TestAccount;
  beforeEach(async () => {
    h = await startExchange({ symbols: [...TEST_SYMBOLS, UNITS] });
    h.emptyBook('QUIETUSDT');
    h.emptyBook('UNITUSDT');
    [a, b, c] = [1, 2, 3].map(() => h.open({ balances: { USDT: '1000', QUIET: '1000', BTC: '1', UNIT: '10' } })) as [
      TestAccount,
      TestAccount,
      TestAccount,
    ];
  });
  afterEach(() => h.close());

  const place = async (account: TestAccount, params: Params) => {
    const reply = await account.client.post('/api/v3/order', params);
    expect(reply.status, reply.text).to.equal(200);
    return json(reply);
  };
  /** Makes the last price of QUIETUSDT `price` with a trade between a and b. */
  const tradeAt = async (price: string, symbol = 'QUIETUSDT', quantity = '3') => {
    await place(a, limit(symbol, 'SELL', quantity, price));
    await place(b, limit(symbol, 'BUY', quantity, price));
  };
  const query = (account: TestAccount, order: Record<string, unknown>, symbol = 'QUIETUSDT') =>
    h.exchange.queryOrder(account.id, symbol, { orderId: order['orderId'] as number });

  it('waits, not working, until the last price crosses the stop, then sells at market', async () => {
    await tradeAt('2.5000');
    const stop = await place(c, {
      symbol: 'QUIETUSDT',
      side: 'SELL',
      type: 'STOP_LOSS',
      quantity: '3',
      stopPrice: '2.4000',
    });
    expect(Object.keys(stop)).to.deep.equal(['symbol', 'orderId', 'orderListId', 'clientOrderId', 'transactTime']);
    const waiting = json(
      await c.client.get('/api/v3/order', { symbol: 'QUIETUSDT', orderId: stop['orderId'] as number }),
    );
    expect(waiting).to.include({ status: 'NEW', isWorking: false, workingTime: -1, stopPrice: '2.40000000' });
    expect(h.accounts.balances(c.id)['QUIET']?.locked).to.equal('3.00000000');
    await place(b, limit('QUIETUSDT', 'BUY', '10', '2.3000'));
    await tradeAt('2.4100');
    expect(query(c, stop).status).to.equal('NEW');
    h.advance(1000);
    await tradeAt('2.4000');
    const fired = query(c, stop);
    expect(fired).to.include({ status: 'FILLED', executedQty: 300_000_000n, workingTime: h.now() });
    const events = c.events.filter((e): e is ExecutionReportEvent => e.e === 'executionReport');
    expect(events.map((e) => [e.x, e.X, e.o, e.L])).to.deep.equal([
      ['NEW', 'NEW', 'STOP_LOSS', '0.00000000'],
      ['TRADE', 'FILLED', 'STOP_LOSS', '2.30000000'],
    ]);
    expect(events[0]?.w).to.equal(false);
  });

  it('refuses a stop that would trigger immediately, in each direction', async () => {
    await tradeAt('2.5000');
    for (const [type, side, stopPrice] of [
      ['STOP_LOSS', 'SELL', '2.5000'],
      ['STOP_LOSS', 'BUY', '2.5000'],
      ['TAKE_PROFIT', 'SELL', '2.4000'],
      ['TAKE_PROFIT', 'BUY', '2.6000'],
    ] as const) {
      const reply = await c.client.post('/api/v3/order', { symbol: 'QUIETUSDT', side, type, quantity: '3', stopPrice });
      expect(reply.body, `${type} ${side}`).to.deep.equal({ code: -2010, msg: 'Order would trigger immediately.' });
    }
  });

  it('STOP_LOSS_LIMIT BUY becomes a limit order at its price when the price rises to the stop', async () => {
    await tradeAt('2.5000');
    const stop = await place(c, {
      symbol: 'QUIETUSDT',
      side: 'BUY',
      type: 'STOP_LOSS_LIMIT',
      timeInForce: 'GTC',
      quantity: '4',
      price: '2.6500',
      stopPrice: '2.6000',
      newOrderRespType: 'RESULT',
    });
    expect(stop).to.include({ status: 'NEW', stopPrice: '2.60000000', workingTime: -1 });
    expect(h.accounts.balances(c.id)['USDT']?.locked).to.equal('10.60000000');
    await place(a, limit('QUIETUSDT', 'SELL', '3', '2.7000'));
    await tradeAt('2.6000');
    expect(query(c, stop)).to.include({ status: 'NEW', workingTime: h.now() });
    expect(h.hub.trueBook('QUIETUSDT').bids[0]).to.deep.equal(['2.65000000', '4.00000000']);
  });

  it('TAKE_PROFIT_LIMIT SELL rests when the price rises to it; a cancel of a waiting stop unlocks it', async () => {
    await tradeAt('2.5000');
    const takeProfit = await place(c, {
      symbol: 'QUIETUSDT',
      side: 'SELL',
      type: 'TAKE_PROFIT_LIMIT',
      timeInForce: 'GTC',
      quantity: '2',
      price: '2.7000',
      stopPrice: '2.6000',
    });
    const waiting = await place(c, {
      symbol: 'QUIETUSDT',
      side: 'SELL',
      type: 'STOP_LOSS',
      quantity: '3',
      stopPrice: '2.0000',
    });
    await tradeAt('2.6000');
    expect(h.hub.trueBook('QUIETUSDT').asks[0]).to.deep.equal(['2.70000000', '2.00000000']);
    expect(query(c, takeProfit).workingTime).to.equal(h.now());
    const canceled = await c.client.delete('/api/v3/order', {
      symbol: 'QUIETUSDT',
      orderId: waiting['orderId'] as number,
    });
    expect(json(canceled)).to.include({ status: 'CANCELED', type: 'STOP_LOSS', stopPrice: '2.00000000' });
    expect(h.accounts.balances(c.id)['QUIET']?.locked).to.equal('2.00000000');
  });

  it('is triggered by the synthetic market trades too', async () => {
    const last = h.market('BTCUSDT').lastPrice;
    const stopPrice = (last - 1_000_000n).toString();
    const stop = await place(c, {
      symbol: 'BTCUSDT',
      side: 'SELL',
      type: 'STOP_LOSS',
      quantity: '0.001',
      stopPrice: `${stopPrice.slice(0, -8)}.${stopPrice.slice(-8)}`,
    });
    for (let i = 0; i < 1000 && query(c, stop, 'BTCUSDT').status === 'NEW'; i++) h.step();
    expect(query(c, stop, 'BTCUSDT').status).to.equal('FILLED');
    expect(c.events.some((e) => e.e === 'outboundAccountPosition')).to.equal(true);
  });

  it('rejects a triggered stop-market BUY that cannot pay for a single step any more', async () => {
    const poor = h.open({ balances: { USDT: '10.50' } });
    await tradeAt('10.00', 'UNITUSDT', '1');
    const stop = await place(poor, {
      symbol: 'UNITUSDT',
      side: 'BUY',
      type: 'STOP_LOSS',
      quantity: '1',
      stopPrice: '10.50',
    });
    await place(a, limit('UNITUSDT', 'SELL', '1', '11.00'));
    await tradeAt('10.50', 'UNITUSDT', '1');
    expect(query(poor, stop, 'UNITUSDT').status).to.equal('REJECTED');
    const last = poor.events.filter((e): e is ExecutionReportEvent => e.e === 'executionReport').at(-1);
    expect([last?.x, last?.X, last?.r]).to.deep.equal(['REJECTED', 'REJECTED', 'INSUFFICIENT_BALANCES']);
    expect(h.accounts.balances(poor.id)['USDT']).to.deep.equal({ free: '10.50000000', locked: '0.00000000' });
  });
});
