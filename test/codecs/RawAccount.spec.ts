import { expect } from 'chai';
import { RawAccount, RawCommissionRates } from '../../src/codecs/RawAccount.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { restFixture } from '../fixtures/rest/restFixture.js';

describe('RawAccount', () => {
  restCodecTable(RawAccount, () => restFixture('account'), ['brokered', 'requireSelfTradePrevention', 'preventSor']);

  describe('RawCommissionRates', () => {
    restCodecTable(RawCommissionRates, () => restFixture('account')['commissionRates'] as Record<string, unknown>);
  });

  it('names a bad nested commission rate and a bad balance by path', () => {
    const payload = restFixture('account');
    (payload['commissionRates'] as Record<string, unknown>)['taker'] = 0.001;
    (payload['balances'] as Record<string, unknown>[])[1] = { asset: 'LTC', free: '1', locked: null };
    expect(restErrorLines(RawAccount, payload)).to.deep.equal([
      'commissionRates.taker: expected a decimal string, got 0.001',
      'balances.1.locked: expected a decimal string, got null',
    ]);
  });

  it('accepts an account without balances (omitZeroBalances on an empty account)', () => {
    expect(RawAccount.is({ ...restFixture('account'), balances: [] })).to.equal(true);
  });
});
