import { expect } from 'chai';
import { inspect } from 'node:util';
import { RawWindowTicker, RawWindowTickerArray } from '../../src/codecs/RawWindowTicker.js';
import { toWindowTicker, toWindowTickers } from '../../src/models/WindowTicker.js';
import { streamArrayFixture, streamFixture, streamFixtureText } from '../fixtures/streams/streamFixture.js';
import { BIG_ID, decoded, decodedText, expectDecimal, tracked } from './modelHelpers.js';

const raw = (fields: Record<string, unknown> = {}): RawWindowTicker =>
  decoded(RawWindowTicker, { ...streamFixture('windowTicker'), ...fields });

describe('WindowTicker', () => {
  it('maps every field of the documented payload', () => {
    const ticker = toWindowTicker(raw());
    expect(ticker.symbol).to.equal('BNBBTC');
    expect(ticker.window).to.equal('1h');
    expectDecimal(ticker.priceChange, '0.0015');
    expectDecimal(ticker.priceChangePercent, '250.00');
    expectDecimal(ticker.open, '0.0010');
    expectDecimal(ticker.high, '0.0025');
    expectDecimal(ticker.low, '0.0010');
    expectDecimal(ticker.lastPrice, '0.0025');
    expectDecimal(ticker.weightedAveragePrice, '0.0018');
    expectDecimal(ticker.volume, '10000');
    expectDecimal(ticker.quoteVolume, '18');
    expect(ticker.openTime).to.equal(0);
    expect(ticker.closeTime).to.equal(1675216573749);
    expect(ticker.firstTradeId).to.equal(0n);
    expect(ticker.lastTradeId).to.equal(18150n);
    expect(ticker.trades).to.equal(18151);
    expect(ticker.eventTime).to.equal(1672515782136);
  });

  it('takes the window from the event type', () => {
    expect(toWindowTicker(raw({ e: '4hTicker' })).window).to.equal('4h');
    expect(toWindowTicker(raw({ e: '1dTicker' })).window).to.equal('1d');
  });

  it('reads nothing when built, and each decimal text once', () => {
    const { raw: watched, reads } = tracked(raw());
    const ticker = toWindowTicker(watched);
    expect(reads).to.deep.equal([]);
    expect(ticker.weightedAveragePrice).to.equal(ticker.weightedAveragePrice);
    expect(reads).to.deep.equal(['w']);
  });

  it('keeps trade ids beyond 2^53 exact', () => {
    const text = streamFixtureText('windowTicker').replace('"F": 0', `"F": ${BIG_ID}`);
    expect(toWindowTicker(decodedText(RawWindowTicker, text)).firstTradeId).to.equal(2n ** 60n + 1n);
  });

  it('serialises to exact strings without exponents', () => {
    const ticker = toWindowTicker(raw({ v: '0.00000001' }));
    expect(ticker.toJSON()).to.deep.equal({
      symbol: 'BNBBTC',
      window: '1h',
      priceChange: '0.0015',
      priceChangePercent: '250',
      open: '0.001',
      high: '0.0025',
      low: '0.001',
      lastPrice: '0.0025',
      weightedAveragePrice: '0.0018',
      volume: '0.00000001',
      quoteVolume: '18',
      openTime: 0,
      closeTime: 1675216573749,
      firstTradeId: '0',
      lastTradeId: '18150',
      trades: 18151,
      eventTime: 1672515782136,
    });
    expect(inspect(ticker)).to.equal(inspect(ticker.toJSON()));
  });

  it('maps the !ticker_<w>@arr payload element by element, in order', () => {
    const tickers = toWindowTickers(decoded(RawWindowTickerArray, streamArrayFixture('allWindowTickers')));
    expect(tickers.map((ticker) => [ticker.symbol, ticker.window, ticker.trades])).to.deep.equal([
      ['BNBBTC', '4h', 18151],
      ['ETHBTC', '4h', 0],
    ]);
    expect((tickers[1] as (typeof tickers)[number]).lastTradeId).to.equal(-1n);
    expectDecimal((tickers[1] as (typeof tickers)[number]).priceChange, '-0.0010');
  });
});
