import { expect } from 'chai';
import { BoundedLog } from '../../../src/simulator/market/BoundedLog.js';
import { TradeHistory } from '../../../src/simulator/market/TradeHistory.js';
import type { AggTradeRecord } from '../../../src/simulator/market/TradeRecord.js';

function agg(id: number, time: number): AggTradeRecord {
  return { id, time, price: 1n, quantity: 1n, firstTradeId: id, lastTradeId: id, buyerIsMaker: false };
}

describe('BoundedLog', () => {
  it('keeps at least its capacity of newest entries and maps ids to entries', () => {
    const log = new BoundedLog<{ id: number }>(3);
    for (let id = 5; id < 15; id++) log.push({ id });
    expect(log.length).to.be.within(3, 6);
    expect(log.newest(10).map((e) => e.id)).to.deep.equal([12, 13, 14]);
    expect(log.fromId(13, 5).map((e) => e.id)).to.deep.equal([13, 14]);
    expect(log.fromId(0, 1)[0]?.id).to.be.at.most(12);
    expect(log.fromId(99, 5)).to.deep.equal([]);
    expect(log.last?.id).to.equal(14);
    expect(() => {
      log.push({ id: 99 });
    }).to.throw(RangeError);
  });
});

describe('TradeHistory.queryAggTrades', () => {
  const history = new TradeHistory();
  // ids 1..10 at times 100, 200, ... 1000
  for (let id = 1; id <= 10; id++) history.recordAgg(agg(id, id * 100));
  const ids = (list: readonly AggTradeRecord[]): number[] => list.map((a) => a.id);

  it('returns the most recent ones by default, and up to endTime', () => {
    expect(ids(history.queryAggTrades({ limit: 3 }))).to.deep.equal([8, 9, 10]);
    expect(ids(history.queryAggTrades({ limit: 3, endTime: 550 }))).to.deep.equal([3, 4, 5]);
  });

  it('returns the oldest from startTime, bounded by endTime (inclusive)', () => {
    expect(ids(history.queryAggTrades({ limit: 3, startTime: 250 }))).to.deep.equal([3, 4, 5]);
    expect(ids(history.queryAggTrades({ limit: 10, startTime: 200, endTime: 400 }))).to.deep.equal([2, 3, 4]);
  });

  it('returns from fromId, honouring the time bounds', () => {
    expect(ids(history.queryAggTrades({ limit: 2, fromId: 4 }))).to.deep.equal([4, 5]);
    expect(ids(history.queryAggTrades({ limit: 10, fromId: 4, endTime: 600 }))).to.deep.equal([4, 5, 6]);
    expect(ids(history.queryAggTrades({ limit: 10, fromId: 4, startTime: 800 }))).to.deep.equal([8, 9, 10]);
  });
});
