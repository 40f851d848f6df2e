import { expect } from 'chai';
import fc from 'fast-check';
import { TimeBuckets } from '../../../src/simulator/market/TimeBuckets.js';
import type { TradeRecord } from '../../../src/simulator/market/TradeRecord.js';
import { TradeStats } from '../../../src/simulator/market/TradeStats.js';

function trade(id: number, time: number, price: bigint, quantity: bigint, buyerIsMaker = false): TradeRecord {
  return {
    id,
    time,
    price,
    quantity,
    quoteQuantity: price * quantity,
    buyerIsMaker,
    buyerOrderId: 1,
    sellerOrderId: 2,
  };
}

function naive(trades: readonly TradeRecord[]): TradeStats | undefined {
  let stats: TradeStats | undefined;
  for (const t of trades) {
    if (stats === undefined) stats = TradeStats.of(t);
    else stats.add(t);
  }
  return stats;
}

describe('TradeStats', () => {
  it('aggregates OHLC, volumes, taker-buy volumes, counts and ids', () => {
    const stats = TradeStats.of(trade(10, 0, 100n, 2n));
    stats.add(trade(11, 5, 120n, 1n, true));
    stats.add(trade(12, 9, 90n, 3n));
    expect(stats).to.include({
      open: 100n,
      high: 120n,
      low: 90n,
      close: 90n,
      volume: 6n,
      count: 3,
      firstId: 10,
      lastId: 12,
    });
    expect(stats.quoteVolume).to.equal(200n + 120n + 270n);
    expect(stats.takerBuyVolume).to.equal(5n);
    expect(stats.takerBuyQuoteVolume).to.equal(470n);
    expect(stats.lastQuantity).to.equal(3n);
    const copy = stats.copy();
    copy.add(trade(13, 10, 1n, 1n));
    expect(stats.count).to.equal(3);
    expect(copy).to.be.instanceOf(TradeStats);
  });
});

describe('TimeBuckets', () => {
  it('aggregates ranges of buckets and finds the bucket before a time', () => {
    const buckets = new TimeBuckets(1000, 60_000);
    buckets.add(trade(1, 500, 10n, 1n));
    buckets.add(trade(2, 999, 11n, 1n));
    buckets.add(trade(3, 3100, 12n, 1n));
    expect(buckets.aggregate(0, 1000)).to.include({ count: 2, close: 11n });
    expect(buckets.aggregate(1000, 3000)).to.equal(undefined);
    expect(buckets.aggregate(0, 5000)).to.include({ count: 3, firstId: 1, lastId: 3 });
    expect(buckets.lastBefore(3000)?.close).to.equal(11n);
    expect(buckets.lastBefore(0)).to.equal(undefined);
    expect(buckets.oldestStart).to.equal(0);
  });

  it('agrees with a naive aggregation while the newest bucket keeps growing (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 2500 }), price: fc.integer({ min: 1, max: 50 }) }), {
          minLength: 1,
          maxLength: 80,
        }),
        fc.integer({ min: 0, max: 20_000 }),
        (steps, from) => {
          const buckets = new TimeBuckets(1000, 1_000_000);
          const trades: TradeRecord[] = [];
          let time = 0;
          steps.forEach(({ gap, price }, i) => {
            time += gap;
            const t = trade(i + 1, time, BigInt(price), BigInt(i + 1), i % 3 === 0);
            trades.push(t);
            buckets.add(t);
            // Ask the same long range repeatedly, as tickers do, while trades keep arriving.
            const start = from - (from % 1000);
            const expected = naive(trades.filter((x) => x.time >= start && x.time <= time));
            expect(buckets.aggregate(start, time + 1)).to.deep.equal(expected);
          });
        },
      ),
    );
  });

  it('drops buckets older than its retention, in batches', () => {
    const buckets = new TimeBuckets(1000, 10_000);
    for (let i = 0; i < 2000; i++) buckets.add(trade(i + 1, i * 1000, 10n, 1n));
    expect(buckets.oldestStart).to.be.greaterThan(1_000_000);
    expect(buckets.oldestStart).to.be.at.most(1_999_000 - 10_000);
  });
});
