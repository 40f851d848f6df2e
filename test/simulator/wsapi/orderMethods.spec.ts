import { expect } from 'chai';
import type { CreatedAccount } from '../../../src/simulator/exchange/AccountRegistry.js';
import { ROOMY_LIMITS } from '../exchange/exchangeHarness.js';
import { startWsApiSim, type WsApiSim } from './wsApiHarness.js';
import type { Params, Reply, WsApiTestClient } from './WsApiTestClient.js';

const DAY_MS = 86_400_000;
const SELL: Params = {
  symbol: 'QUIETUSDT',
  side: 'SELL',
  type: 'LIMIT',
  timeInForce: 'GTC',
  quantity: '2',
  price: '2.6000',
};

const weight = (reply: Reply) => reply.rateLimits?.find((r) => r['rateLimitType'] === 'REQUEST_WEIGHT')?.['count'];
const types = (reply: Reply) => reply.rateLimits?.map((r) => r['rateLimitType']);

describe('order and account methods', () => {
  let h: WsApiSim;
  let client: WsApiTestClient;
  let alice: CreatedAccount;
  beforeEach(async () => {
    h = await startWsApiSim();
    h.emptyBook('QUIETUSDT');
    client = await h.connect();
    alice = h.account({ balances: { QUIET: '100', USDT: '100' } });
  });
  afterEach(() => h.close());

  it('places orders (FULL by default for LIMIT, ACK and RESULT on request), as REST answers them', async () => {
    const full = await client.signed('order.place', { ...SELL, newClientOrderId: 'full-1' }, alice.credentials);
    expect(full.status).to.equal(200);
    const order = full.result as Record<string, unknown>;
    expect(order).to.deep.include({
      symbol: 'QUIETUSDT',
      orderListId: -1,
      clientOrderId: 'full-1',
      price: '2.60000000',
      origQty: '2.00000000',
      executedQty: '0.00000000',
      status: 'NEW',
      type: 'LIMIT',
      side: 'SELL',
      fills: [],
    });
    const ack = await client.signed('order.place', { ...SELL, newOrderRespType: 'ACK' }, alice.credentials);
    expect(Object.keys(ack.result as object)).to.deep.equal([
      'symbol',
      'orderId',
      'orderListId',
      'clientOrderId',
      'transactTime',
    ]);
    const result = await client.signed('order.place', { ...SELL, newOrderRespType: 'RESULT' }, alice.credentials);
    expect(result.result).to.not.have.property('fills');
    const rest = await h.rest(alice).get('/api/v3/order', { symbol: 'QUIETUSDT', orderId: order['orderId'] as number });
    const status = await client.signed(
      'order.status',
      { symbol: 'QUIETUSDT', orderId: order['orderId'] as number },
      alice.credentials,
    );
    expect(status.result).to.deep.equal(rest.body);
  });

  it('puts the account’s ORDERS windows in order.place rateLimits, and charges successful placements and cancels 0', async () => {
    const placed = await client.signed('order.place', SELL, alice.credentials);
    expect(types(placed)).to.deep.equal(['ORDERS', 'ORDERS', 'REQUEST_WEIGHT']);
    expect(placed.rateLimits?.slice(0, 2).map((r) => r['count'])).to.deep.equal([1, 1]);
    expect(weight(placed)).to.equal(2);
    const failed = await client.signed('order.place', { ...SELL, price: '2.60001' }, alice.credentials);
    expect(failed.error).to.deep.equal({ code: -1111, msg: "Parameter 'price' has too much precision." });
    expect(types(failed)).to.deep.equal(['ORDERS', 'ORDERS', 'REQUEST_WEIGHT']);
    expect(weight(failed)).to.equal(3);
    const orderId = (placed.result as { orderId: number }).orderId;
    const canceled = await client.signed('order.cancel', { symbol: 'QUIETUSDT', orderId }, alice.credentials);
    expect(canceled.result).to.deep.include({
      orderId,
      status: 'CANCELED',
      origClientOrderId: (placed.result as { clientOrderId: string }).clientOrderId,
    });
    expect(types(canceled)).to.deep.equal(['REQUEST_WEIGHT']);
    expect(weight(canceled)).to.equal(3);
    const again = await client.signed('order.cancel', { symbol: 'QUIETUSDT', orderId }, alice.credentials);
    expect(again.error).to.deep.equal({ code: -2011, msg: 'Unknown order sent.' });
    expect(weight(again)).to.equal(4);
  });

  it('refuses unread parameters before acting (-1104)', async () => {
    const reply = await client.signed('order.place', { ...SELL, colour: 'red' }, alice.credentials);
    expect(reply.error?.code).to.equal(-1104);
    expect(h.sim.exchange.openOrders(alice.accountId)).to.deep.equal([]);
  });

  it('tests orders, with the commission rates at weight 20', async () => {
    const plain = await client.signed('order.test', SELL, alice.credentials);
    expect([plain.result, weight(plain)]).to.deep.equal([{}, 3]);
    const rates = await client.signed('order.test', { ...SELL, computeCommissionRates: true }, alice.credentials);
    expect(rates.result).to.have.nested.property('standardCommissionForOrder.maker', '0.00100000');
    expect(weight(rates)).to.equal(23);
    expect(h.sim.exchange.openOrders(alice.accountId)).to.deep.equal([]);
  });

  it('queries open orders (6 with a symbol, 80 without) and the account (20)', async () => {
    await client.signed('order.place', SELL, alice.credentials);
    const open = await client.signed('openOrders.status', { symbol: 'QUIETUSDT' }, alice.credentials);
    expect((open.result as unknown[]).length).to.equal(1);
    expect(weight(open)).to.equal(2 + 6);
    const all = await client.signed('openOrders.status', {}, alice.credentials);
    expect(weight(all)).to.equal(8 + 80);
    const account = await client.signed('account.status', { omitZeroBalances: true }, alice.credentials);
    expect((account.result as { balances: unknown[] }).balances).to.deep.equal([
      { asset: 'USDT', free: '100.00000000', locked: '0.00000000' },
      { asset: 'QUIET', free: '98.00000000', locked: '2.00000000' },
    ]);
    expect(weight(account)).to.equal(88 + 20);
    expect(
      (await client.signed('order.status', { symbol: 'QUIETUSDT', orderId: 999_999 }, alice.credentials)).error,
    ).to.deep.equal({
      code: -2013,
      msg: 'Order does not exist.',
    });
  });

  it('checks every signed request like REST does', async () => {
    const cases: [Parameters<WsApiTestClient['signed']>[3], number][] = [
      [{ tamper: { quantity: '3' } }, -1022],
      [{ timestamp: null }, -1102],
      [{ timestamp: Date.now() - 60_000 }, -1021],
      [{ apiKey: 'bad' }, -2014],
    ];
    for (const [options, code] of cases) {
      expect((await client.signed('order.place', SELL, alice.credentials, options)).error?.code).to.equal(code);
    }
    h.sim.accounts.revoke(alice.apiKey);
    const revoked = await client.signed('order.place', SELL, alice.credentials);
    expect([revoked.status, revoked.error?.code]).to.deep.equal([401, -2015]);
    expect(h.sim.exchange.openOrders(alice.accountId)).to.deep.equal([]);
  });

  it('applies a failed order placement of the trading faults: executed, answered 503 -1007', async () => {
    h.sim.tradingFaults.failNextOrder({ status: 503 });
    const reply = await client.signed(
      'order.place',
      { ...SELL, newClientOrderId: 'unknown-outcome' },
      alice.credentials,
    );
    expect([reply.status, reply.error]).to.deep.equal([
      503,
      {
        code: -1007,
        msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
      },
    ]);
    expect(h.sim.exchange.openOrders(alice.accountId).map((o) => o.clientOrderId)).to.deep.equal(['unknown-outcome']);
    expect(h.sim.tradingFaults.stats().failedOrders).to.equal(1);
  });
});

