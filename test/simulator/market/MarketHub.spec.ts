import { expect } from 'chai';
import sinon from 'sinon';
import { DEFAULT_SYMBOLS } from '../../../src/simulator/market/defaultSymbols.js';
import { MarketHub } from '../../../src/simulator/market/MarketHub.js';
import { manualHub, record, T0, TEST_SYMBOLS } from './marketFixtures.js';

const STREAMS = [
  'btcusdt@trade',
  'btcusdt@aggTrade',
  'btcusdt@bookTicker',
  'btcusdt@kline_1m',
  'ethusdt@depth@100ms',
  'ethusdt@depth10',
  '!miniTicker@arr',
  'btcusdt@ticker_1h',
];

function runLog(seed: number, steps: number): string {
  const { hub, step } = manualHub({ seed });
  const log = record(hub, STREAMS);
  for (let i = 0; i < steps; i++) step();
  return JSON.stringify([...log.entries()]);
}

describe('MarketHub', () => {
  it('builds its markets from the configuration and refuses bad ones', () => {
    const { hub } = manualHub();
    expect(hub.symbols).to.deep.equal(['BTCUSDT', 'ETHUSDT', 'QUIETUSDT']);
    expect(hub.market('BTCUSDT')?.rules.symbol).to.equal('BTCUSDT');
    expect(hub.market('btcusdt')).to.equal(undefined);
    expect(hub.allMarkets()).to.have.length(3);
    expect(() => new MarketHub({ symbols: [TEST_SYMBOLS[0]!, TEST_SYMBOLS[0]!], autoStart: false })).to.throw(
      TypeError,
    );
    expect(() => new MarketHub({ symbols: [{ ...TEST_SYMBOLS[0]!, tickSize: 'x' }] })).to.throw(TypeError);
    expect(() => new MarketHub({ symbols: TEST_SYMBOLS, tickMs: 0 })).to.throw(TypeError);
  });

  it('is deterministic: the same seed and steps give the same events, another seed does not', () => {
    const a = runLog(5, 300);
    expect(a).to.equal(runLog(5, 300));
    expect(a).not.to.equal(runLog(6, 300));
  });

  it('evolves the same whether or not anybody listens', () => {
    const quiet = manualHub({ seed: 3 });
    const busy = manualHub({ seed: 3 });
    record(busy.hub, STREAMS);
    for (let i = 0; i < 200; i++) {
      quiet.step();
      busy.step();
    }
    expect(quiet.hub.trueBook('BTCUSDT')).to.deep.equal(busy.hub.trueBook('BTCUSDT'));
    expect(quiet.hub.market('ETHUSDT')?.lastPrice).to.equal(busy.hub.market('ETHUSDT')?.lastPrice);
  });

  it('recognises stream names and accepts well-formed ones of unknown symbols, which stay silent', () => {
    const { hub, step } = manualHub();
    expect(hub.isStreamName('btcusdt@trade')).to.equal(true);
    expect(hub.isStreamName('BTCUSDT@trade')).to.equal(false);
    expect(() => hub.subscribe('nonsense', () => undefined)).to.throw(TypeError);
    const listener = sinon.spy();
    const stop = hub.subscribe('xyzusdt@trade', listener);
    hub.subscribe('xyzusdt@ticker', listener);
    hub.subscribe('xyzusdt@depth', listener);
    for (let i = 0; i < 30; i++) step();
    sinon.assert.notCalled(listener);
    stop();
  });

  it('computes a stream only while it has listeners, and fans one payload out to all of them', () => {
    const { hub, step } = manualHub();
    const first = sinon.spy();
    const second = sinon.spy();
    const stopFirst = hub.subscribe('btcusdt@depth5@100ms', first);
    const stopSecond = hub.subscribe('btcusdt@depth5@100ms', second);
    const stopThird = hub.subscribe('btcusdt@depth5@100ms', first);
    expect(hub.activeStreams()).to.deep.equal(['btcusdt@depth5@100ms']);
    step();
    sinon.assert.calledTwice(first);
    sinon.assert.calledOnce(second);
    expect(first.firstCall.args[0]).to.equal(second.firstCall.args[0]);
    stopFirst();
    stopFirst();
    step();
    expect(first.callCount).to.equal(3);
    stopSecond();
    stopThird();
    expect(hub.activeStreams()).to.deep.equal([]);
    step();
    expect(first.callCount).to.equal(3);
    expect(second.callCount).to.equal(2);
  });

  it('serves a diff stream from where it was subscribed, even after its updates were forgotten', () => {
    const { hub, step } = manualHub();
    for (let i = 0; i < 50; i++) step();
    const snapshot = hub.trueBook('ETHUSDT');
    const events: { U: number; u: number }[] = [];
    hub.subscribe('ethusdt@depth@100ms', (e) => events.push(e as { U: number; u: number }));
    step();
    expect(events[0]?.U).to.equal(snapshot.lastUpdateId + 1);
  });

  it('returns the true book, sorted, and refuses unknown symbols', () => {
    const { hub } = manualHub();
    const book = hub.trueBook('BTCUSDT');
    const prices = (levels: [string, string][]) => levels.map(([p]) => Number(p));
    expect(prices(book.bids)).to.deep.equal([...prices(book.bids)].sort((a, b) => b - a));
    expect(prices(book.asks)).to.deep.equal([...prices(book.asks)].sort((a, b) => a - b));
    expect(Number(book.bids[0]?.[0])).to.be.below(Number(book.asks[0]?.[0]));
    expect(hub.trueBook('BTCUSDT', 3).bids).to.have.length(3);
    expect(() => hub.trueBook('NOPE')).to.throw(RangeError);
  });

  it('never moves backwards in time', () => {
    const { hub, step } = manualHub();
    const events: { T: number }[] = [];
    hub.subscribe('btcusdt@trade', (e) => events.push(e as { T: number }));
    const later = step(5000);
    hub.step(T0);
    for (let i = 0; i < 20; i++) step();
    expect(events.every((e) => e.T >= later)).to.equal(true);
  });

  describe('clock', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ now: T0, toFake: ['setInterval', 'clearInterval', 'Date'] });
    });
    afterEach(() => {
      clock.restore();
    });

    it('runs on a tickMs timer between start() and stop(), and leaves no timer behind', () => {
      const hub = new MarketHub({ symbols: DEFAULT_SYMBOLS.slice(0, 1), tickMs: 50, preHistoryMs: 0 });
      const trades = sinon.spy();
      hub.subscribe('btcusdt@trade', trades);
      clock.tick(1000);
      sinon.assert.notCalled(trades);
      hub.start();
      hub.start();
      expect(clock.countTimers()).to.equal(1);
      clock.tick(10_000);
      expect(trades.callCount).to.be.greaterThan(50);
      hub.stop();
      expect(clock.countTimers()).to.equal(0);
      const count = trades.callCount;
      clock.tick(10_000);
      expect(trades.callCount).to.equal(count);
    });

    it('never starts a timer in manual mode', () => {
      const hub = new MarketHub({ symbols: DEFAULT_SYMBOLS.slice(0, 1), autoStart: false, preHistoryMs: 0 });
      hub.start();
      expect(clock.countTimers()).to.equal(0);
      hub.stop();
    });
  });
});
