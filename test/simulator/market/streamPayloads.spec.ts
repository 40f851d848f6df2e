import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import type { MarketHub } from '../../../src/simulator/market/MarketHub.js';
import { manualHub, record, summarize, type TradeEvent } from './marketFixtures.js';

type Payload = Record<string, unknown>;
type Levels = [string, string][];

const DECIMAL = /^-?\d+\.\d{8}$/;
const STEPS = 1500; // 150 s from 11:58:30: three minute candles close, one hour candle closes.

function tradesBetween(trades: readonly TradeEvent[], from: number, to: number): TradeEvent[] {
  return trades.filter((t) => t.T >= from && t.T <= to);
}

/** Applies diff events to a book snapshot, the way a client keeps a local book (PROTOCOL §2). */
class LocalBook {
  private readonly sides = { b: new Map<string, string>(), a: new Map<string, string>() };

  constructor(
    snapshot: { lastUpdateId: number; bids: Levels; asks: Levels },
    public id = snapshot.lastUpdateId,
  ) {
    for (const [p, q] of snapshot.bids) this.sides.b.set(p, q);
    for (const [p, q] of snapshot.asks) this.sides.a.set(p, q);
  }

  apply(event: Payload): void {
    if ((event['u'] as number) <= this.id) return;
    expect(event['U'], 'no gap').to.be.at.most(this.id + 1);
    for (const key of ['b', 'a'] as const) {
      for (const [p, q] of event[key] as Levels) {
        if (new BigNumber(q).isZero()) this.sides[key].delete(p);
        else this.sides[key].set(p, q);
      }
    }
    this.id = event['u'] as number;
  }

  snapshot(): { lastUpdateId: number; bids: Levels; asks: Levels } {
    const sorted = (m: Map<string, string>, desc: boolean): Levels =>
      [...m.entries()].sort(([x], [y]) => (desc ? -1 : 1) * new BigNumber(x).comparedTo(y)!);
    return { lastUpdateId: this.id, bids: sorted(this.sides.b, true), asks: sorted(this.sides.a, false) };
  }
}

