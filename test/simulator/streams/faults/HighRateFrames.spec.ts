import { expect } from 'chai';
import { either } from 'fp-ts';
import { RawAggTrade } from '../../../../src/codecs/RawAggTrade.js';
import { RawBookTicker } from '../../../../src/codecs/RawBookTicker.js';
import { RawDepthSnapshot } from '../../../../src/codecs/RawDepthSnapshot.js';
import { RawDepthUpdate } from '../../../../src/codecs/RawDepthUpdate.js';
import { RawTrade } from '../../../../src/codecs/RawTrade.js';
import { HighRateFrames } from '../../../../src/simulator/streams/faults/HighRateFrames.js';
import { readTextFrames } from '../../fakes/readTextFrames.js';

const AT = 1_795_000_000_123;

function payloads(frames: HighRateFrames, count: number, combined = false): Record<string, unknown>[] {
  return readTextFrames(frames.next(count, AT, combined)).map((text) => JSON.parse(text) as Record<string, unknown>);
}

describe('HighRateFrames', () => {
  it('makes valid trades with consecutive ids, across batches and pool cycles', () => {
    const frames = new HighRateFrames('btcusdt@trade');
    const trades = [...payloads(frames, 100), ...payloads(frames, 100)];
    expect(frames.produced).to.equal(200);
    trades.forEach((trade, i) => {
      expect(either.isRight(RawTrade.decode(trade)), JSON.stringify(trade)).to.equal(true);
      expect(trade).to.deep.include({ e: 'trade', s: 'BTCUSDT', E: AT, T: AT, t: 1e12 + i });
    });
  });

  it('wraps frames in the combined envelope on request', () => {
    const frames = new HighRateFrames('ethusdt@aggTrade');
    const [first, second] = payloads(frames, 2, true);
    expect(first).to.have.property('stream', 'ethusdt@aggTrade');
    const data = (second as { data: Record<string, unknown> }).data;
    expect(either.isRight(RawAggTrade.decode(data))).to.equal(true);
    expect(data).to.deep.include({ a: 1e12 + 1, f: 1e12 + 1, l: 1e12 + 1, s: 'ETHUSDT' });
  });

  it('makes diff depth events with `levels` levels a side and U = previous u + 1', () => {
    const frames = new HighRateFrames('btcusdt@depth@100ms', 3);
    const events = payloads(frames, 70);
    let previous: number | undefined;
    for (const event of events) {
      expect(either.isRight(RawDepthUpdate.decode(event))).to.equal(true);
      expect(event['b']).to.have.length(3);
      expect(event['a']).to.have.length(3);
      const U = event['U'] as number;
      const u = event['u'] as number;
      if (previous !== undefined) expect(U).to.equal(previous + 1);
      expect(u).to.be.at.least(U);
      previous = u;
    }
  });

  it('makes partial depth snapshots with the levels of the stream name, and book tickers', () => {
    const [snapshot] = payloads(new HighRateFrames('btcusdt@depth20'), 1);
    expect(either.isRight(RawDepthSnapshot.decode(snapshot))).to.equal(true);
    expect(snapshot?.['bids']).to.have.length(20);
    const [book] = payloads(new HighRateFrames('btcusdt@bookTicker'), 1);
    expect(either.isRight(RawBookTicker.decode(book))).to.equal(true);
  });

  it('refuses streams it cannot generate', () => {
    expect(() => new HighRateFrames('btcusdt@kline_1m')).to.throw(TypeError, /cannot generate/);
  });
});
