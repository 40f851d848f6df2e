import { expect } from 'chai';
import { RawBalance } from '../../src/codecs/RawBalance.js';
import { toBalance } from '../../src/models/Balance.js';
import { decoded, expectDecimal } from './modelHelpers.js';

describe('Balance', () => {
  it('maps free and locked and adds them exactly', () => {
    const balance = toBalance(decoded(RawBalance, { asset: 'BTC', free: '0.1', locked: '0.2' }));
    expect(balance.asset).to.equal('BTC');
    expectDecimal(balance.free, '0.1');
    expectDecimal(balance.locked, '0.2');
    expectDecimal(balance.total, '0.3');
  });

  it('keeps more digits than a double holds, and serialises them exactly', () => {
    const balance = toBalance(
      decoded(RawBalance, { asset: 'SHIB', free: '4723846892081290000.00000001', locked: '0.00000001' }),
    );
    expectDecimal(balance.total, '4723846892081290000.00000002');
    expect(JSON.parse(JSON.stringify(balance))).to.deep.equal({
      asset: 'SHIB',
      free: '4723846892081290000.00000001',
      locked: '0.00000001',
      total: '4723846892081290000.00000002',
    });
  });
});
