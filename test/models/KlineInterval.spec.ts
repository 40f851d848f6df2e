import { expect } from 'chai';
import fc from 'fast-check';
import { isKlineInterval, KLINE_INTERVALS } from '../../src/models/KlineInterval.js';

describe('KlineInterval', () => {
  it('lists Binance’s 16 intervals, shortest first', () => {
    expect(KLINE_INTERVALS).to.deep.equal([
      '1s',
      '1m',
      '3m',
      '5m',
      '15m',
      '30m',
      '1h',
      '2h',
      '4h',
      '6h',
      '8h',
      '12h',
      '1d',
      '3d',
      '1w',
      '1M',
    ]);
  });

  it('isKlineInterval accepts exactly the listed intervals, case-sensitively', () => {
    for (const interval of KLINE_INTERVALS) expect(isKlineInterval(interval)).to.equal(true);
    for (const u of ['1H', '1S', '1D', '1W', '2m', '1mo', ' 1m', '', null, 1, ['1m']]) {
      expect(isKlineInterval(u), String(u)).to.equal(false);
    }
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(isKlineInterval(s)).to.equal((KLINE_INTERVALS as readonly string[]).includes(s));
      }),
    );
  });
});
