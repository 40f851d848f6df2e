import { expect } from 'chai';
import { inspect } from 'node:util';
import { RawDepthUpdate } from '../../src/codecs/RawDepthUpdate.js';
import { toDepthUpdate } from '../../src/models/DepthUpdate.js';
import { streamFixture, streamFixtureText } from '../fixtures/streams/streamFixture.js';
import { BIG_ID, decoded, decodedText, expectDecimal, tracked } from './modelHelpers.js';

const raw = (fields: Record<string, unknown> = {}): RawDepthUpdate =>
  decoded(RawDepthUpdate, { ...streamFixture('depthUpdate'), ...fields });

describe('DepthUpdate', () => {
  it('maps every field of the documented payload', () => {
    const update = toDepthUpdate(raw());
    expect(update.symbol).to.equal('BNBBTC');
    expect(update.eventTime).to.equal(1672515782136);
    expect(update.firstUpdateId).to.equal(157n);
    expect(update.finalUpdateId).to.equal(160n);
    expect(update.bids).to.have.length(1);
    expectDecimal(update.bids[0]?.price, '0.0024');
    expectDecimal(update.bids[0]?.quantity, '10');
    expect(update.asks).to.have.length(1);
    expectDecimal(update.asks[0]?.price, '0.0026');
    expectDecimal(update.asks[0]?.quantity, '100');
  });

  it('maps a removal (quantity zero)', () => {
    const update = toDepthUpdate(raw({ a: [['0.0026', '0.00000000']] }));
    expect(update.asks[0]?.quantity.isZero()).to.equal(true);
  });

  it('reads nothing when built and builds each side once, on first read', () => {
    const { raw: watched, reads } = tracked(raw());
    const update = toDepthUpdate(watched);
    expect(reads).to.deep.equal([]);
    expect(update.asks).to.equal(update.asks);
    expect(reads).to.deep.equal(['a']);
  });

  it('keeps update ids beyond 2^53 exact', () => {
    const text = streamFixtureText('depthUpdate')
      .replace('"U": 157', `"U": ${BIG_ID}`)
      .replace('"u": 160', '"u": 1152921504606847000');
    const update = toDepthUpdate(decodedText(RawDepthUpdate, text));
    expect(update.firstUpdateId).to.equal(2n ** 60n + 1n);
    expect(update.finalUpdateId).to.equal(1152921504606847000n);
  });

  it('serialises to exact strings without exponents', () => {
    const update = toDepthUpdate(raw({ b: [['0.00000001', '0']], a: [] }));
    expect(update.toJSON()).to.deep.equal({
      symbol: 'BNBBTC',
      eventTime: 1672515782136,
      firstUpdateId: '157',
      finalUpdateId: '160',
      bids: [{ price: '0.00000001', quantity: '0' }],
      asks: [],
    });
    expect(inspect(update, { depth: 5 })).to.equal(inspect(update.toJSON(), { depth: 5 }));
  });
});
