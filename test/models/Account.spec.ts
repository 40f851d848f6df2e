import { expect } from 'chai';
import { RawAccount } from '../../src/codecs/RawAccount.js';
import { toAccount } from '../../src/models/Account.js';
import { restFixture, restFixtureText } from '../fixtures/rest/restFixture.js';
import { BIG_ID, decoded, decodedText, expectDecimal } from './modelHelpers.js';

describe('Account', () => {
  it('maps every field of the documented answer', () => {
    const account = toAccount(decoded(RawAccount, restFixture('account')));
    expect(account.makerCommission).to.equal(15);
    expect(account.takerCommission).to.equal(15);
    expect(account.buyerCommission).to.equal(0);
    expect(account.sellerCommission).to.equal(0);
    expectDecimal(account.commissionRates.maker, '0.0015');
    expectDecimal(account.commissionRates.taker, '0.0015');
    expectDecimal(account.commissionRates.buyer, '0');
    expectDecimal(account.commissionRates.seller, '0');
    expect(account.canTrade).to.equal(true);
    expect(account.canWithdraw).to.equal(true);
    expect(account.canDeposit).to.equal(true);
    expect(account.brokered).to.equal(false);
    expect(account.requireSelfTradePrevention).to.equal(false);
    expect(account.preventSor).to.equal(false);
    expect(account.accountType).to.equal('SPOT');
    expect(account.updateTime).to.equal(123456789);
    expect(account.permissions).to.deep.equal(['SPOT']);
    expect(account.uid).to.equal(354937868n);
    expect(account.balances.map((b) => b.asset)).to.deep.equal(['BTC', 'LTC']);
    expectDecimal(account.balances[0]?.free, '4723846.89208129');
    expectDecimal(account.balances[0]?.total, '4723846.89208129');
  });

  it('leaves out the optional flags Binance did not send', () => {
    const raw = restFixture('account');
    delete raw['brokered'];
    delete raw['preventSor'];
    delete raw['requireSelfTradePrevention'];
    expect(toAccount(decoded(RawAccount, raw))).not.to.have.any.keys(
      'brokered',
      'preventSor',
      'requireSelfTradePrevention',
    );
  });

  it('keeps a uid beyond 2^53 exact and serialises the account to exact strings', () => {
    const text = restFixtureText('account').replace('"uid": 354937868', `"uid": ${BIG_ID}`);
    const account = toAccount(decodedText(RawAccount, text));
    expect(account.uid).to.equal(2n ** 60n + 1n);
    const json = JSON.parse(JSON.stringify(account)) as Record<string, unknown>;
    expect(json['uid']).to.equal(BIG_ID);
    expect(json['commissionRates']).to.deep.equal({ maker: '0.0015', taker: '0.0015', buyer: '0', seller: '0' });
    expect((json['balances'] as unknown[])[1]).to.deep.equal({
      asset: 'LTC',
      free: '4763368.68006011',
      locked: '0',
      total: '4763368.68006011',
    });
  });
});
