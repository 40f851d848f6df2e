import { expect } from 'chai';
import { inspect } from 'node:util';
import { RawMiniTicker, RawMiniTickerArray } from '../../src/codecs/RawMiniTicker.js';
import { toMiniTicker, toMiniTickers } from '../../src/models/MiniTicker.js';
import { streamArrayFixture, streamFixture } from '../fixtures/streams/streamFixture.js';
import { decoded, expectDecimal, tracked } from './modelHelpers.js';

const raw = (fields: Record<string, unknown> = {}): RawMiniTicker =>
  decoded(RawMiniTicker, { ...streamFixture('miniTicker'), ...fields });

describe('MiniTicker', () => {
  it('maps every field of the documented payload', () => {
    const ticker = toMiniTicker(raw());
    expect(ticker.symbol).to.equal('BNBBTC');
    expectDecimal(ticker.lastPrice, '0.0025');
    expectDecimal(ticker.open, '0.0010');
    expectDecimal(ticker.high, '0.0025');
    expectDecimal(ticker.low, '0.0010');
    expectDecimal(ticker.volume, '10000');
    expectDecimal(ticker.quoteVolume, '18');
    expect(ticker.eventTime).to.equal(1672515782136);
  });

  it('reads nothing when built, and each decimal text once', () => {
    const { raw: watched, reads } = tracked(raw());
    const ticker = toMiniTicker(watched);
    expect(reads).to.deep.equal([]);
    expect(ticker.high).to.equal(ticker.high);
    expect(reads).to.deep.equal(['h']);
  });

  it('serialises to exact strings without exponents', () => {
    const ticker = toMiniTicker(raw({ l: '0.00000001' }));
    expect(ticker.toJSON()).to.deep.equal({
      symbol: 'BNBBTC',
      lastPrice: '0.0025',
      open: '0.001',
      high: '0.0025',
      low: '0.00000001',
      volume: '10000',
      quoteVolume: '18',
      eventTime: 1672515782136,
    });
    expect(inspect(ticker)).to.equal(inspect(ticker.toJSON()));
  });

  it('maps the !miniTicker@arr payload element by element, in order', () => {
    const tickers = toMiniTickers(decoded(RawMiniTickerArray, streamArrayFixture('allMiniTickers')));
    expect(tickers.map((ticker) => ticker.symbol)).to.deep.equal(['BNBBTC', 'ETHBTC']);
    expectDecimal((tickers[1] as (typeof tickers)[number]).quoteVolume, '127.5');
    expect(JSON.parse(JSON.stringify(tickers))).to.deep.equal(tickers.map((ticker) => ticker.toJSON()));
    expect(toMiniTickers(decoded(RawMiniTickerArray, []))).to.deep.equal([]);
  });
});
