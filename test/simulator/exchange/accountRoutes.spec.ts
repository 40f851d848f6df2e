import { expect } from 'chai';
import { type ExchangeHarness, json, startExchange, type TestAccount } from './exchangeHarness.js';
import type { Reply } from './signedClient.js';

type Params = Record<string, string>;

const HOUR = 3_600_000;

function limit(side: string, quantity: string, price: string, extra: Params = {}): Params {
  return { symbol: 'QUIETUSDT', side, type: 'LIMIT', timeInForce: 'GTC', quantity, price, ...extra };
}

function list(reply: Reply): Record<string, unknown>[] {
  return reply.body as Record<string, unknown>[];
}

describe('account routes (GET order, openOrders, allOrders, myTrades, account, rateLimit/order)', () => {
  let h: ExchangeHarness;
  let a: TestAccount;
  let b: TestAccount;
  const ids: number[] = [];
  beforeEach(async () => {
    h = await startExchange();
    h.emptyBook('QUIETUSDT');
    a = h.open({ balances: { USDT: '1000', QUIET: '1000' } });
    b = h.open({ balances: { USDT: '1000', QUIET: '1000' } });
    ids.length = 0;
    // Three orders of a, an hour apart: the first fills (two trades), the second rests, the third is canceled.
    await b.client.post('/api/v3/order', limit('SELL', '3', '2.5000'));
    await b.client.post('/api/v3/order', limit('SELL', '3', '2.5100'));
    ids.push(
      json(await a.client.post('/api/v3/order', limit('BUY', '6', '2.5100', { newClientOrderId: 'first' })))[
        'orderId'
      ] as number,
    );
    h.advance(HOUR);
    ids.push(
      json(await a.client.post('/api/v3/order', limit('BUY', '4', '2.0000', { newClientOrderId: 'second' })))[
        'orderId'
      ] as number,
    );
    h.advance(HOUR);
    ids.push(json(await a.client.post('/api/v3/order', limit('BUY', '4', '2.1000')))['orderId'] as number);
    await a.client.delete('/api/v3/order', { symbol: 'QUIETUSDT', orderId: ids[2] as number });
    await a.client.post('/api/v3/order', {
      symbol: 'ETHUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '0.01',
      price: '3000',
    });
  });
  afterEach(() => h.close());

  it('GET order finds an order by either id; -2013 when unknown, -2039 when they disagree', async () => {
    const byId = await a.client.get('/api/v3/order', { symbol: 'QUIETUSDT', orderId: ids[0] as number });
    expect(Object.keys(json(byId))).to.deep.equal([
      'symbol',
      'orderId',
      'orderListId',
      'clientOrderId',
      'price',
      'origQty',
      'executedQty',
      'cummulativeQuoteQty',
      'status',
      'timeInForce',
      'type',
      'side',
      'stopPrice',
      'icebergQty',
      'time',
      'updateTime',
      'isWorking',
      'workingTime',
      'origQuoteOrderQty',
      'selfTradePreventionMode',
    ]);
    expect(json(byId)).to.include({
      clientOrderId: 'first',
      status: 'FILLED',
      cummulativeQuoteQty: '15.03000000',
      isWorking: true,
    });
    const byClient = await a.client.get('/api/v3/order', { symbol: 'QUIETUSDT', origClientOrderId: 'second' });
    expect(json(byClient)).to.include({ orderId: ids[1], status: 'NEW', time: h.now() - HOUR });
    const unknown = await a.client.get('/api/v3/order', { symbol: 'QUIETUSDT', orderId: 1 });
    expect(unknown.body).to.deep.equal({ code: -2013, msg: 'Order does not exist.' });
    const theirs = await b.client.get('/api/v3/order', { symbol: 'QUIETUSDT', orderId: ids[0] as number });
    expect(json(theirs)['code']).to.equal(-2013);
    const mixed = await a.client.get('/api/v3/order', {
      symbol: 'QUIETUSDT',
      orderId: ids[0] as number,
      origClientOrderId: 'second',
    });
    expect(mixed.body).to.deep.equal({ code: -2039, msg: 'Client order ID is not correct for this order ID.' });
    expect(json(await a.client.get('/api/v3/order', { symbol: 'QUIETUSDT' }))['code']).to.equal(-1102);
  });

  it('openOrders lists one symbol (weight 6) or all (weight 80)', async () => {
    const weight = (reply: Reply) => Number(reply.headers['x-mbx-used-weight-1m']);
    const quiet = await a.client.get('/api/v3/openOrders', { symbol: 'QUIETUSDT' });
    expect(list(quiet).map((o) => o['orderId'])).to.deep.equal([ids[1]]);
    const all = await a.client.get('/api/v3/openOrders');
    expect(list(all).map((o) => o['symbol'])).to.deep.equal(['QUIETUSDT', 'ETHUSDT']);
    expect(weight(all) - weight(quiet)).to.equal(80);
  });

  it('allOrders pages by orderId or by time (at most 24 h apart), most recent by default', async () => {
    const all = list(await a.client.get('/api/v3/allOrders', { symbol: 'QUIETUSDT' }));
    expect(all.map((o) => o['status'])).to.deep.equal(['FILLED', 'NEW', 'CANCELED']);
    const fromSecond = list(
      await a.client.get('/api/v3/allOrders', { symbol: 'QUIETUSDT', orderId: ids[1] as number }),
    );
    expect(fromSecond.map((o) => o['orderId'])).to.deep.equal([ids[1], ids[2]]);
    const latest = list(await a.client.get('/api/v3/allOrders', { symbol: 'QUIETUSDT', limit: 1 }));
    expect(latest.map((o) => o['orderId'])).to.deep.equal([ids[2]]);
    const window = { symbol: 'QUIETUSDT', startTime: h.now() - 2 * HOUR, endTime: h.now() - HOUR };
    expect(list(await a.client.get('/api/v3/allOrders', window)).map((o) => o['orderId'])).to.deep.equal([
      ids[0],
      ids[1],
    ]);
    const tooWide = await a.client.get('/api/v3/allOrders', { ...window, endTime: window.startTime + 24 * HOUR + 1 });
    expect(tooWide.body).to.deep.equal({ code: -1127, msg: 'More than 24 hours between startTime and endTime.' });
  });

  it('myTrades lists trades by order, id or time, in the combinations Binance allows', async () => {
    const weight = (reply: Reply) => Number(reply.headers['x-mbx-used-weight-1m']);
    const all = await a.client.get('/api/v3/myTrades', { symbol: 'QUIETUSDT' });
    expect(list(all).map((t) => [t['price'], t['qty'], t['isBuyer'], t['isMaker'], t['orderId']])).to.deep.equal([
      ['2.50000000', '3.00000000', true, false, ids[0]],
      ['2.51000000', '3.00000000', true, false, ids[0]],
    ]);
    const firstId = list(all)[0]?.['id'] as number;
    const byOrder = await a.client.get('/api/v3/myTrades', { symbol: 'QUIETUSDT', orderId: ids[0] as number });
    expect(list(byOrder)).to.have.length(2);
    expect(weight(byOrder) - weight(all)).to.equal(5);
    const fromId = await a.client.get('/api/v3/myTrades', { symbol: 'QUIETUSDT', fromId: firstId + 1 });
    expect(list(fromId).map((t) => t['id'])).to.deep.equal([firstId + 1]);
    const both = await a.client.get('/api/v3/myTrades', {
      symbol: 'QUIETUSDT',
      orderId: ids[0] as number,
      fromId: firstId + 1,
    });
    expect(list(both)).to.have.length(1);
    const bad = await a.client.get('/api/v3/myTrades', { symbol: 'QUIETUSDT', startTime: 0, fromId: firstId });
    expect(bad.body).to.deep.equal({ code: -1128, msg: 'Combination of optional parameters invalid.' });
    const later = await a.client.get('/api/v3/myTrades', { symbol: 'QUIETUSDT', startTime: h.now() - HOUR });
    expect(list(later)).to.deep.equal([]);
  });

  it('account lists every traded asset, or only the non-zero ones', async () => {
    const account = json(await a.client.get('/api/v3/account'));
    expect(account).to.include({ canTrade: true, accountType: 'SPOT', uid: 100_000_001, updateTime: h.now() });
    expect((account['balances'] as { asset: string }[]).map((x) => x.asset)).to.deep.equal([
      'BTC',
      'USDT',
      'ETH',
      'QUIET',
    ]);
    const nonZero = json(await a.client.get('/api/v3/account', { omitZeroBalances: 'true' }));
    expect(nonZero['balances']).to.deep.equal([
      { asset: 'USDT', free: '946.97000000', locked: '38.00000000' },
      { asset: 'QUIET', free: '1005.99400000', locked: '0.00000000' },
    ]);
  });

  it("charges Binance's request weights", async () => {
    let used = Number(
      (await a.client.get('/api/v3/openOrders', { symbol: 'QUIETUSDT' })).headers['x-mbx-used-weight-1m'],
    );
    for (const [path, params, weight] of [
      ['/api/v3/order', { symbol: 'QUIETUSDT', orderId: ids[0] as number }, 4],
      ['/api/v3/allOrders', { symbol: 'QUIETUSDT' }, 20],
      ['/api/v3/myTrades', { symbol: 'QUIETUSDT' }, 20],
      ['/api/v3/account', {}, 20],
      ['/api/v3/rateLimit/order', {}, 40],
    ] as const) {
      const now = Number((await a.client.get(path, params)).headers['x-mbx-used-weight-1m']);
      expect(now - used, path).to.equal(weight);
      used = now;
    }
  });

  it('rateLimit/order reports the unfilled order counts', async () => {
    const reply = await a.client.get('/api/v3/rateLimit/order');
    expect(reply.body).to.deep.equal([
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 10_000, count: 2 },
      { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 1_000_000, count: 3 },
    ]);
    expect(h.accounts.orderCounts(a.id)[1]?.count).to.equal(3);
  });
});
