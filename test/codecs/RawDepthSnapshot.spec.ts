import { expect } from 'chai';
import { RawDepthSnapshot } from '../../src/codecs/RawDepthSnapshot.js';
import { parseJsonLossless } from '../../src/internal/parseJsonLossless.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';
import { errorLines, wireCodecTable } from './wireCodecTable.js';

describe('RawDepthSnapshot', () => {
  wireCodecTable(RawDepthSnapshot, () => streamFixture('partialDepth'));

  it('needs no event type, time or symbol', () => {
    const payload = streamFixture('partialDepth');
    expect(Object.keys(payload)).to.deep.equal(['lastUpdateId', 'bids', 'asks']);
    expect(RawDepthSnapshot.is(payload)).to.equal(true);
  });

  it('does not copy the level arrays', () => {
    const payload = streamFixture('partialDepth');
    const result = RawDepthSnapshot.decode(payload);
    expect(result._tag === 'Right' && result.right.bids).to.equal(payload['bids']);
  });

  it('accepts empty sides', () => {
    expect(RawDepthSnapshot.is({ lastUpdateId: 1, bids: [], asks: [] })).to.equal(true);
  });

  it('names the side, level and member of a bad level', () => {
    const payload = {
      lastUpdateId: 160,
      bids: [
        ['0.0024', '10'],
        ['0.0023', 5],
      ],
      asks: [['0.0026']],
    };
    expect(errorLines(RawDepthSnapshot, payload)).to.deep.equal([
      'bids.1.1: expected a decimal string, got 5',
      'asks.0: expected a [price, quantity] pair, got an array of 1',
    ]);
  });

  it('rejects a hole in a sparse side', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    const bids = [, ['0.0023', '5']];
    expect(errorLines(RawDepthSnapshot, { lastUpdateId: 160, bids, asks: [] })).to.deep.equal([
      'bids.0: expected a [price, quantity] pair, got undefined',
    ]);
  });

  it('accepts a lastUpdateId beyond 2^53 as a bigint', () => {
    const text = '{"lastUpdateId":1152921504606846977,"bids":[],"asks":[]}';
    expect(RawDepthSnapshot.is(parseJsonLossless(text))).to.equal(true);
  });
});
