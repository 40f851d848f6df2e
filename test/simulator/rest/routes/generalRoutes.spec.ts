import { expect } from 'chai';
import { type RestTestServer, startRestServer } from '../restTestServer.js';

interface Info {
  timezone: string;
  serverTime: number;
  rateLimits: unknown[];
  exchangeFilters: unknown[];
  symbols: { symbol: string; status: string; filters: { filterType: string }[]; permissionSets: unknown[] }[];
}

describe('general routes', () => {
  let server: RestTestServer;
  before(async () => {
    server = await startRestServer({
      rateLimits: { rules: [{ rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 100_000 }] },
    });
  });
  after(async () => {
    await server.close();
  });

  it('ping and time', async () => {
    expect((await server.get('/api/v3/ping')).body).to.deep.equal({});
    expect((await server.get('/api/v3/time')).body).to.deep.equal({ serverTime: server.now() });
  });

  it('exchangeInfo lists every symbol with derived filters and the configured limits', async () => {
    const info = (await server.get('/api/v3/exchangeInfo')).body as Info;
    expect(info.timezone).to.equal('UTC');
    expect(info.serverTime).to.equal(server.now());
    expect(info.exchangeFilters).to.deep.equal([]);
    expect(info.rateLimits).to.deep.equal([
      { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 100_000 },
    ]);
    expect(info.symbols.map((s) => s.symbol)).to.deep.equal(['BTCUSDT', 'ETHUSDT', 'QUIETUSDT']);
    const btc = info.symbols[0] as Record<string, unknown>;
    expect(btc).to.deep.include({
      status: 'TRADING',
      baseAsset: 'BTC',
      baseAssetPrecision: 8,
      quoteAsset: 'USDT',
      quotePrecision: 8,
      quoteAssetPrecision: 8,
      icebergAllowed: true,
      ocoAllowed: true,
      quoteOrderQtyMarketAllowed: true,
      isSpotTradingAllowed: true,
      permissions: [],
      permissionSets: [['SPOT']],
    });
    expect(btc['orderTypes']).to.include.members(['LIMIT', 'MARKET', 'LIMIT_MAKER', 'STOP_LOSS_LIMIT']);
    const filters = Object.fromEntries((btc['filters'] as { filterType: string }[]).map((f) => [f.filterType, f]));
    expect(Object.keys(filters)).to.include.members([
      'PRICE_FILTER',
      'LOT_SIZE',
      'MARKET_LOT_SIZE',
      'ICEBERG_PARTS',
      'NOTIONAL',
      'PERCENT_PRICE_BY_SIDE',
      'MAX_NUM_ORDERS',
      'MAX_NUM_ALGO_ORDERS',
    ]);
    expect(filters['PRICE_FILTER']).to.deep.equal({
      filterType: 'PRICE_FILTER',
      minPrice: '0.01000000',
      maxPrice: '10000000.00000000',
      tickSize: '0.01000000',
    });
    expect(filters['LOT_SIZE']).to.deep.equal({
      filterType: 'LOT_SIZE',
      minQty: '0.00001000',
      maxQty: '9000.00000000',
      stepSize: '0.00001000',
    });
    expect(filters['NOTIONAL']).to.deep.include({ minNotional: '5.00000000', applyMinToMarket: true, avgPriceMins: 5 });
    expect(filters['MAX_NUM_ORDERS']).to.deep.equal({ filterType: 'MAX_NUM_ORDERS', maxNumOrders: 200 });
  });

  it('exchangeInfo narrows by symbol, symbols, permissions and symbolStatus', async () => {
    const names = async (query: string) =>
      ((await server.get(`/api/v3/exchangeInfo?${query}`)).body as Info).symbols.map((s) => s.symbol);
    expect(await names('symbol=ETHUSDT')).to.deep.equal(['ETHUSDT']);
    expect(await names('symbols=%5B%22QUIETUSDT%22,%22BTCUSDT%22%5D')).to.deep.equal(['QUIETUSDT', 'BTCUSDT']);
    expect(await names('permissions=SPOT')).to.have.length(3);
    expect(await names('permissions=%5B%22MARGIN%22%5D')).to.deep.equal([]);
    expect(await names('symbolStatus=HALT')).to.deep.equal([]);
    expect(await names('symbolStatus=TRADING')).to.have.length(3);
    const hidden = (await server.get('/api/v3/exchangeInfo?symbol=BTCUSDT&showPermissionSets=false')).body as Info;
    expect(hidden.symbols[0]?.permissionSets).to.deep.equal([]);
  });

  it('exchangeInfo refuses bad symbols and combinations', async () => {
    const error = async (query: string) => (await server.get(`/api/v3/exchangeInfo?${query}`)).body;
    expect(await error('symbol=NOPE')).to.deep.equal({ code: -1121, msg: 'Invalid symbol.' });
    expect(await error('symbol=BTCUSDT&symbols=%5B%22ETHUSDT%22%5D')).to.deep.equal({
      code: -1128,
      msg: 'Combination of optional parameters invalid.',
    });
    expect(await error('symbol=BTCUSDT&permissions=SPOT')).to.deep.include({ code: -1128 });
    expect(await error('symbolStatus=OPEN')).to.deep.equal({ code: -1122, msg: 'Invalid symbolStatus.' });
    expect(await error('permissions=FUTURES')).to.deep.include({ code: -1130 });
    expect(await error('permissions=%5Bbad')).to.deep.include({ code: -1130 });
  });
});