describe('order.place at the unfilled order limit', () => {
  let h: WsApiSim;
  afterEach(() => h.close());

  it('answers 429 -1015 with retryAfter at the end of the window', async () => {
    h = await startWsApiSim({
      rateLimits: {
        rules: [ROOMY_LIMITS.rules[0]!, { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 2 }],
      },
    });
    h.emptyBook('QUIETUSDT');
    const client = await h.connect();
    const alice = h.account({ balances: { QUIET: '100' } });
    for (let i = 0; i < 2; i++)
      expect((await client.signed('order.place', SELL, alice.credentials)).status).to.equal(200);
    const refused = await client.signed('order.place', SELL, alice.credentials);
    const midnight = Date.now() - (Date.now() % DAY_MS) + DAY_MS;
    expect(refused.status).to.equal(429);
    expect(refused.error).to.deep.include({
      code: -1015,
      msg: 'Too many new orders; current limit is 2 orders per 1 DAY.',
    });
    expect(refused.error?.data?.['retryAfter']).to.be.within(midnight, midnight + 1_000);
    expect(refused.error?.data?.['serverTime']).to.be.closeTo(Date.now(), 2_000);
    expect(refused.rateLimits?.[0]).to.include({ rateLimitType: 'ORDERS', count: 2, limit: 2 });
  });
});
