import { expect } from 'chai';
import { RawBalance, RawBalanceArray } from '../../src/codecs/RawBalance.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { restFixture } from '../fixtures/rest/restFixture.js';

const firstBalance = (): Record<string, unknown> =>
  (restFixture('account')['balances'] as Record<string, unknown>[])[0] as Record<string, unknown>;

describe('RawBalance', () => {
  restCodecTable(RawBalance, firstBalance);

  it('RawBalanceArray names the index of a bad balance', () => {
    expect(restErrorLines(RawBalanceArray, [firstBalance(), { ...firstBalance(), free: '1e5' }])).to.deep.equal([
      '1.free: expected a decimal string, got "1e5"',
    ]);
  });
});
