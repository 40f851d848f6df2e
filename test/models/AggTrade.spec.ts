import { expect } from 'chai';
import { inspect } from 'node:util';
import { RawAggTrade } from '../../src/codecs/RawAggTrade.js';
import { toAggTrade } from '../../src/models/AggTrade.js';
import { streamFixture, streamFixtureText } from '../fixtures/streams/streamFixture.js';
import { BIG_ID, decoded, decodedText, expectDecimal, tracked } from './modelHelpers.js';

const raw = (fields: Record<string, unknown> = {}): RawAggTrade =>
  decoded(RawAggTrade, { ...streamFixture('aggTrade'), ...fields });

describe('AggTrade', () => {
  it('maps every field of the documented payload', () => {
    const trade = toAggTrade(raw());
    expect(trade.symbol).to.equal('BNBBTC');
    expect(trade.id).to.equal(12345n);
    expectDecimal(trade.price, '0.001');
    expectDecimal(trade.quantity, '100');
    expect(trade.firstTradeId).to.equal(100n);
    expect(trade.lastTradeId).to.equal(105n);
    expect(trade.time).to.equal(1672515782136);
    expect(trade.eventTime).to.equal(1672515782136);
    expect(trade.buyerIsMaker).to.equal(true);
    expect(trade.takerSide).to.equal('SELL');
    expect(toAggTrade(raw({ m: false })).takerSide).to.equal('BUY');
  });

  it('reads nothing when built, and each decimal text once', () => {
    const { raw: watched, reads } = tracked(raw());
    const trade = toAggTrade(watched);
    expect(reads).to.deep.equal([]);
    expect(trade.quantity).to.equal(trade.quantity);
    expect(reads).to.deep.equal(['q']);
  });

  it('keeps ids beyond 2^53 exact', () => {
    const text = streamFixtureText('aggTrade')
      .replace('"a": 12345', `"a": ${BIG_ID}`)
      .replace('"f": 100', `"f": ${BIG_ID}`)
      .replace('"l": 105', '"l": 1152921504606846999');
    const trade = toAggTrade(decodedText(RawAggTrade, text));
    expect(trade.id).to.equal(2n ** 60n + 1n);
    expect(trade.firstTradeId).to.equal(2n ** 60n + 1n);
    expect(trade.lastTradeId).to.equal(2n ** 60n + 23n);
    expect(trade.toJSON().lastTradeId).to.equal('1152921504606846999');
  });

  it('serialises to exact strings without exponents', () => {
    const trade = toAggTrade(raw({ p: '0.00000001', q: '0.10000000' }));
    expect(trade.toJSON()).to.deep.equal({
      symbol: 'BNBBTC',
      id: '12345',
      price: '0.00000001',
      quantity: '0.1',
      firstTradeId: '100',
      lastTradeId: '105',
      time: 1672515782136,
      eventTime: 1672515782136,
      buyerIsMaker: true,
      takerSide: 'SELL',
    });
    expect(inspect(trade)).to.equal(inspect(trade.toJSON()));
  });
});
