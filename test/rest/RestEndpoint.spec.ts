import { expect } from 'chai';
import { depthWeight, ENDPOINTS, type RestEndpoint } from '../../src/rest/RestEndpoint.js';

const weightOf = (endpoint: RestEndpoint, params: Record<string, string> = {}): number => {
  const { weight } = endpoint;
  return typeof weight === 'function' ? weight(new Map(Object.entries(params))) : weight;
};

describe('RestEndpoint', () => {
  describe('depthWeight', () => {
    it('weighs GET /api/v3/depth by limit: 1–100 → 5, 101–500 → 25, 501–1000 → 50, 1001–5000 → 250', () => {
      const table: [string, number][] = [
        ['1', 5],
        ['5', 5],
        ['100', 5],
        ['101', 25],
        ['500', 25],
        ['501', 50],
        ['1000', 50],
        ['1001', 250],
        ['5000', 250],
      ];
      for (const [limit, weight] of table) expect(depthWeight(new Map([['limit', limit]])), limit).to.equal(weight);
    });

    it('uses the default limit (100) when none is given, and the highest weight for a limit it cannot read', () => {
      expect(depthWeight(new Map())).to.equal(5);
      expect(depthWeight(new Map([['limit', 'lots']]))).to.equal(250);
    });
  });

  describe('ENDPOINTS', () => {
    it('carries the weights of PROTOCOL §3.6', () => {
      expect(weightOf(ENDPOINTS.ping)).to.equal(1);
      expect(weightOf(ENDPOINTS.time)).to.equal(1);
      expect(weightOf(ENDPOINTS.exchangeInfo)).to.equal(20);
      expect(weightOf(ENDPOINTS.depth, { symbol: 'BTCUSDT', limit: '1000' })).to.equal(50);
      expect(weightOf(ENDPOINTS.avgPrice)).to.equal(2);
      expect(weightOf(ENDPOINTS.placeOrder)).to.equal(1);
      expect(weightOf(ENDPOINTS.cancelOrder)).to.equal(1);
      expect(weightOf(ENDPOINTS.cancelAll)).to.equal(1);
      expect(weightOf(ENDPOINTS.getOrder)).to.equal(4);
      expect(weightOf(ENDPOINTS.allOrders)).to.equal(20);
      expect(weightOf(ENDPOINTS.account)).to.equal(20);
    });

    it('weighs by parameters where Binance does', () => {
      expect(weightOf(ENDPOINTS.openOrders, { symbol: 'BTCUSDT' })).to.equal(6);
      expect(weightOf(ENDPOINTS.openOrders)).to.equal(80);
      expect(weightOf(ENDPOINTS.myTrades, { symbol: 'BTCUSDT' })).to.equal(20);
      expect(weightOf(ENDPOINTS.myTrades, { symbol: 'BTCUSDT', orderId: '12' })).to.equal(5);
      expect(weightOf(ENDPOINTS.testOrder)).to.equal(1);
      expect(weightOf(ENDPOINTS.testOrder, { computeCommissionRates: 'false' })).to.equal(1);
      expect(weightOf(ENDPOINTS.testOrder, { computeCommissionRates: 'true' })).to.equal(20);
    });

    it('names methods, paths and security types', () => {
      const shape = Object.fromEntries(
        Object.entries(ENDPOINTS).map(([name, e]) => [name, `${e.method} ${e.path} ${e.security}`]),
      );
      expect(shape).to.deep.equal({
        ping: 'GET /api/v3/ping NONE',
        time: 'GET /api/v3/time NONE',
        exchangeInfo: 'GET /api/v3/exchangeInfo NONE',
        depth: 'GET /api/v3/depth NONE',
        avgPrice: 'GET /api/v3/avgPrice NONE',
        placeOrder: 'POST /api/v3/order TRADE',
        testOrder: 'POST /api/v3/order/test TRADE',
        cancelOrder: 'DELETE /api/v3/order TRADE',
        cancelAll: 'DELETE /api/v3/openOrders TRADE',
        getOrder: 'GET /api/v3/order USER_DATA',
        openOrders: 'GET /api/v3/openOrders USER_DATA',
        allOrders: 'GET /api/v3/allOrders USER_DATA',
        myTrades: 'GET /api/v3/myTrades USER_DATA',
        account: 'GET /api/v3/account USER_DATA',
      });
    });

    it('counts only order placement toward the ORDERS limits, and never marks it safe to repeat', () => {
      const placing = Object.entries(ENDPOINTS).filter(([, e]) => e.placesOrder);
      expect(placing.map(([name]) => name)).to.deep.equal(['placeOrder']);
      const unsafe = Object.entries(ENDPOINTS).filter(([, e]) => !e.idempotent);
      expect(unsafe.map(([name]) => name)).to.deep.equal(['placeOrder']);
    });

    it('treats every GET, the test order and cancels as idempotent', () => {
      for (const e of Object.values(ENDPOINTS)) if (e.method === 'GET') expect(e.idempotent, e.path).to.equal(true);
      expect(ENDPOINTS.testOrder.idempotent).to.equal(true);
      expect(ENDPOINTS.cancelOrder.idempotent).to.equal(true);
      expect(ENDPOINTS.cancelAll.idempotent).to.equal(true);
    });
  });
});
