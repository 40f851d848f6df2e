import { expect } from 'chai';
import { OrderCountLimiter } from '../../../src/simulator/exchange/OrderCountLimiter.js';
import { RestError } from '../../../src/simulator/rest/RestError.js';
import { type ExchangeHarness, json, startExchange, type TestAccount } from './exchangeHarness.js';
import type { Reply } from './signedClient.js';

const SMALL = {
  rules: [
    { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 100_000 },
    { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 3 },
    { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 5 },
  ],
} as const;

const RESTING = { symbol: 'QUIETUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '4', price: '2.0000' };

function counts(reply: Reply): [unknown, unknown] {
  return [reply.headers['x-mbx-order-count-10s'], reply.headers['x-mbx-order-count-1d']];
}

describe('OrderCountLimiter', () => {
  describe('over HTTP', () => {
    let h: ExchangeHarness;
    let a: TestAccount;
    beforeEach(async () => {
      h = await startExchange({ rateLimits: SMALL });
      h.emptyBook('QUIETUSDT');
      a = h.open({ balances: { USDT: '1000', QUIET: '1000' } });
    });
    afterEach(() => h.close());

    it('counts accepted orders in each window and refuses one more with 429 -1015 and Retry-After', async () => {
      for (let i = 1; i <= 3; i++)
        expect(counts(await a.client.post('/api/v3/order', RESTING))).to.deep.equal([`${i}`, `${i}`]);
      h.advance(2500);
      const refused = await a.client.post('/api/v3/order', RESTING);
      expect(refused.status).to.equal(429);
      expect(refused.body).to.deep.equal({
        code: -1015,
        msg: 'Too many new orders; current limit is 3 orders per 10 SECOND.',
      });
      expect(refused.headers['retry-after']).to.equal('8');
      expect(h.exchange.openOrders(a.id)).to.have.length(3);
      h.advance(7500);
      expect(counts(await a.client.post('/api/v3/order', RESTING))).to.deep.equal(['1', '4']);
      expect(counts(await a.client.post('/api/v3/order', RESTING))).to.deep.equal(['2', '5']);
      const daily = await a.client.post('/api/v3/order', RESTING);
      expect(json(daily)['msg']).to.equal('Too many new orders; current limit is 5 orders per 1 DAY.');
      expect(h.exchange.orderCounts.stats()).to.deep.equal({ refused: 2, refusedAgain: 0 });
      await a.client.post('/api/v3/order', RESTING);
      expect(h.exchange.orderCounts.stats()).to.deep.equal({ refused: 3, refusedAgain: 1 });
    });

    it('does not count refused orders or order/test', async () => {
      await a.client.post('/api/v3/order', { ...RESTING, quantity: '4000' });
      await a.client.post('/api/v3/order', { ...RESTING, price: '0.0001' });
      await a.client.post('/api/v3/order/test', RESTING);
      expect(counts(await a.client.post('/api/v3/order', RESTING))).to.deep.equal(['1', '1']);
    });

    it("gives an order's count back at its first fill (an order filled at once shows it in its own answer)", async () => {
      const seller = h.open({ balances: { QUIET: '1000' } });
      await seller.client.post('/api/v3/order', { ...RESTING, side: 'SELL', price: '2.5000', quantity: '10' });
      const market = await a.client.post('/api/v3/order', {
        symbol: 'QUIETUSDT',
        side: 'BUY',
        type: 'MARKET',
        quantity: '2',
      });
      expect(counts(market)).to.deep.equal(['1', '1']);
      const resting = await a.client.post('/api/v3/order', { ...RESTING, price: '2.4000' });
      expect(counts(resting)).to.deep.equal(['1', '1']);
      await seller.client.post('/api/v3/order', { ...RESTING, side: 'SELL', price: '2.4000', quantity: '2.1' });
      await seller.client.post('/api/v3/order', { ...RESTING, side: 'SELL', price: '2.4000', quantity: '2.1' });
      expect(counts(await a.client.post('/api/v3/order', RESTING))).to.deep.equal(['1', '1']);
      expect(
        counts(await seller.client.post('/api/v3/order', { ...RESTING, side: 'SELL', price: '3.0000' })),
      ).to.deep.equal(['1', '1']);
    });
  });

  it('aligns its windows to their interval, per account', () => {
    const limiter = new OrderCountLimiter(SMALL.rules);
    const start = Date.UTC(2026, 0, 1, 0, 0, 0);
    for (let i = 0; i < 3; i++) limiter.record('x', start + 9_000 + i);
    expect(() => limiter.check('x', start + 9_999))
      .to.throw(RestError)
      .with.property('status', 429);
    expect(limiter.retryAfterSeconds('x', start + 9_999)).to.equal(1);
    expect(() => limiter.check('y', start + 9_999)).to.not.throw();
    expect(() => limiter.check('x', start + 10_000)).to.not.throw();
    expect(limiter.usage('x', start + 10_000).map((u) => u.count)).to.deep.equal([0, 3]);
    limiter.release('x', start + 10_000);
    expect(limiter.usage('x', start + 10_000).map((u) => u.count)).to.deep.equal([0, 2]);
    expect(OrderCountLimiter.headerName(SMALL.rules[2])).to.equal('X-MBX-ORDER-COUNT-1D');
  });
});
