import { expect } from 'chai';
import { RawAggTrade } from '../../src/codecs/RawAggTrade.js';
import { parseJsonLossless } from '../../src/internal/parseJsonLossless.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';
import { errorLines, wireCodecTable } from './wireCodecTable.js';

describe('RawAggTrade', () => {
  wireCodecTable(RawAggTrade, () => streamFixture('aggTrade'));

  it('tells the first and last trade ids (f, l) apart from the aggregate id (a)', () => {
    expect(errorLines(RawAggTrade, { ...streamFixture('aggTrade'), l: '105' })).to.deep.equal([
      'l: expected an integer id, got "105"',
    ]);
    expect(errorLines(RawAggTrade, { ...streamFixture('aggTrade'), f: 1.5 })).to.deep.equal([
      'f: expected an integer id, got 1.5',
    ]);
  });

  it('rejects a trade event on the aggTrade codec', () => {
    expect(errorLines(RawAggTrade, streamFixture('trade'))).to.include('e: expected "aggTrade", got "trade"');
  });

  it('accepts ids beyond 2^53 as bigints', () => {
    const text = JSON.stringify(streamFixture('aggTrade')).replace('"a":12345', '"a":1152921504606846977');
    expect(RawAggTrade.is(parseJsonLossless(text))).to.equal(true);
  });
});