describe('stream payloads (consistency of everything a symbol reports)', () => {
  let hub: MarketHub;
  let log: Map<string, Payload[]>;
  const checks = { bookTicker: 0, depth5: 0, diff1000: 0 };
  const fast: LocalBook[] = [];
  const slow: LocalBook[] = [];

  before(() => {
    const manual = manualHub();
    hub = manual.hub;
    log = record(hub, [
      'btcusdt@trade',
      'btcusdt@aggTrade',
      'btcusdt@kline_1m',
      'btcusdt@kline_1s',
      'btcusdt@kline_1h',
      'btcusdt@ticker',
      'btcusdt@miniTicker',
      'btcusdt@ticker_1h',
      'btcusdt@avgPrice',
      'btcusdt@depth@100ms',
      'ethusdt@trade',
      'ethusdt@ticker_4h',
    ]);
    // Checked at emission time against the true book, which the listener sees in the state it was sent from.
    hub.subscribe('btcusdt@bookTicker', (payload) => {
      const top = hub.trueBook('BTCUSDT', 1);
      expect(payload).to.deep.equal({
        u: top.lastUpdateId,
        s: 'BTCUSDT',
        b: top.bids[0]?.[0],
        B: top.bids[0]?.[1],
        a: top.asks[0]?.[0],
        A: top.asks[0]?.[1],
      });
      checks.bookTicker++;
    });
    hub.subscribe('btcusdt@depth5', (payload) => {
      expect(payload).to.deep.equal(hub.trueBook('BTCUSDT', 5));
      checks.depth5++;
    });
    fast.push(new LocalBook(hub.trueBook('BTCUSDT')));
    slow.push(new LocalBook(hub.trueBook('BTCUSDT')));
    hub.subscribe('btcusdt@depth', (payload) => {
      (slow[0] as LocalBook).apply(payload as Payload);
      expect((slow[0] as LocalBook).snapshot()).to.deep.equal(hub.trueBook('BTCUSDT'));
      checks.diff1000++;
    });
    for (let i = 0; i < STEPS; i++) manual.step();
    for (const event of log.get('btcusdt@depth@100ms') ?? []) (fast[0] as LocalBook).apply(event);
  });

  const events = (name: string): Payload[] => log.get(name) ?? [];
  const trades = (): TradeEvent[] => events('btcusdt@trade') as unknown as TradeEvent[];

  it('trades: consecutive ids, event time = trade time, exact decimals, Binance keys', () => {
    const list = events('btcusdt@trade');
    expect(list.length).to.be.greaterThan(300);
    list.forEach((t, i) => {
      expect(Object.keys(t)).to.deep.equal(['e', 'E', 's', 't', 'p', 'q', 'T', 'm', 'M']);
      expect(t['e']).to.equal('trade');
      expect(t['E']).to.equal(t['T']);
      expect(t['p']).to.match(DECIMAL);
      expect(t['q']).to.match(DECIMAL);
      if (i > 0) expect(t['t']).to.equal((list[i - 1]?.['t'] as number) + 1);
    });
  });

  it('aggTrades: one per taker order and price, covering every trade once', () => {
    const byId = new Map(trades().map((t) => [t.t, t]));
    const aggs = events('btcusdt@aggTrade');
    let expectedFirst = trades()[0]?.t;
    aggs.forEach((a, i) => {
      expect(Object.keys(a)).to.deep.equal(['e', 'E', 's', 'a', 'p', 'q', 'f', 'l', 'T', 'm', 'M']);
      if (i > 0) expect(a['a']).to.equal((aggs[i - 1]?.['a'] as number) + 1);
      expect(a['f']).to.equal(expectedFirst);
      let quantity = new BigNumber(0);
      for (let id = a['f'] as number; id <= (a['l'] as number); id++) {
        const t = byId.get(id) as TradeEvent;
        expect([t.p, t.m, t.T]).to.deep.equal([a['p'], a['m'], a['T']]);
        quantity = quantity.plus(t.q);
      }
      expect(quantity.toFixed(8)).to.equal(a['q']);
      expectedFirst = (a['l'] as number) + 1;
    });
    expect(expectedFirst).to.equal((trades().at(-1)?.t as number) + 1);
  });

  for (const interval of ['1s', '1m'] as const) {
    it(`kline_${interval}: each closed candle is reported once, final, and equals its trades`, () => {
      const finals = events(`btcusdt@kline_${interval}`)
        .map((e) => e['k'] as Payload)
        .filter((k) => k['x'] === true);
      expect(finals.length).to.be.greaterThan(interval === '1m' ? 1 : 100);
      const opens = finals.map((k) => k['t']);
      expect(new Set(opens).size).to.equal(opens.length);
      for (const k of finals) {
        const inside = tradesBetween(trades(), k['t'] as number, k['T'] as number);
        expect(k['T']).to.equal((k['t'] as number) + (interval === '1s' ? 999 : 59_999));
        if (inside.length === 0) {
          expect([k['n'], k['f'], k['L'], k['v']]).to.deep.equal([0, -1, -1, '0.00000000']);
          continue;
        }
        const s = summarize(inside);
        expect(k).to.deep.include({ o: s['open'], h: s['high'], l: s['low'], c: s['close'], v: s['volume'] });
        expect(k).to.deep.include({ q: s['quoteVolume'], V: s['takerBuyVolume'], Q: s['takerBuyQuoteVolume'] });
        expect(k).to.deep.include({ n: s['count'], f: s['firstId'], L: s['lastId'], i: interval, s: 'BTCUSDT' });
      }
    });
  }

  it('klines: updates every 2000 ms (1000 ms for 1s), the hour candle closes once at 12:00', () => {
    const times = (name: string) =>
      events(name)
        .filter((e) => (e['k'] as Payload)['x'] === false)
        .map((e) => e['E'] as number);
    const gaps = (list: number[]) => new Set(list.slice(1).map((t, i) => t - (list[i] as number)));
    expect([...gaps(times('btcusdt@kline_1m'))]).to.deep.equal([2000]);
    expect([...gaps(times('btcusdt@kline_1s'))]).to.deep.equal([1000]);
    const hourFinals = events('btcusdt@kline_1h').filter((e) => (e['k'] as Payload)['x'] === true);
    expect(hourFinals.map((e) => (e['k'] as Payload)['T'])).to.deep.equal([Date.UTC(2026, 10, 21, 12) - 1]);
  });

  it('24h ticker: the window is the trades since a whole minute, with the book top and last trade', () => {
    const last = events('btcusdt@ticker').at(-1) as Payload;
    expect(Object.keys(last)).to.deep.equal([
      'e',
      'E',
      's',
      'p',
      'P',
      'w',
      'x',
      'c',
      'Q',
      'b',
      'B',
      'a',
      'A',
      'o',
      'h',
      'l',
      'v',
      'q',
      'O',
      'C',
      'F',
      'L',
      'n',
    ]);
    expect(last['C']).to.equal(last['E']);
    expect(last['O']).to.equal((last['E'] as number) - 86_400_000 - ((last['E'] as number) % 60_000));
    const s = summarize(tradesBetween(trades(), last['O'] as number, last['C'] as number));
    expect(last).to.deep.include({
      o: s['open'],
      h: s['high'],
      l: s['low'],
      c: s['close'],
      v: s['volume'],
      q: s['quoteVolume'],
    });
    expect(last).to.deep.include({ w: s['weightedAvgPrice'], F: s['firstId'], L: s['lastId'], n: s['count'] });
    const change = new BigNumber(s['close'] as string).minus(s['open'] as string);
    expect(last['p']).to.equal(change.toFixed(8));
    expect(last['P']).to.equal(
      change
        .times(100)
        .div(s['open'] as string)
        .toFixed(3, BigNumber.ROUND_HALF_UP),
    );
    expect(last['Q']).to.equal(trades().at(-1)?.q);
    const mini = events('btcusdt@miniTicker').at(-1) as Payload;
    expect(mini).to.deep.equal({
      e: '24hrMiniTicker',
      E: last['E'],
      s: 'BTCUSDT',
      c: last['c'],
      o: last['o'],
      h: last['h'],
      l: last['l'],
      v: last['v'],
      q: last['q'],
    });
  });

  it('rolling-window tickers: every event agrees with the trades of its window', () => {
    for (const [name, window] of [
      ['btcusdt@ticker_1h', 3_600_000],
      ['ethusdt@ticker_4h', 14_400_000],
    ] as const) {
      const symbolTrades = (name.startsWith('eth')
        ? events('ethusdt@trade')
        : events('btcusdt@trade')) as unknown as TradeEvent[];
      const list = events(name);
      expect(list.length).to.equal(STEPS / 10);
      for (const ticker of list.slice(-20)) {
        expect(ticker['e']).to.equal(`${window / 3_600_000}hTicker`);
        expect(ticker['O']).to.equal((ticker['E'] as number) - window - ((ticker['E'] as number) % 60_000));
        const s = summarize(tradesBetween(symbolTrades, ticker['O'] as number, ticker['C'] as number));
        expect(ticker).to.deep.include({ o: s['open'], h: s['high'], l: s['low'], c: s['close'], v: s['volume'] });
        expect(ticker).to.deep.include({
          q: s['quoteVolume'],
          w: s['weightedAvgPrice'],
          F: s['firstId'],
          L: s['lastId'],
          n: s['count'],
        });
      }
    }
  });

  it('avgPrice: the VWAP of the last 5 minutes of trades, every second', () => {
    const list = events('btcusdt@avgPrice');
    expect(list.length).to.equal(STEPS / 10);
    for (const avg of list.slice(-10)) {
      const e = avg['E'] as number;
      const window = tradesBetween(trades(), e - (e % 1000) - 299_000, e);
      const s = summarize(window);
      expect(avg).to.deep.equal({
        e: 'avgPrice',
        E: e,
        s: 'BTCUSDT',
        i: '5m',
        w: s['weightedAvgPrice'],
        T: window.at(-1)?.T,
      });
    }
  });

  it('bookTicker and partial depth equal the true book when sent', () => {
    expect(checks.bookTicker).to.be.greaterThan(100);
    expect(checks.depth5).to.equal(STEPS / 10);
  });

  it('diff depth: consecutive U/u at both speeds, and replaying them from a snapshot gives the true book', () => {
    const list = events('btcusdt@depth@100ms');
    expect(list.length).to.be.greaterThan(STEPS / 2);
    list.forEach((event, i) => {
      expect(Object.keys(event)).to.deep.equal(['e', 'E', 's', 'U', 'u', 'b', 'a']);
      expect(event['U']).to.be.at.most(event['u'] as number);
      if (i > 0) expect(event['U']).to.equal((list[i - 1]?.['u'] as number) + 1);
    });
    expect((fast[0] as LocalBook).snapshot()).to.deep.equal(hub.trueBook('BTCUSDT'));
    expect(checks.diff1000).to.be.greaterThan(100);
    const removed = list
      .flatMap((e) => [...(e['b'] as Levels), ...(e['a'] as Levels)])
      .filter(([, q]) => q === '0.00000000');
    expect(removed.length).to.be.greaterThan(0);
  });
});
