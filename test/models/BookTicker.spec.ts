import { expect } from 'chai';
import { inspect } from 'node:util';
import { RawBookTicker } from '../../src/codecs/RawBookTicker.js';
import { toBookTicker } from '../../src/models/BookTicker.js';
import { streamFixture, streamFixtureText } from '../fixtures/streams/streamFixture.js';
import { BIG_ID, decoded, decodedText, expectDecimal, tracked } from './modelHelpers.js';

const raw = (fields: Record<string, unknown> = {}): RawBookTicker =>
  decoded(RawBookTicker, { ...streamFixture('bookTicker'), ...fields });

describe('BookTicker', () => {
  it('maps every field of the documented payload', () => {
    const ticker = toBookTicker(raw());
    expect(ticker.updateId).to.equal(400900217n);
    expect(ticker.symbol).to.equal('BNBUSDT');
    expectDecimal(ticker.bidPrice, '25.35190000');
    expectDecimal(ticker.bidQuantity, '31.21000000');
    expectDecimal(ticker.askPrice, '25.36520000');
    expectDecimal(ticker.askQuantity, '40.66000000');
  });

  it('reads nothing when built, and each decimal text once', () => {
    const { raw: watched, reads } = tracked(raw());
    const ticker = toBookTicker(watched);
    expect(reads).to.deep.equal([]);
    expect(ticker.askPrice).to.equal(ticker.askPrice);
    expect(reads).to.deep.equal(['a']);
  });

  it('keeps an update id beyond 2^53 exact', () => {
    const text = streamFixtureText('bookTicker').replace('"u": 400900217', `"u": ${BIG_ID}`);
    expect(toBookTicker(decodedText(RawBookTicker, text)).updateId).to.equal(2n ** 60n + 1n);
  });

  it('serialises to exact strings without exponents', () => {
    const ticker = toBookTicker(raw({ B: '0.00000001' }));
    expect(ticker.toJSON()).to.deep.equal({
      updateId: '400900217',
      symbol: 'BNBUSDT',
      bidPrice: '25.3519',
      bidQuantity: '0.00000001',
      askPrice: '25.3652',
      askQuantity: '40.66',
    });
    expect(inspect(ticker)).to.equal(inspect(ticker.toJSON()));
  });
});
