import { expect } from 'chai';
import { BinanceSimulator } from '../../../src/simulator/BinanceSimulator.js';
import { fakeBackend } from '../fakes/FakeMarketFeed.js';
import { rawRequest, type Reply, SignedClient } from './signedClient.js';

const ORDER = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' };

function portOf(sim: BinanceSimulator): number {
  return Number(new URL(sim.restUrl).port);
}

describe('TradingFaults (on a running simulator)', () => {
  let sim: BinanceSimulator;
  let client: SignedClient;
  beforeEach(async () => {
    sim = await BinanceSimulator.start({ symbols: ['BTCUSDT'], seed: 3 });
    const { credentials } = sim.accounts.create({ balances: { USDT: '10000' } });
    client = new SignedClient(portOf(sim), credentials, Date.now);
  });
  afterEach(() => sim.close());

  const lookup = (clientOrderId: string) =>
    client.get('/api/v3/order', { symbol: 'BTCUSDT', origClientOrderId: clientOrderId });

  it('failNextOrder executes the order but answers 503 -1007: the unknown-outcome case', async () => {
    sim.tradingFaults.failNextOrder({ status: 503 });
    const reply = await client.post('/api/v3/order', { ...ORDER, newClientOrderId: 'unknown-1' });
    expect(reply.status).to.equal(503);
    expect(reply.body).to.deep.equal({
      code: -1007,
      msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
    });
    expect((await lookup('unknown-1')).body).to.include({ status: 'FILLED', executedQty: '0.00100000' });
    expect((await client.post('/api/v3/order', ORDER)).status).to.equal(200);
    expect(sim.tradingFaults.stats().failedOrders).to.equal(1);
  });

  it('failNextOrder can answer -1006 or an empty 5xx, or fail before executing', async () => {
    sim.tradingFaults.failNextOrder({ status: 502, body: 'unexpected' });
    expect(((await client.post('/api/v3/order', ORDER)).body as { code: number }).code).to.equal(-1006);
    sim.tradingFaults.failNextOrder({ body: 'empty' });
    const empty = await client.post('/api/v3/order', ORDER);
    expect([empty.status, empty.text]).to.deep.equal([503, '']);
    sim.tradingFaults.failNextOrder({ status: 500, afterExecution: false });
    const before = await client.post('/api/v3/order', { ...ORDER, newClientOrderId: 'never-1' });
    expect(before.status).to.equal(500);
    expect((await lookup('never-1')).body).to.deep.equal({ code: -2013, msg: 'Order does not exist.' });
    // Other requests are not concerned.
    sim.tradingFaults.failNextOrder();
    expect((await client.get('/api/v3/account')).status).to.equal(200);
    expect((await client.post('/api/v3/order', ORDER)).status).to.equal(503);
  });

  it('delayNext holds the answer while the order is already executed', async () => {
    sim.tradingFaults.delayNext({ path: '/api/v3/order', method: 'POST', ms: 300 });
    const started = Date.now();
    const delayed = client.post('/api/v3/order', { ...ORDER, newClientOrderId: 'slow-1' });
    let seen: Reply | undefined;
    for (let i = 0; i < 50 && seen?.status !== 200; i++) seen = await lookup('slow-1');
    const answeredAfter = Date.now() - started;
    expect(seen?.body).to.include({ status: 'FILLED' });
    const reply = await delayed;
    expect(reply.status).to.equal(200);
    expect(Date.now() - started).to.be.at.least(300);
    expect(answeredAfter).to.be.below(300);
    expect(sim.tradingFaults.stats().delayedReplies).to.equal(1);
  });

  it('skewClock moves the server clock: /api/v3/time and the recvWindow checks follow', async () => {
    sim.tradingFaults.skewClock(6000);
    const time = (await rawRequest(portOf(sim), 'GET', '/api/v3/time')).body as { serverTime: number };
    expect(time.serverTime - Date.now()).to.be.within(5500, 6000);
    expect((await client.get('/api/v3/account')).body).to.deep.equal({
      code: -1021,
      msg: 'Timestamp for this request is outside of the recvWindow.',
    });
    expect((await client.get('/api/v3/account', {}, { timestamp: Date.now() + 6000 })).status).to.equal(200);
    sim.tradingFaults.skewClock(-2000);
    expect(((await client.get('/api/v3/account')).body as { msg: string }).msg).to.equal(
      "Timestamp for this request was 1000ms ahead of the server's time.",
    );
    sim.tradingFaults.clear();
    expect((await client.get('/api/v3/account')).status).to.equal(200);
  });

  it('forceStatus answers the next requests of a path with a status, and counts requests during its pause', async () => {
    sim.tradingFaults.forceStatus({ path: '/api/v3/account', status: 500, times: 2 });
    for (let i = 0; i < 2; i++) {
      const reply = await client.get('/api/v3/account');
      expect([reply.status, reply.body]).to.deep.equal([
        500,
        { code: -1000, msg: 'An unknown error occurred while processing the request.' },
      ]);
    }
    expect((await client.get('/api/v3/account')).status).to.equal(200);
    const requests = sim.restStats().requests;
    sim.tradingFaults.forceStatus({ status: 429, retryAfterSeconds: 30 });
    const limited = await client.get('/api/v3/openOrders', { symbol: 'BTCUSDT' });
    expect([limited.status, limited.headers['retry-after'], (limited.body as { code: number }).code]).to.deep.equal([
      429,
      '30',
      -1003,
    ]);
    expect(sim.tradingFaults.stats().requestsDuringForcedPause).to.equal(0);
    await client.get('/api/v3/openOrders', { symbol: 'BTCUSDT' });
    expect(sim.tradingFaults.stats()).to.include({ requestsDuringForcedPause: 1, forcedReplies: 3 });
    expect(sim.restStats().requests).to.equal(requests + 2);
    sim.tradingFaults.forceStatus({ path: '/api/v3/ping', status: 418, body: 'empty' });
    const banned = await rawRequest(portOf(sim), 'GET', '/api/v3/ping');
    expect([banned.status, banned.text, banned.headers['retry-after']]).to.deep.equal([418, '', '1']);
  });

  it('exists on every simulator; a custom backend has no exchange', async () => {
    const custom = await BinanceSimulator.start({}, fakeBackend().factory);
    try {
      expect(() => custom.accounts).to.throw(TypeError);
      expect(() => custom.exchange).to.throw(TypeError);
      expect(custom.tradingFaults).to.not.equal(undefined);
    } finally {
      await custom.close();
    }
    expect(sim.exchange.unitsOf('BTCUSDT').rules.symbol).to.equal('BTCUSDT');
  });
});
