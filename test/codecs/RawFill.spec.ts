import { expect } from 'chai';
import { RawFill, RawFillArray } from '../../src/codecs/RawFill.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { restFixture } from '../fixtures/rest/restFixture.js';

const firstFill = (): Record<string, unknown> =>
  (restFixture('orderFull')['fills'] as Record<string, unknown>[])[0] as Record<string, unknown>;

describe('RawFill', () => {
  restCodecTable(RawFill, firstFill);

  it('accepts an empty commission asset rather than failing the answer of an executed order', () => {
    expect(RawFill.is({ ...firstFill(), commissionAsset: '' })).to.equal(true);
  });

  it('RawFillArray names the index of a bad fill', () => {
    expect(restErrorLines(RawFillArray, [firstFill(), { ...firstFill(), qty: 1 }])).to.deep.equal([
      '1.qty: expected a decimal string, got 1',
    ]);
    expect(RawFillArray.is([])).to.equal(true);
  });
});
