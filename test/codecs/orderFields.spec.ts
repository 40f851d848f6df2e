import { expect } from 'chai';
import { AnyText, EpochOrUnset } from '../../src/codecs/orderFields.js';
import { restErrorLines } from '../fixtures/rest/restCodecTable.js';

describe('order field codecs', () => {
  it('EpochOrUnset accepts epoch times and the -1 of a time that does not apply', () => {
    for (const ok of [-1, 0, 1507725176595, 1507725176595123]) expect(EpochOrUnset.is(ok), String(ok)).to.equal(true);
    for (const wrong of [-2, 1.5, '1507725176595', NaN, null, 2 ** 53, 1n]) {
      expect(EpochOrUnset.is(wrong), String(wrong)).to.equal(false);
    }
    expect(restErrorLines(EpochOrUnset, -2)).to.deep.equal(['<root>: expected an epoch timestamp or -1, got -2']);
  });

  it('AnyText accepts every string, the empty one included, and nothing else', () => {
    for (const ok of ['', 'USDT', ' ']) expect(AnyText.is(ok)).to.equal(true);
    for (const wrong of [null, undefined, 5, {}]) expect(AnyText.is(wrong)).to.equal(false);
  });
});
