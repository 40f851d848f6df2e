import { expect } from 'chai';
import { inspect } from 'node:util';
import { RawReferencePrice } from '../../src/codecs/RawReferencePrice.js';
import { toReferencePrice } from '../../src/models/ReferencePrice.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';
import { decoded, expectDecimal, tracked } from './modelHelpers.js';

const raw = (fields: Record<string, unknown> = {}): RawReferencePrice =>
  decoded(RawReferencePrice, { ...streamFixture('referencePrice'), ...fields });

describe('ReferencePrice', () => {
  it('maps every field of the documented payload', () => {
    const reference = toReferencePrice(raw());
    expect(reference.symbol).to.equal('BAZUSD');
    expectDecimal(reference.price, '1.00');
    expect(reference.time).to.equal(1770313263917);
  });

  it('maps a null price to null', () => {
    const reference = toReferencePrice(raw({ r: null }));
    expect(reference.price).to.equal(null);
    expect(reference.toJSON()).to.deep.equal({ symbol: 'BAZUSD', price: null, time: 1770313263917 });
  });

  it('reads nothing when built, and the price text once (null included)', () => {
    for (const r of ['1.00', null]) {
      const { raw: watched, reads } = tracked(raw({ r }));
      const reference = toReferencePrice(watched);
      expect(reads).to.deep.equal([]);
      expect(reference.price).to.equal(reference.price);
      expect(reads).to.deep.equal(['r']);
    }
  });

  it('serialises to exact strings without exponents', () => {
    const reference = toReferencePrice(raw({ r: '0.00000001' }));
    expect(reference.toJSON()).to.deep.equal({ symbol: 'BAZUSD', price: '0.00000001', time: 1770313263917 });
    expect(inspect(reference)).to.equal(inspect(reference.toJSON()));
  });
});
