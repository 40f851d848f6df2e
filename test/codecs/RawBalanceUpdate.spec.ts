import { expect } from 'chai';
import { RawBalanceUpdate } from '../../src/codecs/RawBalanceUpdate.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { userDataEvent } from '../fixtures/userData/userDataFixture.js';

describe('RawBalanceUpdate', () => {
  restCodecTable(RawBalanceUpdate, () => userDataEvent('balanceUpdate'));

  it('accepts a negative delta (a withdrawal) and rejects an exponent', () => {
    expect(RawBalanceUpdate.is({ ...userDataEvent('balanceUpdate'), d: '-0.00000001' })).to.equal(true);
    expect(restErrorLines(RawBalanceUpdate, { ...userDataEvent('balanceUpdate'), d: '-1e-8' })).to.deep.equal([
      'd: expected a decimal string, got "-1e-8"',
    ]);
  });

  it('is not an external lock update', () => {
    expect(restErrorLines(RawBalanceUpdate, userDataEvent('externalLockUpdate'))).to.deep.equal([
      'e: expected "balanceUpdate", got "externalLockUpdate"',
    ]);
  });
});
