import { expect } from 'chai';
import { inspect } from 'node:util';
import { RawKline } from '../../src/codecs/RawKline.js';
import { toKline } from '../../src/models/Kline.js';
import { streamFixture, streamFixtureText } from '../fixtures/streams/streamFixture.js';
import { BIG_ID, decoded, decodedText, expectDecimal } from './modelHelpers.js';

function raw(candle: Record<string, unknown> = {}): RawKline {
  const payload = streamFixture('kline');
  return decoded(RawKline, { ...payload, k: { ...(payload['k'] as object), ...candle } });
}

describe('Kline', () => {
  it('maps every field of the documented payload (l is the low, L the last trade id)', () => {
    const kline = toKline(raw());
    expect(kline.symbol).to.equal('BNBBTC');
    expect(kline.interval).to.equal('1m');
    expect(kline.openTime).to.equal(1672515780000);
    expect(kline.closeTime).to.equal(1672515839999);
    expect(kline.firstTradeId).to.equal(100n);
    expect(kline.lastTradeId).to.equal(200n);
    expectDecimal(kline.open, '0.0010');
    expectDecimal(kline.high, '0.0025');
    expectDecimal(kline.low, '0.0015');
    expectDecimal(kline.close, '0.0020');
    expectDecimal(kline.volume, '1000');
    expectDecimal(kline.quoteVolume, '1.0000');
    expect(kline.trades).to.equal(100);
    expect(kline.closed).to.equal(false);
    expectDecimal(kline.takerBuyBaseVolume, '500');
    expectDecimal(kline.takerBuyQuoteVolume, '0.500');
    expect(kline.eventTime).to.equal(1672515782136);
  });

  it('builds each decimal once, on first read', () => {
    const kline = toKline(raw());
    expect(kline.low).to.equal(kline.low);
    expect(kline.takerBuyQuoteVolume).to.equal(kline.takerBuyQuoteVolume);
  });

  it('maps a closed month candle and an empty candle', () => {
    const month = toKline(raw({ i: '1M', x: true }));
    expect(month.interval).to.equal('1M');
    expect(month.closed).to.equal(true);
    const empty = toKline(raw({ f: -1, L: -1, n: 0 }));
    expect(empty.firstTradeId).to.equal(-1n);
    expect(empty.lastTradeId).to.equal(-1n);
    expect(empty.trades).to.equal(0);
  });

  it('keeps trade ids beyond 2^53 exact', () => {
    const text = streamFixtureText('kline').replace('"L": 200', `"L": ${BIG_ID}`);
    expect(toKline(decodedText(RawKline, text)).lastTradeId).to.equal(2n ** 60n + 1n);
  });

  it('serialises to exact strings without exponents', () => {
    const kline = toKline(raw({ l: '0.00000001', v: '100000000000000000000000' }));
    expect(kline.toJSON()).to.deep.equal({
      symbol: 'BNBBTC',
      interval: '1m',
      openTime: 1672515780000,
      closeTime: 1672515839999,
      firstTradeId: '100',
      lastTradeId: '200',
      open: '0.001',
      high: '0.0025',
      low: '0.00000001',
      close: '0.002',
      volume: '100000000000000000000000',
      quoteVolume: '1',
      trades: 100,
      closed: false,
      takerBuyBaseVolume: '500',
      takerBuyQuoteVolume: '0.5',
      eventTime: 1672515782136,
    });
    expect(inspect(kline)).to.equal(inspect(kline.toJSON()));
  });
});
