import { expect } from 'chai';
import { RawServerTime } from '../../src/codecs/RawServerTime.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { restFixture } from '../fixtures/rest/restFixture.js';

describe('RawServerTime', () => {
  restCodecTable(RawServerTime, () => restFixture('serverTime'));

  it('rejects a negative or fractional time', () => {
    expect(restErrorLines(RawServerTime, { serverTime: -5 })).to.deep.equal([
      'serverTime: expected an epoch timestamp, got -5',
    ]);
    expect(RawServerTime.is({ serverTime: 1.5 })).to.equal(false);
  });
});
