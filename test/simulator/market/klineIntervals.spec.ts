import { expect } from 'chai';
import fc from 'fast-check';
import {
  isKlineInterval,
  KLINE_INTERVALS,
  klineCloseTime,
  klineOpenTime,
  nextKlineOpenTime,
} from '../../../src/simulator/market/klineIntervals.js';

const H = 3_600_000;
const utc = (...parts: [number, number, number, number?, number?, number?, number?]): number => Date.UTC(...parts);

describe('klineIntervals', () => {
  it('lists the 16 case-sensitive intervals', () => {
    expect(KLINE_INTERVALS).to.have.length(16);
    expect(isKlineInterval('1M')).to.equal(true);
    expect(isKlineInterval('1m')).to.equal(true);
    expect(isKlineInterval('2m')).to.equal(false);
    expect(isKlineInterval('1H')).to.equal(false);
  });

  it('aligns fixed intervals to the epoch', () => {
    const t = utc(2026, 10, 21, 13, 47, 31, 250);
    expect(klineOpenTime('1s', t)).to.equal(utc(2026, 10, 21, 13, 47, 31));
    expect(klineOpenTime('15m', t)).to.equal(utc(2026, 10, 21, 13, 45));
    expect(klineOpenTime('4h', t)).to.equal(utc(2026, 10, 21, 12));
    expect(klineOpenTime('1d', t)).to.equal(utc(2026, 10, 21));
    expect(klineCloseTime('1m', utc(2026, 10, 21, 13, 47))).to.equal(utc(2026, 10, 21, 13, 48) - 1);
  });

  it('opens weeks on Monday 00:00 UTC and months on the 1st', () => {
    // 2026-11-21 is a Saturday; that week opened on Monday 2026-11-16.
    expect(klineOpenTime('1w', utc(2026, 10, 21, 9))).to.equal(utc(2026, 10, 16));
    expect(new Date(klineOpenTime('1w', utc(2024, 1, 29))).getUTCDay()).to.equal(1);
    expect(klineOpenTime('1M', utc(2026, 10, 21, 9))).to.equal(utc(2026, 10, 1));
    expect(nextKlineOpenTime('1M', utc(2024, 1, 1))).to.equal(utc(2024, 2, 1));
    expect(klineCloseTime('1M', utc(2026, 11, 1))).to.equal(utc(2027, 0, 1) - 1);
  });

  it('aligns days, weeks, months and 6h candles to UTC+8 when offset, keeping UTC epochs', () => {
    const offset = 8 * H;
    // 2026-11-21 20:00 UTC is already 2026-11-22 04:00 in UTC+8.
    const t = utc(2026, 10, 21, 20);
    expect(klineOpenTime('1d', t, offset)).to.equal(utc(2026, 10, 21, 16));
    expect(klineOpenTime('6h', t, offset)).to.equal(utc(2026, 10, 21, 16));
    expect(klineOpenTime('1h', t, offset)).to.equal(klineOpenTime('1h', t));
    expect(klineOpenTime('1M', utc(2026, 10, 30, 17), offset)).to.equal(utc(2026, 10, 30, 16));
    expect(klineOpenTime('1w', utc(2026, 10, 15, 17), offset)).to.equal(utc(2026, 10, 15, 16));
  });

  it('every time lies in its candle, and candles tile time (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KLINE_INTERVALS),
        fc.integer({ min: utc(2000, 0, 1), max: utc(2100, 0, 1) }),
        fc.constantFrom(0, 8 * H, -5 * H - 30 * 60_000),
        (interval, t, offset) => {
          const open = klineOpenTime(interval, t, offset);
          const close = klineCloseTime(interval, open, offset);
          expect(open).to.be.at.most(t);
          expect(close).to.be.at.least(t);
          expect(klineOpenTime(interval, close + 1, offset)).to.equal(close + 1);
          expect(klineOpenTime(interval, open, offset)).to.equal(open);
        },
      ),
    );
  });
});
