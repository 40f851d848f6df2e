import { expect } from 'chai';
import { inspect } from 'node:util';
import { RawTrade } from '../../src/codecs/RawTrade.js';
import { toTrade } from '../../src/models/Trade.js';
import { streamFixture, streamFixtureText } from '../fixtures/streams/streamFixture.js';
import { BIG_ID, decoded, decodedText, expectDecimal, tracked } from './modelHelpers.js';

const raw = (fields: Record<string, unknown> = {}): RawTrade =>
  decoded(RawTrade, { ...streamFixture('trade'), ...fields });

describe('Trade', () => {
  it('maps every field of the documented payload', () => {
    const trade = toTrade(raw());
    expect(trade.symbol).to.equal('BNBBTC');
    expect(trade.id).to.equal(12345n);
    expectDecimal(trade.price, '0.001');
    expectDecimal(trade.quantity, '100');
    expect(trade.time).to.equal(1672515782136);
    expect(trade.eventTime).to.equal(1672515782136);
    expect(trade.buyerIsMaker).to.equal(true);
    expect(trade.takerSide).to.equal('SELL');
  });

  it('says the taker bought when the buyer was not the maker', () => {
    const trade = toTrade(raw({ m: false }));
    expect(trade.buyerIsMaker).to.equal(false);
    expect(trade.takerSide).to.equal('BUY');
  });

  it('reads nothing when built, and each decimal text once', () => {
    const { raw: watched, reads } = tracked(raw());
    const trade = toTrade(watched);
    expect(reads).to.deep.equal([]);
    expect(trade.price).to.equal(trade.price);
    expect(reads.filter((key) => key === 'p')).to.deep.equal(['p']);
  });

  it('keeps an id beyond 2^53 exact', () => {
    const text = streamFixtureText('trade').replace('"t": 12345', `"t": ${BIG_ID}`);
    expect(toTrade(decodedText(RawTrade, text)).id).to.equal(2n ** 60n + 1n);
  });

  it('serialises to exact strings without exponents', () => {
    const trade = toTrade(raw({ p: '0.00000001', q: '123456789012345678901234.5' }));
    expect(trade.toJSON()).to.deep.equal({
      symbol: 'BNBBTC',
      id: '12345',
      price: '0.00000001',
      quantity: '123456789012345678901234.5',
      time: 1672515782136,
      eventTime: 1672515782136,
      buyerIsMaker: true,
      takerSide: 'SELL',
    });
    expect(JSON.stringify(trade)).to.contain('"price":"0.00000001"');
  });

  it('shows its plain form in util.inspect', () => {
    const trade = toTrade(raw());
    expect(inspect(trade)).to.equal(inspect(trade.toJSON()));
  });
});
