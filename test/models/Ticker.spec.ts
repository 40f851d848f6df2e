import { expect } from 'chai';
import { inspect } from 'node:util';
import { RawTicker } from '../../src/codecs/RawTicker.js';
import { toTicker } from '../../src/models/Ticker.js';
import { streamFixture, streamFixtureText } from '../fixtures/streams/streamFixture.js';
import { BIG_ID, decoded, decodedText, expectDecimal, tracked } from './modelHelpers.js';

const raw = (fields: Record<string, unknown> = {}): RawTicker =>
  decoded(RawTicker, { ...streamFixture('ticker'), ...fields });

describe('Ticker', () => {
  it('maps every field of the documented payload to its readable name', () => {
    const ticker = toTicker(raw());
    expect(ticker.symbol).to.equal('BNBBTC');
    expectDecimal(ticker.priceChange, '0.0015');
    expectDecimal(ticker.priceChangePercent, '250.00');
    expectDecimal(ticker.weightedAveragePrice, '0.0018');
    expectDecimal(ticker.previousClose, '0.0009');
    expectDecimal(ticker.lastPrice, '0.0025');
    expectDecimal(ticker.lastQuantity, '10');
    expectDecimal(ticker.bestBid, '0.0024');
    expectDecimal(ticker.bestBidQuantity, '10');
    expectDecimal(ticker.bestAsk, '0.0026');
    expectDecimal(ticker.bestAskQuantity, '100');
    expectDecimal(ticker.open, '0.0010');
    expectDecimal(ticker.high, '0.0025');
    expectDecimal(ticker.low, '0.0010');
    expectDecimal(ticker.volume, '10000');
    expectDecimal(ticker.quoteVolume, '18');
    expect(ticker.openTime).to.equal(0);
    expect(ticker.closeTime).to.equal(86400000);
    expect(ticker.firstTradeId).to.equal(0n);
    expect(ticker.lastTradeId).to.equal(18150n);
    expect(ticker.trades).to.equal(18151);
    expect(ticker.eventTime).to.equal(1672515782136);
  });

  it('reads nothing when built, and each decimal text once', () => {
    const { raw: watched, reads } = tracked(raw());
    const ticker = toTicker(watched);
    expect(reads).to.deep.equal([]);
    expect(ticker.bestAskQuantity).to.equal(ticker.bestAskQuantity);
    expect(reads).to.deep.equal(['A']);
  });

  it('keeps trade ids beyond 2^53 exact, and the -1 of an empty window', () => {
    const text = streamFixtureText('ticker').replace('"L": 18150', `"L": ${BIG_ID}`);
    expect(toTicker(decodedText(RawTicker, text)).lastTradeId).to.equal(2n ** 60n + 1n);
    expect(toTicker(raw({ F: -1, L: -1, n: 0 })).firstTradeId).to.equal(-1n);
  });

  it('keeps a quote volume that a double cannot hold exact', () => {
    expect(toTicker(raw({ q: '2121553403.37109243' })).toJSON().quoteVolume).to.equal('2121553403.37109243');
  });

  it('serialises to exact strings without exponents', () => {
    const json = toTicker(raw({ p: '-0.00000001', P: '-0.00001000' })).toJSON();
    expect(json).to.deep.equal({
      symbol: 'BNBBTC',
      priceChange: '-0.00000001',
      priceChangePercent: '-0.00001',
      weightedAveragePrice: '0.0018',
      previousClose: '0.0009',
      lastPrice: '0.0025',
      lastQuantity: '10',
      bestBid: '0.0024',
      bestBidQuantity: '10',
      bestAsk: '0.0026',
      bestAskQuantity: '100',
      open: '0.001',
      high: '0.0025',
      low: '0.001',
      volume: '10000',
      quoteVolume: '18',
      openTime: 0,
      closeTime: 86400000,
      firstTradeId: '0',
      lastTradeId: '18150',
      trades: 18151,
      eventTime: 1672515782136,
    });
    const ticker = toTicker(raw());
    expect(inspect(ticker)).to.equal(inspect(ticker.toJSON()));
  });
});
