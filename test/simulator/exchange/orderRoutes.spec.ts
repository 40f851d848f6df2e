import { expect } from 'chai';
import type { ExecutionReportEvent } from '../../../src/simulator/exchange/userEvents.js';
import { type ExchangeHarness, json, startExchange, type TestAccount } from './exchangeHarness.js';

type Params = Record<string, string>;

const RESTING: Params = {
  symbol: 'QUIETUSDT',
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  quantity: '4',
  price: '2.0000',
};
const ACK_KEYS = ['symbol', 'orderId', 'orderListId', 'clientOrderId', 'transactTime'];
const RESULT_KEYS = [
  ...ACK_KEYS,
  'price',
  'origQty',
  'executedQty',
  'origQuoteOrderQty',
  'cummulativeQuoteQty',
  'status',
  'timeInForce',
  'type',
  'side',
  'workingTime',
  'selfTradePreventionMode',
];

describe('order routes (POST/DELETE /api/v3/order, order/test, DELETE openOrders)', () => {
  let h: ExchangeHarness;
  let a: TestAccount;
  beforeEach(async () => {
    h = await startExchange();
    a = h.open({ balances: { USDT: '1000', QUIET: '1000' } });
  });
  afterEach(() => h.close());

  it('answers ACK, RESULT and FULL as asked (FULL by default for LIMIT and MARKET)', async () => {
    const full = json(await a.client.post('/api/v3/order', RESTING));
    expect(Object.keys(full)).to.deep.equal([...RESULT_KEYS, 'fills']);
    expect(full).to.deep.include({
      orderListId: -1,
      status: 'NEW',
      fills: [],
      transactTime: h.now(),
      workingTime: h.now(),
    });
    const result = json(await a.client.post('/api/v3/order', { ...RESTING, newOrderRespType: 'RESULT' }));
    expect(Object.keys(result)).to.deep.equal(RESULT_KEYS);
    const ack = json(await a.client.post('/api/v3/order', { ...RESTING, newOrderRespType: 'ACK' }));
    expect(Object.keys(ack)).to.deep.equal(ACK_KEYS);
    expect(full['clientOrderId']).to.match(/^[A-Za-z0-9]{22}$/);
    const micro = json(
      await a.client.post('/api/v3/order', RESTING, { headers: { 'X-MBX-TIME-UNIT': 'MICROSECOND' } }),
    );
    expect([micro['transactTime'], micro['workingTime']]).to.deep.equal([h.now() * 1000, h.now() * 1000]);
  });

  it('keeps client order ids unique among the account open orders', async () => {
    const named = { ...RESTING, newClientOrderId: 'my-order_1' };
    const first = json(await a.client.post('/api/v3/order', named));
    expect(first['clientOrderId']).to.equal('my-order_1');
    expect((await a.client.post('/api/v3/order', named)).body).to.deep.equal({
      code: -2010,
      msg: 'Duplicate order sent.',
    });
    const other = h.open({ balances: { USDT: '100' } });
    expect((await other.client.post('/api/v3/order', named)).status).to.equal(200);
    await a.client.delete('/api/v3/order', { symbol: 'QUIETUSDT', origClientOrderId: 'my-order_1' });
    expect((await a.client.post('/api/v3/order', named)).status).to.equal(200);
  });

  it('cancels by orderId or origClientOrderId, answering with the cancel own client order id', async () => {
    const order = json(await a.client.post('/api/v3/order', { ...RESTING, newClientOrderId: 'to-cancel' }));
    const reply = await a.client.delete('/api/v3/order', {
      symbol: 'QUIETUSDT',
      origClientOrderId: 'to-cancel',
      newClientOrderId: 'the-cancel',
    });
    expect(reply.status).to.equal(200);
    expect(reply.body).to.deep.equal({
      symbol: 'QUIETUSDT',
      origClientOrderId: 'to-cancel',
      orderId: order['orderId'],
      orderListId: -1,
      clientOrderId: 'the-cancel',
      transactTime: h.now(),
      price: '2.00000000',
      origQty: '4.00000000',
      executedQty: '0.00000000',
      origQuoteOrderQty: '0.00000000',
      cummulativeQuoteQty: '0.00000000',
      status: 'CANCELED',
      timeInForce: 'GTC',
      type: 'LIMIT',
      side: 'BUY',
      selfTradePreventionMode: 'EXPIRE_MAKER',
    });
    const canceled = a.events.filter((e): e is ExecutionReportEvent => e.e === 'executionReport' && e.x === 'CANCELED');
    expect(canceled.map((e) => [e.c, e.C, e.X])).to.deep.equal([['the-cancel', 'to-cancel', 'CANCELED']]);
    const byId = json(await a.client.post('/api/v3/order', RESTING));
    const second = await a.client.delete('/api/v3/order', { symbol: 'QUIETUSDT', orderId: byId['orderId'] as number });
    expect(json(second)['clientOrderId']).to.match(/^[A-Za-z0-9]{22}$/);
    expect(h.accounts.balances(a.id)['USDT']?.locked).to.equal('0.00000000');
  });

  it('refuses to cancel what it cannot find or may not cancel', async () => {
    const order = json(await a.client.post('/api/v3/order', { ...RESTING, newClientOrderId: 'kept' }));
    const id = order['orderId'] as number;
    const neither = await a.client.delete('/api/v3/order', { symbol: 'QUIETUSDT' });
    expect(neither.body).to.deep.equal({
      code: -1102,
      msg: "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!",
    });
    const unknown = { code: -2011, msg: 'Unknown order sent.' };
    expect((await a.client.delete('/api/v3/order', { symbol: 'QUIETUSDT', orderId: id + 1000 })).body).to.deep.equal(
      unknown,
    );
    expect(
      (await a.client.delete('/api/v3/order', { symbol: 'QUIETUSDT', orderId: id, origClientOrderId: 'other' })).body,
    ).to.deep.equal(unknown);
    const stranger = h.open();
    expect((await stranger.client.delete('/api/v3/order', { symbol: 'QUIETUSDT', orderId: id })).body).to.deep.equal(
      unknown,
    );
    const restricted = await a.client.delete('/api/v3/order', {
      symbol: 'QUIETUSDT',
      orderId: id,
      cancelRestrictions: 'ONLY_PARTIALLY_FILLED',
    });
    expect(restricted.body).to.deep.equal({ code: -2011, msg: 'Order was not canceled due to cancel restrictions.' });
    const badRestriction = await a.client.delete('/api/v3/order', {
      symbol: 'QUIETUSDT',
      orderId: id,
      cancelRestrictions: 'NEVER',
    });
    expect(json(badRestriction)['code']).to.equal(-1145);
    const unread = await a.client.delete('/api/v3/order', { symbol: 'QUIETUSDT', orderId: id, reason: 'none' });
    expect(json(unread)['code']).to.equal(-1104);
    expect(h.exchange.openOrders(a.id)).to.have.length(1);
    expect(
      (await a.client.delete('/api/v3/order', { symbol: 'QUIETUSDT', orderId: id, cancelRestrictions: 'ONLY_NEW' }))
        .status,
    ).to.equal(200);
    expect((await a.client.delete('/api/v3/order', { symbol: 'QUIETUSDT', orderId: id })).body).to.deep.equal(unknown);
  });

  it('cancels all open orders of a symbol at once, or answers -2011 when there is none', async () => {
    await a.client.post('/api/v3/order', RESTING);
    await a.client.post('/api/v3/order', { ...RESTING, side: 'SELL', price: '3.0000' });
    await a.client.post('/api/v3/order', { ...RESTING, symbol: 'ETHUSDT', quantity: '0.01', price: '3000' });
    const reply = await a.client.delete('/api/v3/openOrders', { symbol: 'QUIETUSDT' });
    expect((reply.body as Record<string, unknown>[]).map((o) => [o['side'], o['status']])).to.deep.equal([
      ['BUY', 'CANCELED'],
      ['SELL', 'CANCELED'],
    ]);
    expect(h.exchange.openOrders(a.id).map((o) => o.symbol)).to.deep.equal(['ETHUSDT']);
    expect((await a.client.delete('/api/v3/openOrders', { symbol: 'QUIETUSDT' })).body).to.deep.equal({
      code: -2011,
      msg: 'Unknown order sent.',
    });
  });

  it('order/test validates without placing; computeCommissionRates costs 20 and answers the rates', async () => {
    const weight = (reply: { headers: Record<string, unknown> }) => Number(reply.headers['x-mbx-used-weight-1m']);
    const plain = await a.client.post('/api/v3/order/test', RESTING);
    expect(plain.body).to.deep.equal({});
    const rates = await a.client.post('/api/v3/order/test', { ...RESTING, computeCommissionRates: 'true' });
    expect(weight(rates) - weight(plain)).to.equal(20);
    expect(rates.body).to.deep.equal({
      standardCommissionForOrder: { maker: '0.00100000', taker: '0.00100000' },
      specialCommissionForOrder: { maker: '0.00000000', taker: '0.00000000' },
      taxCommissionForOrder: { maker: '0.00000000', taker: '0.00000000' },
      discount: { enabledForAccount: false, enabledForSymbol: false, discountAsset: 'BNB', discount: '0.00000000' },
    });
    expect(h.exchange.openOrders(a.id)).to.deep.equal([]);
    expect(a.events).to.deep.equal([]);
  });

  it('charges placements and cancels only when they fail', async () => {
    const weight = async () =>
      Number((await a.client.post('/api/v3/order/test', RESTING)).headers['x-mbx-used-weight-1m']);
    const before = await weight();
    const placed = await a.client.post('/api/v3/order', RESTING);
    const canceled = await a.client.delete('/api/v3/openOrders', { symbol: 'QUIETUSDT' });
    expect([placed.headers['x-mbx-used-weight-1m'], canceled.headers['x-mbx-used-weight-1m']]).to.deep.equal([
      String(before),
      String(before),
    ]);
    const failed = await a.client.post('/api/v3/order', { ...RESTING, quantity: '4000' });
    expect(failed.headers['x-mbx-used-weight-1m']).to.equal(String(before + 1));
    const unknown = await a.client.delete('/api/v3/openOrders', { symbol: 'QUIETUSDT' });
    expect(unknown.headers['x-mbx-used-weight-1m']).to.equal(String(before + 2));
  });

  it('refuses orders with 429 once failed ones used up the IP weight, and counts what arrives during the pause', async () => {
    await h.close();
    h = await startExchange({
      rateLimits: { rules: [{ rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 2 }] },
    });
    a = h.open({ balances: { USDT: '5' } });
    for (let i = 0; i < 2; i++) expect((await a.client.post('/api/v3/order', RESTING)).status).to.equal(400);
    const limited = await a.client.post('/api/v3/order', RESTING);
    expect([limited.status, json(limited)['code'], limited.headers['retry-after']]).to.deep.equal([429, -1003, '30']);
    expect(h.stats()).to.include({ requestsWhileLimited: 0, tooManyRequests: 1 });
    await a.client.get('/api/v3/account');
    expect(h.stats()).to.include({ requestsWhileLimited: 1, tooManyRequests: 2 });
  });
});
