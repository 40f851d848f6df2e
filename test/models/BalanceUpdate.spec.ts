import { expect } from 'chai';
import { RawBalanceUpdate } from '../../src/codecs/RawBalanceUpdate.js';
import { toBalanceUpdate } from '../../src/models/BalanceUpdate.js';
import { userDataEvent } from '../fixtures/userData/userDataFixture.js';
import { decoded, expectDecimal } from './modelHelpers.js';

const update = (fields: Record<string, unknown> = {}) =>
  toBalanceUpdate(decoded(RawBalanceUpdate, { ...userDataEvent('balanceUpdate'), ...fields }));

describe('BalanceUpdate', () => {
  it('maps the documented event', () => {
    const u = update();
    expect(u.type).to.equal('balanceUpdate');
    expect(u.eventTime).to.equal(1573200697110);
    expect(u.asset).to.equal('BTC');
    expectDecimal(u.delta, '100');
    expect(u.clearTime).to.equal(1573200697068);
  });

  it('keeps a negative delta signed and exact', () => {
    const u = update({ d: '-0.00000001' });
    expectDecimal(u.delta, '-0.00000001');
    expect(u.delta.isNegative()).to.equal(true);
    expect(JSON.parse(JSON.stringify(u))).to.deep.equal({
      type: 'balanceUpdate',
      eventTime: 1573200697110,
      asset: 'BTC',
      delta: '-0.00000001',
      clearTime: 1573200697068,
    });
  });
});
