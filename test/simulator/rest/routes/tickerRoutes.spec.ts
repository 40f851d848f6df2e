import { expect } from 'chai';
import { ticker24hWeight } from '../../../../src/simulator/rest/routes/tickerRoutes.js';
import { summarize, type TradeEvent } from '../../market/marketFixtures.js';
import { type RestTestServer, startRestServer } from '../restTestServer.js';

type Row = Record<string, string | number>;

const FULL_24H = [
  'symbol',
  'priceChange',
  'priceChangePercent',
  'weightedAvgPrice',
  'prevClosePrice',
  'lastPrice',
  'lastQty',
  'bidPrice',
  'bidQty',
  'askPrice',
  'askQty',
  'openPrice',
  'highPrice',
  'lowPrice',
  'volume',
  'quoteVolume',
  'openTime',
  'closeTime',
  'firstId',
  'lastId',
  'count',
];
const MINI = [
  'symbol',
  'openPrice',
  'highPrice',
  'lowPrice',
  'lastPrice',
  'volume',
  'quoteVolume',
  'openTime',
  'closeTime',
  'firstId',
  'lastId',
  'count',
];

describe('ticker routes', () => {
  let server: RestTestServer;
  const trades: TradeEvent[] = [];
  before(async () => {
    server = await startRestServer({
      rateLimits: { rules: [{ rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 100_000 }] },
    });
    server.hub.subscribe('btcusdt@trade', (t) => trades.push(t as TradeEvent));
    for (let i = 0; i < 900; i++) server.step();
  });
  after(async () => {
    await server.close();
  });

  it('weighs 24h tickers by the number of symbols', () => {
    const w = (entries: [string, string][]) => ticker24hWeight(new Map(entries));
    const list = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `S${i}`));
    expect([
      w([['symbol', 'A']]),
      w([]),
      w([['symbols', list(20)]]),
      w([['symbols', list(21)]]),
      w([['symbols', list(101)]]),
      w([['symbols', '[']]),
    ]).to.deep.equal([2, 80, 2, 40, 80, 2]);
  });

  it('24hr: the trades of the window, the book top and the last trade; MINI and lists', async () => {
    const one = (await server.get('/api/v3/ticker/24hr?symbol=BTCUSDT')).body as Row;
    expect(Object.keys(one)).to.deep.equal(FULL_24H);
    const s = summarize(trades.filter((t) => t.T >= (one['openTime'] as number)));
    expect(one).to.deep.include({
      openPrice: s['open'],
      highPrice: s['high'],
      lowPrice: s['low'],
      lastPrice: s['close'],
    });
    expect(one).to.deep.include({
      volume: s['volume'],
      quoteVolume: s['quoteVolume'],
      weightedAvgPrice: s['weightedAvgPrice'],
    });
    expect(one).to.deep.include({
      firstId: s['firstId'],
      lastId: s['lastId'],
      count: s['count'],
      closeTime: server.now(),
    });
    expect(one['lastQty']).to.equal(trades.at(-1)?.q);
    const top = server.hub.trueBook('BTCUSDT', 1);
    expect([one['bidPrice'], one['bidQty'], one['askPrice'], one['askQty']]).to.deep.equal([
      ...(top.bids[0] ?? []),
      ...(top.asks[0] ?? []),
    ]);
    const mini = (await server.get('/api/v3/ticker/24hr?symbol=BTCUSDT&type=MINI')).body as Row;
    expect(Object.keys(mini)).to.deep.equal(MINI);
    expect(mini['lastPrice']).to.equal(one['lastPrice']);
    const all = await server.get('/api/v3/ticker/24hr');
    expect((all.body as Row[]).map((r) => r['symbol'])).to.deep.equal(['BTCUSDT', 'ETHUSDT', 'QUIETUSDT']);
    const quiet = (all.body as Row[])[2] as Row;
    expect(quiet).to.deep.include({
      count: 0,
      firstId: -1,
      lastId: -1,
      volume: '0.00000000',
      lastPrice: '2.50000000',
      priceChangePercent: '0.000',
    });
    const listed = await server.get('/api/v3/ticker/24hr?symbols=%5B%22ETHUSDT%22%5D&symbolStatus=HALT');
    expect(listed.body).to.deep.equal([]);
  });

  it('price and bookTicker: last prices and book tops, single or listed', async () => {
    const price = await server.get('/api/v3/ticker/price?symbol=ETHUSDT');
    expect(price.body).to.deep.equal({
      symbol: 'ETHUSDT',
      price: server.hub.market('ETHUSDT')?.rules.price(server.hub.market('ETHUSDT')!.lastPrice),
    });
    expect(((await server.get('/api/v3/ticker/price')).body as Row[]).map((r) => r['symbol'])).to.have.length(3);
    const book = (await server.get('/api/v3/ticker/bookTicker?symbols=%5B%22BTCUSDT%22,%22ETHUSDT%22%5D'))
      .body as Row[];
    const eth = server.hub.trueBook('ETHUSDT', 1);
    expect(book[1]).to.deep.equal({
      symbol: 'ETHUSDT',
      bidPrice: eth.bids[0]?.[0],
      bidQty: eth.bids[0]?.[1],
      askPrice: eth.asks[0]?.[0],
      askQty: eth.asks[0]?.[1],
    });
  });

  it('rolling ticker: window sizes in minutes, hours and days, opening on a minute', async () => {
    const rolling = (await server.get('/api/v3/ticker?symbol=BTCUSDT&windowSize=1m')).body as Row;
    expect(Object.keys(rolling)).to.deep.equal([
      'symbol',
      'priceChange',
      'priceChangePercent',
      'weightedAvgPrice',
      ...MINI.slice(1),
    ]);
    const now = server.now();
    expect(rolling['openTime']).to.equal(now - 60_000 - (now % 60_000));
    const s = summarize(trades.filter((t) => t.T >= (rolling['openTime'] as number)));
    expect(rolling).to.deep.include({
      openPrice: s['open'],
      lastPrice: s['close'],
      volume: s['volume'],
      count: s['count'],
      firstId: s['firstId'],
    });
    const list = (await server.get('/api/v3/ticker?symbols=%5B%22BTCUSDT%22,%22ETHUSDT%22%5D&windowSize=7d&type=MINI'))
      .body as Row[];
    expect(list.map((r) => Object.keys(r).length)).to.deep.equal([12, 12]);
    const weight = await server.get('/api/v3/ticker?symbols=%5B%22BTCUSDT%22,%22ETHUSDT%22%5D');
    const before = Number(weight.headers['x-mbx-used-weight-1m']);
    const after = Number((await server.get('/api/v3/ticker?symbol=BTCUSDT')).headers['x-mbx-used-weight-1m']);
    expect(after - before).to.equal(4);
  });

  it('refuses bad tickers requests like Binance', async () => {
    const body = async (path: string) => (await server.get(path)).body;
    expect(await body('/api/v3/ticker')).to.deep.equal({
      code: -1102,
      msg: "Param 'symbol' or 'symbols' must be sent, but both were empty/null!",
    });
    expect(await body('/api/v3/ticker?symbol=BTCUSDT&windowSize=8d')).to.deep.equal({
      code: -1130,
      msg: "Data sent for parameter 'windowSize' is not valid.",
    });
    expect(await body('/api/v3/ticker?symbol=BTCUSDT&windowSize=60m')).to.deep.include({ code: -1130 });
    expect(await body('/api/v3/ticker?symbol=BTCUSDT&windowSize=1d2h')).to.deep.include({ code: -1130 });
    expect(await body('/api/v3/ticker/24hr?symbol=BTCUSDT&type=FOO')).to.deep.equal({
      code: -1139,
      msg: 'Invalid ticker type.',
    });
    expect(await body('/api/v3/ticker/24hr?symbol=BTCUSDT&symbols=%5B%22ETHUSDT%22%5D')).to.deep.include({
      code: -1128,
    });
    expect(await body('/api/v3/ticker/price?symbol=BTCUSDT&symbolStatus=BREAK')).to.deep.include({ code: -1220 });
    expect(await body('/api/v3/ticker/bookTicker?symbols=%5B%22BTCUSDT%22,%22BTCUSDT%22%5D')).to.deep.include({
      code: -1151,
    });
    expect(await body('/api/v3/ticker/price?symbol=btcusdt')).to.deep.include({ code: -1100 });
  });
});
