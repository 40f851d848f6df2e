import { expect } from 'chai';
import { RawTicker } from '../../src/codecs/RawTicker.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';
import { errorLines, wireCodecTable } from './wireCodecTable.js';

describe('RawTicker', () => {
  wireCodecTable(RawTicker, () => streamFixture('ticker'));

  it('keeps the case-paired keys apart (c/C, o/O, q/Q, b/B, a/A, l/L, p/P)', () => {
    const swapped = { ...streamFixture('ticker'), c: 86400000, C: '0.0025', q: 10, Q: '18x' };
    expect(errorLines(RawTicker, swapped)).to.deep.equal([
      'c: expected a decimal string, got 86400000',
      'Q: expected a decimal string, got "18x"',
      'q: expected a decimal string, got 10',
      'C: expected an epoch timestamp, got "0.0025"',
    ]);
  });

  it('accepts a window without trades (F and L are -1)', () => {
    expect(RawTicker.is({ ...streamFixture('ticker'), F: -1, L: -1, n: 0 })).to.equal(true);
  });

  it('rejects a rolling-window ticker, which lacks x, Q, b, B, a, A', () => {
    const lines = errorLines(RawTicker, streamFixture('windowTicker'));
    expect(lines[0]).to.equal('e: expected "24hrTicker", got "1hTicker"');
    expect(lines.map((line) => line.split(':')[0])).to.include.members(['x', 'Q', 'b', 'B', 'a', 'A']);
  });
});
