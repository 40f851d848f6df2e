import { expect } from 'chai';
import { RawFill } from '../../src/codecs/RawFill.js';
import { toFill } from '../../src/models/Fill.js';
import { restFixture } from '../fixtures/rest/restFixture.js';
import { BIG_ID, decoded, decodedText, expectDecimal } from './modelHelpers.js';

const firstFill = (): Record<string, unknown> =>
  (restFixture('orderFull')['fills'] as Record<string, unknown>[])[1] as Record<string, unknown>;

describe('Fill', () => {
  it('maps every field with exact decimals', () => {
    const fill = toFill(decoded(RawFill, firstFill()));
    expectDecimal(fill.price, '3999');
    expectDecimal(fill.quantity, '5');
    expectDecimal(fill.commission, '19.995');
    expect(fill.commissionAsset).to.equal('USDT');
    expect(fill.tradeId).to.equal(57n);
  });

  it('keeps a trade id beyond 2^53 exact and serialises to exact strings', () => {
    const text = JSON.stringify({ ...firstFill(), commission: '0.00000001' }).replace(
      '"tradeId":57',
      `"tradeId":${BIG_ID}`,
    );
    const fill = toFill(decodedText(RawFill, text));
    expect(fill.tradeId).to.equal(2n ** 60n + 1n);
    expect(JSON.parse(JSON.stringify(fill))).to.deep.equal({
      price: '3999',
      quantity: '5',
      commission: '0.00000001',
      commissionAsset: 'USDT',
      tradeId: BIG_ID,
    });
  });
});
