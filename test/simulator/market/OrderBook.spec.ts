import { expect } from 'chai';
import fc from 'fast-check';
import { type LevelChange, OrderBook, type Side } from '../../../src/simulator/market/OrderBook.js';

function book(): OrderBook {
  return new OrderBook({ firstUpdateId: 100, stepSize: 10n });
}

function rest(b: OrderBook, orderId: number, side: Side, price: bigint, quantity: bigint, owner = 'market'): void {
  b.add({ orderId, owner, side, price, quantity });
}

describe('OrderBook', () => {
  it('sorts levels best first and sums each level', () => {
    const b = book();
    rest(b, 1, 'BUY', 99n, 10n);
    rest(b, 2, 'BUY', 100n, 20n);
    rest(b, 3, 'BUY', 100n, 30n);
    rest(b, 4, 'SELL', 102n, 5n);
    rest(b, 5, 'SELL', 101n, 7n);
    expect(b.levels('BUY')).to.deep.equal([
      [100n, 50n],
      [99n, 10n],
    ]);
    expect(b.levels('SELL', 1)).to.deep.equal([[101n, 7n]]);
    expect(b.bestBid()).to.deep.equal([100n, 50n]);
    expect(b.bestAsk()).to.deep.equal([101n, 7n]);
    expect(b.size).to.equal(5);
  });

  it('gives every change of a level total its own consecutive update id', () => {
    const b = book();
    expect(b.lastUpdateId).to.equal(99);
    rest(b, 1, 'BUY', 100n, 20n);
    rest(b, 2, 'BUY', 100n, 30n);
    b.cancel(1);
    b.reduce(2, 10n);
    b.cancel(2);
    const changes = b.changesSince(99);
    expect(changes.map((c) => [c.updateId, c.price, c.quantity])).to.deep.equal([
      [100, 100n, 20n],
      [101, 100n, 50n],
      [102, 100n, 30n],
      [103, 100n, 10n],
      [104, 100n, 0n],
    ]);
    expect(b.lastUpdateId).to.equal(104);
    expect(b.levels('BUY')).to.deep.equal([]);
  });

  it('matches in price-time priority with partial fills', () => {
    const b = book();
    rest(b, 1, 'SELL', 101n, 30n);
    rest(b, 2, 'SELL', 100n, 20n);
    rest(b, 3, 'SELL', 100n, 40n);
    rest(b, 4, 'SELL', 102n, 50n);
    const from = b.lastUpdateId;
    const fills = b.match('BUY', { quantity: 80n });
    expect(fills.map((f) => [f.maker.orderId, f.price, f.quantity, f.makerRemaining])).to.deep.equal([
      [2, 100n, 20n, 0n],
      [3, 100n, 40n, 0n],
      [1, 101n, 20n, 10n],
    ]);
    expect(b.levels('SELL')).to.deep.equal([
      [101n, 10n],
      [102n, 50n],
    ]);
    expect(b.order(2)).to.equal(undefined);
    expect(b.order(1)?.quantity).to.equal(10n);
    // One update per level touched: 100 removed, 101 reduced.
    expect(b.changesSince(from).map((c) => [c.price, c.quantity])).to.deep.equal([
      [100n, 0n],
      [101n, 10n],
    ]);
  });

  it('stops at the limit price', () => {
    const b = book();
    rest(b, 1, 'BUY', 100n, 30n);
    rest(b, 2, 'BUY', 99n, 30n);
    const fills = b.match('SELL', { quantity: 100n }, 100n);
    expect(fills.map((f) => f.quantity)).to.deep.equal([30n]);
    expect(b.bestBid()).to.deep.equal([99n, 30n]);
    expect(b.match('SELL', { quantity: 10n }, 100n)).to.deep.equal([]);
  });

  it('spends a quote amount in whole steps, level by level', () => {
    const b = book();
    rest(b, 1, 'SELL', 100n, 30n);
    rest(b, 2, 'SELL', 200n, 100n);
    // 100·30 = 3000 at the first level; 4900 left buys 24.5 → 20 (steps of 10) at 200.
    const fills = b.match('BUY', { quoteQuantity: 7900n });
    expect(fills.map((f) => [f.price, f.quantity])).to.deep.equal([
      [100n, 30n],
      [200n, 20n],
    ]);
    // Not enough for one step at the best price: nothing happens.
    expect(b.match('BUY', { quoteQuantity: 1999n })).to.deep.equal([]);
  });

  it('refuses duplicates, bad amounts and impossible reductions; ignores unknown cancels', () => {
    const b = book();
    rest(b, 1, 'BUY', 100n, 30n);
    expect(() => {
      rest(b, 1, 'BUY', 100n, 30n);
    }).to.throw(RangeError);
    expect(() => {
      rest(b, 2, 'BUY', 100n, 0n);
    }).to.throw(RangeError);
    expect(() => b.reduce(1, 30n)).to.throw(RangeError);
    expect(() => b.reduce(1, 0n)).to.throw(RangeError);
    expect(() => b.reduce(9, 1n)).to.throw(RangeError);
    expect(b.cancel(9)).to.equal(undefined);
  });

  it('keeps priority when an order is reduced', () => {
    const b = book();
    rest(b, 1, 'SELL', 100n, 30n, 'alice');
    rest(b, 2, 'SELL', 100n, 30n, 'bob');
    b.reduce(1, 10n);
    expect(b.queue('SELL', 100n).map((o) => [o.owner, o.quantity])).to.deep.equal([
      ['alice', 10n],
      ['bob', 30n],
    ]);
    expect(b.match('BUY', { quantity: 20n }).map((f) => [f.maker.owner, f.quantity])).to.deep.equal([
      ['alice', 10n],
      ['bob', 10n],
    ]);
    expect(b.ordersOf('SELL').map((o) => o.orderId)).to.deep.equal([2]);
  });

  it('forgets changes once read, and refuses to serve forgotten ones', () => {
    const b = book();
    rest(b, 1, 'BUY', 100n, 30n);
    rest(b, 2, 'BUY', 101n, 30n);
    rest(b, 3, 'BUY', 102n, 30n);
    b.forgetChangesThrough(101);
    expect(b.changesSince(101).map((c) => c.updateId)).to.deep.equal([102]);
    expect(b.changesSince(102)).to.deep.equal([]);
    expect(() => b.changesSince(99)).to.throw(RangeError);
    b.forgetChangesThrough(102);
    expect(() => b.changesSince(101)).to.throw(RangeError);
  });

  it('replaying its changes onto a copy reproduces the book (property)', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        side: fc.constantFrom<Side>('BUY', 'SELL'),
        ticks: fc.integer({ min: 1, max: 8 }),
        qty: fc.integer({ min: 1, max: 9 }),
      }),
      fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
      fc.record({
        kind: fc.constant('take' as const),
        side: fc.constantFrom<Side>('BUY', 'SELL'),
        qty: fc.integer({ min: 1, max: 30 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const b = book();
        let id = 1;
        for (const o of ops) {
          if (o.kind === 'add') {
            const best = o.side === 'BUY' ? b.bestAsk() : b.bestBid();
            const price = o.side === 'BUY' ? 100n - BigInt(o.ticks) : 100n + BigInt(o.ticks);
            if (best !== undefined && (o.side === 'BUY' ? price >= best[0] : price <= best[0])) continue;
            rest(b, id++, o.side, price, BigInt(o.qty) * 10n);
          } else if (o.kind === 'cancel') {
            const all = [...b.ordersOf('BUY'), ...b.ordersOf('SELL')];
            if (all.length > 0) b.cancel((all[o.pick % all.length] as { orderId: number }).orderId);
          } else {
            b.match(o.side, { quantity: BigInt(o.qty) * 10n });
          }
        }
        const replay = new Map<string, bigint>();
        for (const c of b.changesSince(99) as LevelChange[]) {
          const key = `${c.side}${c.price}`;
          if (c.quantity === 0n) replay.delete(key);
          else replay.set(key, c.quantity);
        }
        const actual = new Map<string, bigint>();
        for (const side of ['BUY', 'SELL'] as const) for (const [p, q] of b.levels(side)) actual.set(`${side}${p}`, q);
        expect(replay).to.deep.equal(actual);
        const ids = b.changesSince(99).map((c) => c.updateId);
        expect(ids).to.deep.equal(ids.map((_, i) => 100 + i));
      }),
    );
  });
});
