import { expect } from 'chai';
import { RawExternalLockUpdate } from '../../src/codecs/RawExternalLockUpdate.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { userDataEvent } from '../fixtures/userData/userDataFixture.js';

describe('RawExternalLockUpdate', () => {
  restCodecTable(RawExternalLockUpdate, () => userDataEvent('externalLockUpdate'));

  it('accepts a negative delta (an unlock)', () => {
    expect(RawExternalLockUpdate.is({ ...userDataEvent('externalLockUpdate'), d: '-10.00000000' })).to.equal(true);
  });

  it('is not a balance update', () => {
    expect(restErrorLines(RawExternalLockUpdate, userDataEvent('balanceUpdate'))).to.deep.equal([
      'e: expected "externalLockUpdate", got "balanceUpdate"',
    ]);
  });
});
