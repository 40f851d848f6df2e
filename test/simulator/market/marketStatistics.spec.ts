import { expect } from 'chai';
import { averagePrice, candleAt, candlesIn, rollingWindow } from '../../../src/simulator/market/marketStatistics.js';
import { TradeHistory } from '../../../src/simulator/market/TradeHistory.js';

const M = 60_000;
const BASE = Date.UTC(2026, 10, 21, 10);

/** Trades at +0:30 of minutes 0, 1, 3 and 4 (none in minute 2), prices 10, 11, 13, 14. */
function history(): TradeHistory {
  const h = new TradeHistory();
  [0, 1, 3, 4].forEach((minute, i) => {
    const price = BigInt(10 + minute);
    h.record({
      id: i + 1,
      price,
      quantity: 2n,
      quoteQuantity: price * 2n,
      time: BASE + minute * M + 30_000,
      buyerIsMaker: i % 2 === 0,
      buyerOrderId: 1,
      sellerOrderId: 2,
    });
  });
  return h;
}

describe('marketStatistics', () => {
  it('lists candles from the first trade to now, flat at the previous close when empty', () => {
    const candles = candlesIn(history(), '1m', 0, { limit: 500 }, BASE + 5 * M + 1);
    expect(candles.map((c) => c.openTime)).to.deep.equal([0, 1, 2, 3, 4, 5].map((m) => BASE + m * M));
    expect(candles.map((c) => c.stats?.count ?? 0)).to.deep.equal([1, 1, 0, 1, 1, 0]);
    expect(candles[2]?.flatPrice).to.equal(11n);
    expect(candles[5]?.flatPrice).to.equal(14n);
    expect(candles[0]?.closeTime).to.equal(BASE + M - 1);
  });

  it('selects candles by open time: first `limit` from startTime, last `limit` otherwise, endTime inclusive', () => {
    const now = BASE + 5 * M + 1;
    const opens = (range: Parameters<typeof candlesIn>[3]) =>
      candlesIn(history(), '1m', 0, range, now).map((c) => (c.openTime - BASE) / M);
    expect(opens({ limit: 2 })).to.deep.equal([4, 5]);
    expect(opens({ limit: 2, startTime: BASE + M + 1 })).to.deep.equal([2, 3]);
    expect(opens({ limit: 2, startTime: BASE + M })).to.deep.equal([1, 2]);
    expect(opens({ limit: 10, endTime: BASE + 2 * M })).to.deep.equal([0, 1, 2]);
    expect(opens({ limit: 10, startTime: BASE - 100 * M, endTime: BASE + M })).to.deep.equal([0, 1]);
    expect(opens({ limit: 10, startTime: BASE + 3 * M, endTime: BASE + 2 * M })).to.deep.equal([]);
    expect(candlesIn(new TradeHistory(), '1m', 0, { limit: 10 }, now)).to.deep.equal([]);
  });

  it('aggregates wider candles from minutes and 1s candles from seconds', () => {
    const h = history();
    const five = candleAt(h, '5m', BASE, 0, 0n);
    expect(five.stats).to.include({ count: 4, open: 10n, high: 14n, close: 14n, firstId: 1, lastId: 4 });
    const second = candleAt(h, '1s', BASE + 30_000, 0, 0n);
    expect(second.stats?.count).to.equal(1);
    expect(candleAt(h, '1s', BASE + 31_000, 0, 0n).flatPrice).to.equal(10n);
  });

  it('opens rolling windows on a minute and knows the price before them', () => {
    const now = BASE + 4 * M + 45_000;
    const window = rollingWindow(history(), 2 * M, now);
    expect(window.openTime).to.equal(BASE + 2 * M);
    expect(window.closeTime).to.equal(now);
    expect(window.stats).to.include({ count: 2, firstId: 3, lastId: 4 });
    expect(window.prevClose).to.equal(11n);
  });

  it('averages the last five minutes by volume, falling back to the last trade', () => {
    const h = history();
    // At 10:05:10 the window starts at 10:00:11: it holds the trades at minutes 1, 3, 4 (10:00:30 too).
    expect(averagePrice(h, BASE + 5 * M + 10_000)).to.deep.equal({ price: 12n, time: BASE + 4 * M + 30_000 });
    expect(averagePrice(h, BASE + 9 * M + 31_000)).to.deep.equal({ price: 14n, time: BASE + 4 * M + 30_000 });
    expect(averagePrice(h, BASE + 60 * M)).to.deep.equal({ price: 14n, time: BASE + 4 * M + 30_000 });
    expect(averagePrice(new TradeHistory(), BASE)).to.equal(undefined);
  });
});
