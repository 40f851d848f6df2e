import { expect } from 'chai';
import type { SymbolConfig } from '../../../src/simulator/market/SymbolConfig.js';
import { type ExchangeHarness, json, startExchange, type TestAccount } from './exchangeHarness.js';

/** A symbol whose every filter is reachable: tick 0.05, steps of 0.01, at most 3 open orders, 1 stop order. */
const FLT: SymbolConfig = {
  symbol: 'FLTUSDT',
  baseAsset: 'FLT',
  quoteAsset: 'USDT',
  initialPrice: '100.00',
  tickSize: '0.05',
  stepSize: '0.01',
  minQty: '0.10',
  maxQty: '1000',
  maxPrice: '10000',
  minNotional: '10',
  maxNotional: '50000',
  maxNumOrders: 3,
  maxNumAlgoOrders: 1,
  activity: 0,
};
const HALTED: SymbolConfig = { ...FLT, symbol: 'HLTUSDT', baseAsset: 'HLT', status: 'HALT' };

type Params = Record<string, string>;
const BUY: Params = { symbol: 'FLTUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '90' };

/** [case, parameters, filter] — the average price is the initial 100 (no trades yet). */
const FAILURES: readonly [string, Params, string][] = [
  ['price off the tick grid', { ...BUY, price: '90.03' }, 'PRICE_FILTER'],
  ['price above maxPrice', { ...BUY, price: '10000.05', quantity: '0.10' }, 'PRICE_FILTER'],
  ['price 0', { ...BUY, price: '0' }, 'PRICE_FILTER'],
  ['stopPrice off the grid', { ...BUY, type: 'STOP_LOSS_LIMIT', stopPrice: '110.02' }, 'PRICE_FILTER'],
  ['price before quantity', { ...BUY, price: '90.03', quantity: '0.05' }, 'PRICE_FILTER'],
  ['quantity below minQty', { ...BUY, quantity: '0.05' }, 'LOT_SIZE'],
  ['quantity above maxQty', { ...BUY, quantity: '1000.01' }, 'LOT_SIZE'],
  ['icebergQty below minQty', { ...BUY, quantity: '5', icebergQty: '0.05' }, 'LOT_SIZE'],
  ['more than 100 iceberg parts', { ...BUY, quantity: '20', icebergQty: '0.10' }, 'ICEBERG_PARTS'],
  [
    'MARKET above the market maxQty',
    { symbol: 'FLTUSDT', side: 'BUY', type: 'MARKET', quantity: '150' },
    'MARKET_LOT_SIZE',
  ],
  ['BUY above 5× the average', { ...BUY, price: '500.05', quantity: '0.10' }, 'PERCENT_PRICE_BY_SIDE'],
  ['SELL below 0.2× the average', { ...BUY, side: 'SELL', price: '19.95' }, 'PERCENT_PRICE_BY_SIDE'],
  ['notional below min', { ...BUY, price: '99', quantity: '0.10' }, 'NOTIONAL'],
  ['notional above max', { ...BUY, price: '100', quantity: '600' }, 'NOTIONAL'],
  [
    'MARKET notional at the average',
    { symbol: 'FLTUSDT', side: 'SELL', type: 'MARKET', quoteOrderQty: '9.99' },
    'NOTIONAL',
  ],
];

describe('checkOrderFilters (filter failures of POST /api/v3/order)', () => {
  let h: ExchangeHarness;
  let trader: TestAccount;
  beforeEach(async () => {
    h = await startExchange({ symbols: [FLT, HALTED] });
    trader = h.open({ balances: { USDT: '1000000', FLT: '10000' } });
  });
  afterEach(() => h.close());

  it('publishes in exchangeInfo the values it enforces', async () => {
    const info = json(await h.request('GET', '/api/v3/exchangeInfo?symbol=FLTUSDT'));
    const [symbol] = info['symbols'] as { filters: Record<string, unknown>[] }[];
    const filters = new Map((symbol?.filters ?? []).map((f) => [f['filterType'], f]));
    expect(filters.get('PRICE_FILTER')).to.deep.include({
      minPrice: '0.05000000',
      maxPrice: '10000.00000000',
      tickSize: '0.05000000',
    });
    expect(filters.get('LOT_SIZE')).to.deep.include({
      minQty: '0.10000000',
      maxQty: '1000.00000000',
      stepSize: '0.01000000',
    });
    expect(filters.get('MARKET_LOT_SIZE')).to.deep.include({ maxQty: '100.00000000' });
    expect(filters.get('NOTIONAL')).to.deep.include({ minNotional: '10.00000000', maxNotional: '50000.00000000' });
    expect(filters.get('ICEBERG_PARTS')).to.deep.include({ limit: 100 });
    expect(filters.get('PERCENT_PRICE_BY_SIDE')).to.deep.include({ bidMultiplierUp: '5', askMultiplierDown: '0.2' });
    expect(filters.get('MAX_NUM_ORDERS')).to.deep.include({ maxNumOrders: 3 });
    expect(filters.get('MAX_NUM_ALGO_ORDERS')).to.deep.include({ maxNumAlgoOrders: 1 });
  });

  for (const [name, params, filter] of FAILURES) {
    it(`refuses ${name}: Filter failure: ${filter}`, async () => {
      for (const path of ['/api/v3/order', '/api/v3/order/test']) {
        const reply = await trader.client.post(path, params);
        expect([reply.status, reply.body], path).to.deep.equal([
          400,
          { code: -1013, msg: `Filter failure: ${filter}` },
        ]);
      }
      expect(trader.events).to.deep.equal([]);
    });
  }

  it('accepts the bounds themselves', async () => {
    for (const params of [
      { ...BUY, price: '500.00', quantity: '0.10' },
      { ...BUY, price: '100', quantity: '0.10' },
      { ...BUY, side: 'SELL', price: '20.00' },
    ]) {
      const reply = await trader.client.post('/api/v3/order/test', params);
      expect([reply.status, reply.body], JSON.stringify(params)).to.deep.equal([200, {}]);
    }
  });

  it('MAX_NUM_ORDERS counts the account open orders on the symbol', async () => {
    for (let i = 0; i < 3; i++) expect((await trader.client.post('/api/v3/order', BUY)).status).to.equal(200);
    const fourth = await trader.client.post('/api/v3/order', BUY);
    expect(fourth.body).to.deep.equal({ code: -1013, msg: 'Filter failure: MAX_NUM_ORDERS' });
    const other = h.open({ balances: { USDT: '1000' } });
    expect((await other.client.post('/api/v3/order', BUY)).status).to.equal(200);
    const [first] = h.exchange.openOrders(trader.id);
    await trader.client.delete('/api/v3/order', { symbol: 'FLTUSDT', orderId: first?.orderId ?? 0 });
    expect((await trader.client.post('/api/v3/order', BUY)).status).to.equal(200);
  });

  it('MAX_NUM_ALGO_ORDERS counts open stop orders', async () => {
    const stop = { symbol: 'FLTUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '1', stopPrice: '90' };
    expect((await trader.client.post('/api/v3/order', stop)).status).to.equal(200);
    expect((await trader.client.post('/api/v3/order', stop)).body).to.deep.equal({
      code: -1013,
      msg: 'Filter failure: MAX_NUM_ALGO_ORDERS',
    });
  });

  it('refuses what the matching engine would: balance, iceberg combinations, closed markets, barred accounts', async () => {
    const poor = h.open({ balances: { USDT: '89.99' } });
    const broke = await poor.client.post('/api/v3/order', BUY);
    expect(broke.body).to.deep.equal({ code: -2010, msg: 'Account has insufficient balance for requested action.' });
    const tooBig = await trader.client.post('/api/v3/order', { ...BUY, icebergQty: '1' });
    expect(tooBig.body).to.deep.equal({ code: -2010, msg: 'IcebergQty exceeds QTY.' });
    const ioc = await trader.client.post('/api/v3/order', { ...BUY, timeInForce: 'IOC', icebergQty: '0.5' });
    expect(ioc.body).to.deep.equal({ code: -2010, msg: 'Unsupported order combination' });
    const halted = await trader.client.post('/api/v3/order', { ...BUY, symbol: 'HLTUSDT' });
    expect(halted.body).to.deep.equal({ code: -2010, msg: 'Market is closed.' });
    const barred = h.open({ balances: { USDT: '1000' }, canTrade: false });
    expect((await barred.client.post('/api/v3/order', BUY)).body).to.deep.equal({
      code: -2010,
      msg: 'This account may not place or cancel orders.',
    });
    expect(h.exchange.openOrders(trader.id)).to.deep.equal([]);
  });
});
