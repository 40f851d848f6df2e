import { expect } from 'chai';
import { either } from 'fp-ts';
import type * as t from 'io-ts';
import { RawAggTrade } from '../../../../src/codecs/RawAggTrade.js';
import { RawAvgPrice } from '../../../../src/codecs/RawAvgPrice.js';
import { RawBlockTrade } from '../../../../src/codecs/RawBlockTrade.js';
import { RawBookTicker } from '../../../../src/codecs/RawBookTicker.js';
import { RawDepthSnapshot } from '../../../../src/codecs/RawDepthSnapshot.js';
import { RawDepthUpdate } from '../../../../src/codecs/RawDepthUpdate.js';
import { RawKline } from '../../../../src/codecs/RawKline.js';
import { RawMiniTicker, RawMiniTickerArray } from '../../../../src/codecs/RawMiniTicker.js';
import { RawReferencePrice } from '../../../../src/codecs/RawReferencePrice.js';
import { RawTicker } from '../../../../src/codecs/RawTicker.js';
import { RawTrade } from '../../../../src/codecs/RawTrade.js';
import { RawWindowTicker, RawWindowTickerArray } from '../../../../src/codecs/RawWindowTicker.js';
import { NOT_A_NUMBER, syntheticPayload } from '../../../../src/simulator/streams/faults/syntheticPayload.js';

const AT = 1_795_000_000_000;
const cases: [string, t.Mixed][] = [
  ['btcusdt@trade', RawTrade],
  ['btcusdt@aggTrade', RawAggTrade],
  ['btcusdt@blockTrade', RawBlockTrade],
  ['btcusdt@bookTicker', RawBookTicker],
  ['btcusdt@avgPrice', RawAvgPrice],
  ['btcusdt@referencePrice', RawReferencePrice],
  ['btcusdt@depth', RawDepthUpdate],
  ['btcusdt@depth10@100ms', RawDepthSnapshot],
  ['btcusdt@kline_1m@+08:00', RawKline],
  ['btcusdt@miniTicker', RawMiniTicker],
  ['!miniTicker@arr', RawMiniTickerArray],
  ['btcusdt@ticker', RawTicker],
  ['btcusdt@ticker_4h', RawWindowTicker],
  ['!ticker_1h@arr', RawWindowTickerArray],
];

describe('syntheticPayload', () => {
  it('makes a payload that decodes, and a broken one that fails on one decimal field', () => {
    for (const [stream, codec] of cases) {
      const good = syntheticPayload(stream, AT, false);
      const bad = syntheticPayload(stream, AT, true);
      expect(either.isRight(codec.decode(good)), `${stream}: ${JSON.stringify(good)}`).to.equal(true);
      expect(either.isRight(codec.decode(bad)), stream).to.equal(false);
      const goodText = JSON.stringify(good);
      const badText = JSON.stringify(bad);
      expect(badText.split(NOT_A_NUMBER), stream).to.have.length(2);
      expect(badText.length - NOT_A_NUMBER.length, stream).to.be.lessThan(goodText.length);
    }
  });

  it('breaks the price of a trade', () => {
    expect(syntheticPayload('ethusdt@trade', AT, true)).to.deep.include({ s: 'ETHUSDT', p: NOT_A_NUMBER, E: AT });
  });
});
