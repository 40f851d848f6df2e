import { expect } from 'chai';
import { inspect } from 'node:util';
import { RawAvgPrice } from '../../src/codecs/RawAvgPrice.js';
import { toAvgPrice } from '../../src/models/AvgPrice.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';
import { decoded, expectDecimal, tracked } from './modelHelpers.js';

const raw = (fields: Record<string, unknown> = {}): RawAvgPrice =>
  decoded(RawAvgPrice, { ...streamFixture('avgPrice'), ...fields });

describe('AvgPrice', () => {
  it('maps every field of the documented payload', () => {
    const avg = toAvgPrice(raw());
    expect(avg.symbol).to.equal('BTCUSDT');
    expect(avg.interval).to.equal('5m');
    expectDecimal(avg.price, '25776.86000000');
    expect(avg.lastTradeTime).to.equal(1693907032213);
    expect(avg.eventTime).to.equal(1693907033000);
  });

  it('reads nothing when built, and the price text once', () => {
    const { raw: watched, reads } = tracked(raw());
    const avg = toAvgPrice(watched);
    expect(reads).to.deep.equal([]);
    expect(avg.price).to.equal(avg.price);
    expect(reads).to.deep.equal(['w']);
  });

  it('serialises to exact strings without exponents', () => {
    const avg = toAvgPrice(raw({ w: '0.00000001' }));
    expect(avg.toJSON()).to.deep.equal({
      symbol: 'BTCUSDT',
      interval: '5m',
      price: '0.00000001',
      lastTradeTime: 1693907032213,
      eventTime: 1693907033000,
    });
    expect(inspect(avg)).to.equal(inspect(avg.toJSON()));
  });
});
