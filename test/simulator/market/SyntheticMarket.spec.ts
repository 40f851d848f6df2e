import { expect } from 'chai';
import sinon from 'sinon';
import { MARKET_OWNER } from '../../../src/simulator/market/MarketActivity.js';
import { SymbolRules } from '../../../src/simulator/market/SymbolRules.js';
import { type MarketEvents, SyntheticMarket } from '../../../src/simulator/market/SyntheticMarket.js';
import type { TradeRecord } from '../../../src/simulator/market/TradeRecord.js';
import { T0, TEST_SYMBOLS } from './marketFixtures.js';

const rules = SymbolRules.from(TEST_SYMBOLS[1]!);

function events(): MarketEvents & { trades: TradeRecord[] } {
  const trades: TradeRecord[] = [];
  return {
    trades,
    trade: (_, trade) => trades.push(trade),
    aggTrade: () => undefined,
    bookTop: () => undefined,
    blockTrade: () => undefined,
  };
}

describe('SyntheticMarket', () => {
  it('invents a pre-history that ends at the initial price, one trade every few seconds', () => {
    const market = new SyntheticMarket({ rules, seed: 1, now: T0, preHistoryMs: 3_600_000 });
    const past = market.history.trades.newest(10_000);
    expect(past.length).to.be.within(3600 / 18, 3600 / 2);
    expect(past.at(-1)?.price).to.equal(rules.initialPrice);
    expect(past[0]?.time).to.be.at.least(T0 - 3_600_000);
    expect(past.at(-1)?.time).to.be.below(T0);
    past.forEach((t, i) => {
      if (i > 0) expect(t.id).to.equal((past[i - 1] as TradeRecord).id + 1);
    });
    expect(market.history.aggTrades.length).to.equal(past.length);
  });

  it('keeps an uncrossed book on the tick and step grids while it trades', () => {
    const sink = events();
    const market = new SyntheticMarket({ rules, seed: 4, now: T0, preHistoryMs: 0, events: sink });
    for (let i = 1; i <= 3000; i++) {
      market.tick(T0 + i * 100);
      const bid = market.book.bestBid();
      const ask = market.book.bestAsk();
      expect(bid !== undefined && ask !== undefined && bid[0] < ask[0], `uncrossed at step ${i}`).to.equal(true);
    }
    expect(sink.trades.length).to.be.greaterThan(500);
    for (const side of ['BUY', 'SELL'] as const) {
      expect(market.book.levels(side).length).to.be.at.least(10);
      for (const order of market.book.ordersOf(side)) {
        expect(order.owner).to.equal(MARKET_OWNER);
        expect((order.price - rules.minPrice) % rules.tickSize).to.equal(0n);
        expect(order.quantity % rules.stepSize).to.equal(0n);
      }
    }
    // The price wanders, but not away: within a few percent after five minutes.
    const drift = Number(market.lastPrice - rules.initialPrice) / Number(rules.initialPrice);
    expect(Math.abs(drift)).to.be.below(0.05);
  });

  it('matches a user taker against synthetic liquidity and records the trades and aggregate trades', () => {
    const sink = events();
    const aggs = sinon.spy(sink, 'aggTrade');
    const market = new SyntheticMarket({ rules, seed: 4, now: T0, preHistoryMs: 0, events: sink });
    const asks = market.book.levels('SELL', 2);
    const wanted = (asks[0] as readonly [bigint, bigint])[1] + rules.stepSize;
    const takerOrderId = market.allocateOrderId();
    const fills = market.take('BUY', { quantity: wanted }, undefined, takerOrderId);
    expect(fills.reduce((sum, f) => sum + f.quantity, 0n)).to.equal(wanted);
    expect(sink.trades.map((t) => t.price)).to.deep.equal(fills.map((f) => f.price));
    expect(sink.trades.every((t) => t.buyerOrderId === takerOrderId && !t.buyerIsMaker)).to.equal(true);
    expect(aggs.callCount).to.equal(2);
    expect(aggs.firstCall.args[1]).to.include({ firstTradeId: sink.trades[0]?.id, price: asks[0]?.[0] });
    expect(market.history.lastTrade?.id).to.equal(sink.trades.at(-1)?.id);
  });

  it('rests and cancels orders for any owner, reporting top-of-book changes', () => {
    const sink = events();
    const tops = sinon.spy(sink, 'bookTop');
    const market = new SyntheticMarket({ rules, seed: 4, now: T0, preHistoryMs: 0, events: sink });
    tops.resetHistory();
    const bid = market.book.bestBid() as readonly [bigint, bigint];
    const order = market.place('alice', 'BUY', bid[0] + rules.tickSize, rules.minQty);
    sinon.assert.calledOnce(tops);
    expect(market.book.bestBid()).to.deep.equal([bid[0] + rules.tickSize, rules.minQty]);
    expect(market.cancel(order.orderId)?.owner).to.equal('alice');
    sinon.assert.calledTwice(tops);
    expect(market.cancel(order.orderId)).to.equal(undefined);
    market.place('alice', 'BUY', bid[0] - 100n * rules.tickSize, rules.minQty);
    sinon.assert.calledTwice(tops);
    const top = market.place('bob', 'BUY', bid[0] + rules.tickSize, 3n * rules.minQty);
    market.reduce(top.orderId, rules.minQty);
    expect(market.book.bestBid()).to.deep.equal([bid[0] + rules.tickSize, rules.minQty]);
    expect(tops.callCount).to.equal(4);
  });

  it('has no synthetic takers at activity 0, and refuses a negative activity', () => {
    const sink = events();
    const market = new SyntheticMarket({ rules, seed: 4, now: T0, preHistoryMs: 0, events: sink, activity: 0 });
    for (let i = 1; i <= 600; i++) market.tick(T0 + i * 100);
    expect(sink.trades).to.deep.equal([]);
    expect(market.lastPrice).to.equal(rules.initialPrice);
    expect(() => new SyntheticMarket({ rules, seed: 4, now: T0, activity: -1 })).to.throw(TypeError);
  });
});
