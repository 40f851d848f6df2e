import { expect } from 'chai';
import { inspect } from 'node:util';
import { RawBlockTrade } from '../../src/codecs/RawBlockTrade.js';
import { toBlockTrade } from '../../src/models/BlockTrade.js';
import { streamFixture, streamFixtureText } from '../fixtures/streams/streamFixture.js';
import { BIG_ID, decoded, decodedText, expectDecimal, tracked } from './modelHelpers.js';

const raw = (fields: Record<string, unknown> = {}): RawBlockTrade =>
  decoded(RawBlockTrade, { ...streamFixture('blockTrade'), ...fields });

describe('BlockTrade', () => {
  it('maps every field of the documented payload', () => {
    const trade = toBlockTrade(raw());
    expect(trade.symbol).to.equal('BNBBTC');
    expect(trade.id).to.equal(582n);
    expectDecimal(trade.price, '0.052');
    expectDecimal(trade.quantity, '5838');
    expect(trade.time).to.equal(1772506983321);
    expect(trade.eventTime).to.equal(1772506983582);
    expect(trade.buyerIsMaker).to.equal(true);
    expect(trade.takerSide).to.equal('SELL');
    expect(toBlockTrade(raw({ m: false })).takerSide).to.equal('BUY');
  });

  it('reads nothing when built, and each decimal text once', () => {
    const { raw: watched, reads } = tracked(raw());
    const trade = toBlockTrade(watched);
    expect(reads).to.deep.equal([]);
    expect(trade.price).to.equal(trade.price);
    expect(reads).to.deep.equal(['p']);
  });

  it('keeps an id beyond 2^53 exact', () => {
    const text = streamFixtureText('blockTrade').replace('"t": 582', `"t": ${BIG_ID}`);
    expect(toBlockTrade(decodedText(RawBlockTrade, text)).id).to.equal(2n ** 60n + 1n);
  });

  it('serialises to exact strings without exponents', () => {
    const trade = toBlockTrade(raw({ p: '0.00000001' }));
    expect(trade.toJSON()).to.deep.equal({
      symbol: 'BNBBTC',
      id: '582',
      price: '0.00000001',
      quantity: '5838',
      time: 1772506983321,
      eventTime: 1772506983582,
      buyerIsMaker: true,
      takerSide: 'SELL',
    });
    expect(inspect(trade)).to.equal(inspect(trade.toJSON()));
  });
});
