import { expect } from 'chai';
import { RawKline } from '../../src/codecs/RawKline.js';
import { KLINE_INTERVALS } from '../../src/models/KlineInterval.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';
import { errorLines, wireCodecTable } from './wireCodecTable.js';

function withCandle(fields: Record<string, unknown>): Record<string, unknown> {
  const payload = streamFixture('kline');
  return { ...payload, k: { ...(payload['k'] as Record<string, unknown>), ...fields } };
}

describe('RawKline', () => {
  wireCodecTable(RawKline, () => streamFixture('kline'));

  it('names the nested path of a bad candle field', () => {
    expect(errorLines(RawKline, withCandle({ o: 0.001 }))).to.deep.equal(['k.o: expected a decimal string, got 0.001']);
  });

  it('keeps l (low, a decimal string) and L (last trade id, a number) apart', () => {
    expect(errorLines(RawKline, withCandle({ l: 200, L: '0.0015' }))).to.deep.equal([
      'k.L: expected an integer id, got "0.0015"',
      'k.l: expected a decimal string, got 200',
    ]);
  });

  it('accepts every interval, case-sensitively, and nothing else', () => {
    for (const interval of KLINE_INTERVALS) expect(RawKline.is(withCandle({ i: interval }))).to.equal(true);
    for (const interval of ['1H', '2m', '', '1 m', '1mo']) {
      expect(errorLines(RawKline, withCandle({ i: interval }))).to.have.length(1);
      expect(errorLines(RawKline, withCandle({ i: interval }))[0]).to.match(/^k\.i: expected a kline interval/);
    }
  });

  it('accepts a candle without trades (f and L are -1, n is 0)', () => {
    expect(RawKline.is(withCandle({ f: -1, L: -1, n: 0 }))).to.equal(true);
    expect(errorLines(RawKline, withCandle({ n: -1 }))).to.deep.equal(['k.n: expected a non-negative integer, got -1']);
  });

  it('keeps the ignored B and other extra candle keys', () => {
    const payload = withCandle({ zz: 1 });
    const candle = payload['k'] as Record<string, unknown>;
    expect(RawKline.is(payload)).to.equal(true);
    expect(candle['B']).to.equal('123456');
    expect(candle['zz']).to.equal(1);
  });
});
