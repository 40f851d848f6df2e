import { expect } from 'chai';
import { either } from 'fp-ts';
import { RawMiniTicker, RawMiniTickerArray } from '../../src/codecs/RawMiniTicker.js';
import { streamArrayFixture, streamFixture } from '../fixtures/streams/streamFixture.js';
import { errorLines, wireCodecTable } from './wireCodecTable.js';

describe('RawMiniTicker', () => {
  wireCodecTable(RawMiniTicker, () => streamFixture('miniTicker'));

  it('rejects a full 24hrTicker event', () => {
    expect(errorLines(RawMiniTicker, streamFixture('ticker'))).to.deep.equal([
      'e: expected "24hrMiniTicker", got "24hrTicker"',
    ]);
  });
});

describe('RawMiniTickerArray', () => {
  it('decodes the !miniTicker@arr payload to the array itself', () => {
    const payload = streamArrayFixture('allMiniTickers');
    const result = RawMiniTickerArray.decode(payload);
    expect(either.isRight(result) && result.right).to.equal(payload);
  });

  it('accepts an empty array (no symbol changed)', () => {
    expect(RawMiniTickerArray.is([])).to.equal(true);
  });

  it('names the index and field of a bad element', () => {
    const payload = streamArrayFixture('allMiniTickers');
    payload[1] = { ...payload[1], c: 25 };
    expect(errorLines(RawMiniTickerArray, payload)).to.deep.equal(['1.c: expected a decimal string, got 25']);
  });

  it('rejects a single ticker where an array is expected', () => {
    expect(errorLines(RawMiniTickerArray, streamFixture('miniTicker'))).to.deep.equal([
      '<root>: expected an array, got an object',
    ]);
  });
});
