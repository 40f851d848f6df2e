import { expect } from 'chai';
import { either } from 'fp-ts';
import { isWindowTickerEvent, RawWindowTicker, RawWindowTickerArray } from '../../src/codecs/RawWindowTicker.js';
import { streamArrayFixture, streamFixture } from '../fixtures/streams/streamFixture.js';
import { errorLines, wireCodecTable } from './wireCodecTable.js';

describe('RawWindowTicker', () => {
  wireCodecTable(RawWindowTicker, () => streamFixture('windowTicker'));

  it('accepts the three window event types and nothing else', () => {
    for (const e of ['1hTicker', '4hTicker', '1dTicker']) {
      expect(RawWindowTicker.is({ ...streamFixture('windowTicker'), e })).to.equal(true);
      expect(isWindowTickerEvent(e)).to.equal(true);
    }
    for (const e of ['2hTicker', '24hrTicker', '1HTicker', '1h']) {
      expect(isWindowTickerEvent(e)).to.equal(false);
      expect(errorLines(RawWindowTicker, { ...streamFixture('windowTicker'), e })).to.deep.equal([
        `e: expected "1hTicker", "4hTicker" or "1dTicker", got ${JSON.stringify(e)}`,
      ]);
    }
  });
});

describe('RawWindowTickerArray', () => {
  it('decodes the !ticker_<w>@arr payload to the array itself', () => {
    const payload = streamArrayFixture('allWindowTickers');
    const result = RawWindowTickerArray.decode(payload);
    expect(either.isRight(result) && result.right).to.equal(payload);
  });

  it('names the index and field of every bad element', () => {
    const payload = streamArrayFixture('allWindowTickers');
    payload[0] = { ...payload[0], n: -3 };
    payload[1] = { ...payload[1], s: '' };
    expect(errorLines(RawWindowTickerArray, payload)).to.deep.equal([
      '0.n: expected a non-negative integer, got -3',
      '1.s: expected a non-empty string, got ""',
    ]);
  });
});
