import { expect } from 'chai';
import { RawReferencePrice } from '../../src/codecs/RawReferencePrice.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';
import { errorLines, wireCodecTable } from './wireCodecTable.js';

describe('RawReferencePrice', () => {
  wireCodecTable(RawReferencePrice, () => streamFixture('referencePrice'));

  it('accepts a null price (no reference price yet) but not a missing one', () => {
    expect(RawReferencePrice.is({ ...streamFixture('referencePrice'), r: null })).to.equal(true);
    const withoutR = streamFixture('referencePrice');
    delete withoutR['r'];
    expect(errorLines(RawReferencePrice, withoutR)).to.deep.equal([
      'r: expected a decimal string, got undefined (or null)',
    ]);
  });

  it('reports a wrong price once, at its own path', () => {
    expect(errorLines(RawReferencePrice, { ...streamFixture('referencePrice'), r: 1 })).to.deep.equal([
      'r: expected a decimal string, got 1 (or null)',
    ]);
  });

  it('needs no event time E', () => {
    expect(streamFixture('referencePrice')).not.to.have.property('E');
  });
});
