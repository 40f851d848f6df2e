import { expect } from 'chai';
import { MarketHub } from '../../../src/simulator/market/MarketHub.js';
import { manualHub, record, T0, TEST_SYMBOLS } from './marketFixtures.js';

type Payload = Record<string, unknown>;

describe('periodic streams', () => {
  it('!miniTicker@arr and !ticker_<w>@arr carry only the symbols that changed since the previous event', () => {
    const { hub, step } = manualHub({ preHistoryMs: 3_600_000 });
    const log = record(hub, ['!miniTicker@arr', '!ticker_1h@arr', 'btcusdt@miniTicker']);
    for (let i = 0; i < 100; i++) step();
    for (const name of ['!miniTicker@arr', '!ticker_1h@arr']) {
      const events = log.get(name) as unknown as Payload[][];
      expect(events).to.have.length(10);
      const symbols = events.map((list) => list.map((t) => t['s']));
      expect(symbols[0]).to.deep.equal(['BTCUSDT', 'ETHUSDT', 'QUIETUSDT']);
      // The quiet symbol has no trades, so it never changes again; the busy ones change almost every second.
      expect(symbols.slice(1).flat()).not.to.include('QUIETUSDT');
      expect(symbols.slice(1).flat().length).to.be.greaterThan(10);
      const previous = new Map<unknown, string>();
      for (const list of events) {
        for (const ticker of list) {
          const figures = Object.entries(ticker).filter(([key]) => !['E', 'O', 'C'].includes(key));
          expect(JSON.stringify(figures)).not.to.equal(previous.get(ticker['s']));
          previous.set(ticker['s'], JSON.stringify(figures));
        }
      }
    }
    const mini = (log.get('!miniTicker@arr') as unknown as Payload[][]).at(-1)?.find((t) => t['s'] === 'BTCUSDT');
    if (mini !== undefined) expect(mini).to.deep.equal(log.get('btcusdt@miniTicker')?.at(-1));
  });

  it('publishes on multiples of the period, whenever the subscription started', () => {
    const { hub, step } = manualHub();
    step(350);
    const log = record(hub, ['btcusdt@ticker', 'btcusdt@depth10', 'btcusdt@kline_5m', 'btcusdt@depth20@100ms']);
    for (let i = 0; i < 50; i++) step();
    // Steps land 50 ms after each 100 ms mark: each event goes out at the first step after its multiple.
    const times = (name: string) => (log.get(name) ?? []).map((e) => e['E'] as number);
    expect(times('btcusdt@ticker').map((t) => t % 1000)).to.deep.equal([50, 50, 50, 50, 50]);
    expect(times('btcusdt@kline_5m').map((t) => t % 2000)).to.deep.equal([50, 50]);
    expect(log.get('btcusdt@depth10')).to.have.length(5);
    expect(log.get('btcusdt@depth20@100ms')).to.have.length(50);
    expect((log.get('btcusdt@depth10')?.[0]?.['bids'] as unknown[]).length).to.equal(10);
  });

  it('aligns @+08:00 klines to UTC+8 while keeping UTC epochs', () => {
    const { hub, step } = manualHub();
    const log = record(hub, ['btcusdt@kline_1d@+08:00', 'btcusdt@kline_1d', 'btcusdt@kline_12h@+08:00']);
    for (let i = 0; i < 20; i++) step();
    const k = (name: string) => log.get(name)?.[0]?.['k'] as Payload;
    expect(k('btcusdt@kline_1d@+08:00')['t']).to.equal(Date.UTC(2026, 10, 20, 16));
    expect(k('btcusdt@kline_1d@+08:00')['T']).to.equal(Date.UTC(2026, 10, 21, 16) - 1);
    expect(k('btcusdt@kline_1d')['t']).to.equal(Date.UTC(2026, 10, 21));
    expect(k('btcusdt@kline_12h@+08:00')['t']).to.equal(Date.UTC(2026, 10, 21, 4));
  });

  it('sends the reference price (the average price) every second, without an event time', () => {
    const { hub, step } = manualHub({ preHistoryMs: 3_600_000 });
    const log = record(hub, ['btcusdt@referencePrice', 'btcusdt@avgPrice']);
    for (let i = 0; i < 30; i++) step();
    const reference = log.get('btcusdt@referencePrice') ?? [];
    expect(reference).to.have.length(3);
    expect(Object.keys(reference[0] as Payload)).to.deep.equal(['e', 's', 'r', 't']);
    expect(reference.map((r) => r['r'])).to.deep.equal(log.get('btcusdt@avgPrice')?.map((a) => a['w']));
  });

  it('reports a block trade now and then, with its own ids and Binance keys', () => {
    let now = T0;
    const hub = new MarketHub({
      symbols: TEST_SYMBOLS.slice(0, 1),
      seed: 2,
      autoStart: false,
      preHistoryMs: 0,
      now: () => now,
    });
    const blocks: Payload[] = [];
    hub.subscribe('btcusdt@blockTrade', (b) => blocks.push(b as Payload));
    for (let i = 0; i < 100_000 && blocks.length < 2; i++) hub.step((now += 100));
    expect(blocks).to.have.length(2);
    expect(Object.keys(blocks[0] as Payload)).to.deep.equal(['e', 'E', 's', 't', 'p', 'q', 'T', 'm']);
    expect(blocks[1]?.['t']).to.equal((blocks[0]?.['t'] as number) + 1);
    expect(Number(blocks[0]?.['q'])).to.be.greaterThan(0.5);
  });
});
