import { expect } from 'chai';
import { RawAvgPrice } from '../../src/codecs/RawAvgPrice.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';
import { errorLines, wireCodecTable } from './wireCodecTable.js';

describe('RawAvgPrice', () => {
  wireCodecTable(RawAvgPrice, () => streamFixture('avgPrice'));

  it('takes the averaging interval as text and the price from w', () => {
    expect(RawAvgPrice.is({ ...streamFixture('avgPrice'), i: '15m' })).to.equal(true);
    expect(errorLines(RawAvgPrice, { ...streamFixture('avgPrice'), w: null })).to.deep.equal([
      'w: expected a decimal string, got null',
    ]);
  });
});
