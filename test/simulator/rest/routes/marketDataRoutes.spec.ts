import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import { depthWeight } from '../../../../src/simulator/rest/routes/marketDataRoutes.js';
import { summarize, type TradeEvent } from '../../market/marketFixtures.js';
import { type RestTestServer, startRestServer } from '../restTestServer.js';

type Levels = [string, string][];
interface Depth {
  lastUpdateId: number;
  bids: Levels;
  asks: Levels;
}
interface RestTrade {
  id: number;
  price: string;
  qty: string;
  quoteQty: string;
  time: number;
  isBuyerMaker: boolean;
  isBestMatch: boolean;
}

const asEvent = (t: RestTrade): TradeEvent => ({ t: t.id, p: t.price, q: t.qty, T: t.time, m: t.isBuyerMaker });

describe('market data routes', () => {
  let server: RestTestServer;
  before(async () => {
    server = await startRestServer({
      preHistoryMs: 3 * 3_600_000,
      rateLimits: { rules: [{ rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 100_000 }] },
    });
    for (let i = 0; i < 600; i++) server.step();
  });
  after(async () => {
    await server.close();
  });

  it('weighs depth by limit', () => {
    const w = (limit?: string) => depthWeight(new Map(limit === undefined ? [] : [['limit', limit]]));
    expect([w(), w('100'), w('101'), w('500'), w('1000'), w('5000'), w('9000'), w('abc')]).to.deep.equal([
      5, 5, 25, 25, 50, 250, 250, 5,
    ]);
  });

  it('depth: the true book, limited, with its last update id and the weight of the limit', async () => {
    const reply = await server.get('/api/v3/depth?symbol=BTCUSDT&limit=7');
    expect(reply.body).to.deep.equal(server.hub.trueBook('BTCUSDT', 7));
    expect(reply.headers['x-mbx-used-weight-1m']).to.equal('5');
    const full = await server.get('/api/v3/depth?symbol=ETHUSDT&limit=5000');
    expect(full.body).to.deep.equal(server.hub.trueBook('ETHUSDT'));
    expect(Number(full.headers['x-mbx-used-weight-1m']) - 5).to.equal(250);
    expect(((await server.get('/api/v3/depth?symbol=BTCUSDT')).body as Depth).bids.length).to.equal(
      Math.min(100, server.hub.trueBook('BTCUSDT').bids.length),
    );
  });

  it('depth: replaying the diff stream after a snapshot gives the true book (PROTOCOL §2)', async () => {
    const events: { U: number; u: number; b: Levels; a: Levels }[] = [];
    const stop = server.hub.subscribe('btcusdt@depth@100ms', (e) => events.push(e as (typeof events)[number]));
    server.step();
    const snapshot = (await server.get('/api/v3/depth?symbol=BTCUSDT&limit=5000')).body as Depth;
    for (let i = 0; i < 30; i++) server.step();
    stop();
    const book = { b: new Map(snapshot.bids), a: new Map(snapshot.asks) };
    const kept = events.filter((e) => e.u > snapshot.lastUpdateId);
    expect(kept[0]?.U).to.be.at.most(snapshot.lastUpdateId + 1);
    for (const e of kept) {
      for (const side of ['b', 'a'] as const) {
        for (const [p, q] of e[side]) {
          if (new BigNumber(q).isZero()) book[side].delete(p);
          else book[side].set(p, q);
        }
      }
    }
    const truth = server.hub.trueBook('BTCUSDT');
    expect(kept.at(-1)?.u).to.equal(truth.lastUpdateId);
    expect(new Map(truth.bids)).to.deep.equal(book.b);
    expect(new Map(truth.asks)).to.deep.equal(book.a);
  });

  it('depth: symbolStatus, limits and symbol errors', async () => {
    const body = async (query: string) => (await server.get(`/api/v3/depth?${query}`)).body;
    expect(await body('symbol=BTCUSDT&symbolStatus=TRADING')).to.have.property('lastUpdateId');
    expect(await body('symbol=BTCUSDT&symbolStatus=HALT')).to.deep.equal({
      code: -1220,
      msg: "The symbol's status does not match the requested symbolStatus.",
    });
    expect(await body('symbol=BTCUSDT&limit=0')).to.deep.include({ code: -1130 });
    expect(await body('symbol=BTCUSDT&limit=x')).to.deep.include({ code: -1100 });
    expect(await body('symbol=NOPE')).to.deep.equal({ code: -1121, msg: 'Invalid symbol.' });
    expect(await body('')).to.deep.include({ code: -1102 });
  });

  it('trades: the most recent ones, consecutive, with exact notionals; historicalTrades from an id', async () => {
    const recent = (await server.get('/api/v3/trades?symbol=BTCUSDT&limit=50')).body as RestTrade[];
    expect(recent).to.have.length(50);
    expect(Object.keys(recent[0] as RestTrade)).to.deep.equal([
      'id',
      'price',
      'qty',
      'quoteQty',
      'time',
      'isBuyerMaker',
      'isBestMatch',
    ]);
    recent.forEach((t, i) => {
      if (i > 0) expect(t.id).to.equal((recent[i - 1] as RestTrade).id + 1);
      expect(t.quoteQty).to.equal(new BigNumber(t.price).times(t.qty).toFixed(8, BigNumber.ROUND_DOWN));
    });
    expect(recent.at(-1)?.id).to.equal(server.hub.market('BTCUSDT')?.history.lastTrade?.id);
    expect((await server.get('/api/v3/trades?symbol=BTCUSDT')).body).to.have.length(500);
    expect((await server.get('/api/v3/trades?symbol=BTCUSDT&limit=5000')).body).to.have.length(1000);
    const from = (recent[10] as RestTrade).id;
    const older = (await server.get(`/api/v3/historicalTrades?symbol=BTCUSDT&fromId=${from}&limit=5`))
      .body as RestTrade[];
    expect(older).to.deep.equal(recent.slice(10, 15));
    expect((await server.get('/api/v3/historicalTrades?symbol=BTCUSDT&limit=3')).body).to.deep.equal(recent.slice(-3));
  });

  it('aggTrades: by id, by time range (inclusive), or the most recent, each covering its trades', async () => {
    const trades = (await server.get('/api/v3/trades?symbol=BTCUSDT&limit=1000')).body as RestTrade[];
    const aggs = (await server.get('/api/v3/aggTrades?symbol=BTCUSDT&limit=100')).body as Record<
      string,
      number | string | boolean
    >[];
    expect(Object.keys(aggs[0] ?? {})).to.deep.equal(['a', 'p', 'q', 'f', 'l', 'T', 'm', 'M']);
    const byId = new Map(trades.map((t) => [t.id, t]));
    for (const agg of aggs) {
      const covered = trades.filter((t) => t.id >= (agg['f'] as number) && t.id <= (agg['l'] as number));
      expect(covered.every((t) => t.price === agg['p'] && t.time === agg['T'] && t.isBuyerMaker === agg['m'])).to.equal(
        true,
      );
      expect(covered.reduce((s, t) => s.plus(t.qty), new BigNumber(0)).toFixed(8)).to.equal(agg['q']);
      expect(byId.has(agg['l'] as number)).to.equal(true);
    }
    const first = aggs[20] as Record<string, number>;
    expect((await server.get(`/api/v3/aggTrades?symbol=BTCUSDT&fromId=${first['a']}&limit=3`)).body).to.deep.equal(
      aggs.slice(20, 23),
    );
    const start = first['T'] as number;
    const ranged = (await server.get(`/api/v3/aggTrades?symbol=BTCUSDT&startTime=${start}&endTime=${start + 1000}`))
      .body as { T: number }[];
    expect(ranged.length).to.be.greaterThan(0);
    expect(ranged.every((a) => a.T >= start && a.T <= start + 1000)).to.equal(true);
    const micro = (
      await server.get(`/api/v3/aggTrades?symbol=BTCUSDT&startTime=${start * 1000}&endTime=${(start + 1000) * 1000}`)
    ).body;
    expect(micro).to.deep.equal(ranged);
  });

  it('klines and uiKlines: arrays of Binance’s 12 fields that agree with the trades', async () => {
    const klines = (await server.get('/api/v3/klines?symbol=BTCUSDT&interval=1m&limit=3')).body as (
      string | number
    )[][];
    expect(klines).to.have.length(3);
    expect((await server.get('/api/v3/uiKlines?symbol=BTCUSDT&interval=1m&limit=3')).body).to.deep.equal(klines);
    const trades = ((await server.get('/api/v3/trades?symbol=BTCUSDT&limit=1000')).body as RestTrade[]).map(asEvent);
    const closed = klines[1] as (string | number)[];
    expect(closed).to.have.length(12);
    expect(closed[6]).to.equal((closed[0] as number) + 59_999);
    const s = summarize(trades.filter((t) => t.T >= (closed[0] as number) && t.T <= (closed[6] as number)));
    expect(closed).to.deep.equal([
      closed[0],
      s['open'],
      s['high'],
      s['low'],
      s['close'],
      s['volume'],
      closed[6],
      s['quoteVolume'],
      s['count'],
      s['takerBuyVolume'],
      s['takerBuyQuoteVolume'],
      '0',
    ]);
  });

  it('klines: ranges, limits, time zones and errors', async () => {
    const get = async (query: string) =>
      (await server.get(`/api/v3/klines?symbol=BTCUSDT&${query}`)).body as number[][];
    const hours = await get('interval=1h');
    expect(hours.length).to.be.within(3, 5);
    expect(hours.at(-1)?.[0]).to.equal(server.now() - (server.now() % 3_600_000));
    const start = hours[1]?.[0] as number;
    expect((await get(`interval=1h&startTime=${start}&limit=1`)).map((k) => k[0])).to.deep.equal([start]);
    expect((await get(`interval=1h&endTime=${start}`)).at(-1)?.[0]).to.equal(start);
    expect(await get('interval=1m&limit=5000')).to.have.length.at.most(1000);
    const local = await get('interval=1d&timeZone=8');
    expect(local.at(-1)?.[0]).to.equal(Date.UTC(2026, 10, 20, 16));
    expect((await get('interval=1d&timeZone=-1:30')).at(-1)?.[0]).to.equal(Date.UTC(2026, 10, 21, 1, 30));
    expect(await get('interval=2m')).to.deep.equal({ code: -1120, msg: 'Invalid interval.' });
    expect(await get('interval=1m&timeZone=15')).to.deep.include({ code: -1130 });
    expect(await get('interval=1m&timeZone=abc')).to.deep.include({ code: -1130 });
    expect(await get('limit=5')).to.deep.include({ code: -1102 });
  });

  it('avgPrice: the 5-minute VWAP and the time of its last trade', async () => {
    const trades = ((await server.get('/api/v3/trades?symbol=ETHUSDT&limit=1000')).body as RestTrade[]).map(asEvent);
    const now = server.now();
    const window = trades.filter((t) => t.T >= now - (now % 1000) - 299_000);
    const reply = (await server.get('/api/v3/avgPrice?symbol=ETHUSDT')).body;
    expect(reply).to.deep.equal({ mins: 5, price: summarize(window)['weightedAvgPrice'], closeTime: window.at(-1)?.T });
  });
});
