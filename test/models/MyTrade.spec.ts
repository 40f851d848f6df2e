import { expect } from 'chai';
import { RawMyTrade } from '../../src/codecs/RawMyTrade.js';
import { toMyTrade } from '../../src/models/MyTrade.js';
import { restArrayFixture } from '../fixtures/rest/restFixture.js';
import { BIG_ID, decoded, decodedText, expectDecimal } from './modelHelpers.js';

describe('MyTrade', () => {
  it('maps every field of the documented trade', () => {
    const trade = toMyTrade(decoded(RawMyTrade, restArrayFixture('myTrades')[0]));
    expect(trade.symbol).to.equal('BNBBTC');
    expect(trade.id).to.equal(28457n);
    expect(trade.orderId).to.equal(100234n);
    expect(trade.orderListId).to.equal(-1n);
    expectDecimal(trade.price, '4.000001');
    expectDecimal(trade.quantity, '12');
    expectDecimal(trade.quoteQuantity, '48.000012');
    expectDecimal(trade.commission, '10.1');
    expect(trade.commissionAsset).to.equal('BNB');
    expect(trade.time).to.equal(1499865549590);
    expect(trade.isBuyer).to.equal(true);
    expect(trade.isMaker).to.equal(false);
    expect(trade.isBestMatch).to.equal(true);
  });

  it('keeps ids beyond 2^53 exact and serialises them as strings', () => {
    const text = JSON.stringify(restArrayFixture('myTrades')[0]).replace('"id":28457', `"id":${BIG_ID}`);
    const trade = toMyTrade(decodedText(RawMyTrade, text));
    expect(trade.id).to.equal(2n ** 60n + 1n);
    expect((JSON.parse(JSON.stringify(trade)) as Record<string, unknown>)['id']).to.equal(BIG_ID);
  });
});
