import { expect } from 'chai';
import { RawBookTicker } from '../../src/codecs/RawBookTicker.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';
import { errorLines, wireCodecTable } from './wireCodecTable.js';

describe('RawBookTicker', () => {
  wireCodecTable(RawBookTicker, () => streamFixture('bookTicker'));

  it('needs no event type or event time', () => {
    const payload = streamFixture('bookTicker');
    expect(payload).not.to.have.property('e');
    expect(payload).not.to.have.property('E');
    expect(RawBookTicker.is(payload)).to.equal(true);
  });

  it('keeps b/B and a/A apart', () => {
    expect(errorLines(RawBookTicker, { ...streamFixture('bookTicker'), B: 31.21 })).to.deep.equal([
      'B: expected a decimal string, got 31.21',
    ]);
  });
});
