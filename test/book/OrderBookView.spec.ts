import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import { inspect } from 'node:util';
import sinon from 'sinon';
import { BookSide } from '../../src/book/BookSide.js';
import { type OrderBookView, toOrderBookView } from '../../src/book/OrderBookView.js';
import { PriceScale } from '../../src/book/PriceScale.js';
import { plainValue } from '../../src/models/plainModel.js';

interface Parts {
  readonly view: OrderBookView;
  readonly scale: PriceScale;
  readonly bids: BookSide;
  readonly asks: BookSide;
}

/** A view over 8-decimal prices: bids 0.1, 0.09999999, ...; asks 0.3, 0.30000001, ... */
function makeView(count = 5, scale = PriceScale.fromDecimals(8)): Parts {
  const bids = new BookSide('bids');
  const asks = new BookSide('asks');
  for (let i = 0; i < count; i++) {
    bids.set(10_000_000 - i, `${i + 1}.50000000`);
    asks.set(30_000_000 + i, `0.0000000${i + 1}`);
  }
  const view = toOrderBookView({
    symbol: 'ETHBTC',
    state: 'live',
    lastUpdateId: 12_345,
    eventTime: 1_700_000_000_000,
    bids: bids.snapshot(),
    asks: asks.snapshot(),
    scale,
  });
  return { view, scale, bids, asks };
}

describe('OrderBookView', () => {
  it('exposes the book: symbol, state, id as bigint, event time, counts', () => {
    const { view } = makeView();
    expect(view.symbol).to.equal('ETHBTC');
    expect(view.state).to.equal('live');
    expect(view.lastUpdateId).to.equal(12_345n);
    expect(view.eventTime).to.equal(1_700_000_000_000);
    expect(view.bidCount).to.equal(5);
    expect(view.askCount).to.equal(5);
  });

  it('keeps an id beyond 2^53 exact', () => {
    const side = new BookSide('bids').snapshot();
    const scale = PriceScale.fromDecimals();
    const id = 2n ** 64n + 1n;
    const view = toOrderBookView({
      symbol: 'X',
      state: 'live',
      lastUpdateId: id,
      eventTime: undefined,
      bids: side,
      asks: side,
      scale,
    });
    expect(view.lastUpdateId).to.equal(id);
    expect(view.toJSON().lastUpdateId).to.equal('18446744073709551617');
  });

  it('does no per-level work when made, nor for counts', () => {
    const bids = new BookSide('bids');
    for (let i = 0; i < 1000; i++) bids.set(i, '1');
    const snapshot = bids.snapshot();
    const forEach = sinon.spy(snapshot, 'forEach');
    const scale = PriceScale.fromDecimals(2);
    const toDecimal = sinon.spy(scale, 'toDecimal');
    const view = toOrderBookView({
      symbol: 'X',
      state: 'live',
      lastUpdateId: 1,
      eventTime: undefined,
      bids: snapshot,
      asks: snapshot,
      scale,
    });
    expect(view.bidCount).to.equal(1000);
    sinon.assert.notCalled(forEach);
    // The best level is built without building the side, and its price only when read.
    const best = view.bestBid;
    sinon.assert.calledOnceWithExactly(forEach, sinon.match.func, 0, 1);
    sinon.assert.notCalled(toDecimal);
    expect(best?.price.toFixed()).to.equal('9.99');
    sinon.assert.calledOnce(toDecimal);
  });

  it('builds each level once: bestBid, topBids and bids share their objects', () => {
    const { view } = makeView();
    const best = view.bestBid;
    const top = view.topBids(2);
    expect(top[0]).to.equal(best);
    expect(view.bids[0]).to.equal(best);
    expect(view.bids[1]).to.equal(top[1]);
    expect(view.bids).to.equal(view.bids);
    expect(view.asks[0]).to.equal(view.bestAsk);
    const level = view.bids[0];
    expect(level?.price).to.equal(level?.price);
    expect(level?.quantity).to.equal(level?.quantity);
  });

  it('gives the best n levels, fewer when the side is shorter', () => {
    const { view } = makeView();
    expect(view.topBids(2).map((l) => l.price.toFixed())).to.deep.equal(['0.1', '0.09999999']);
    expect(view.topAsks(3).map((l) => l.quantity.toFixed())).to.deep.equal(['0.00000001', '0.00000002', '0.00000003']);
    expect(view.topBids(0)).to.deep.equal([]);
    expect(view.topBids(-1)).to.deep.equal([]);
    expect(view.topBids(Number.NaN)).to.deep.equal([]);
    expect(view.topBids(1.5)).to.have.length(1);
    expect(view.topAsks(50)).to.have.length(5);
    expect(view.bids).to.have.length(5);
  });

  it('never changes an array it returned when more levels are read later', () => {
    const { view } = makeView();
    const two = view.topAsks(2);
    const four = view.topAsks(4);
    expect(two).to.have.length(2);
    expect(four).to.have.length(4);
    expect(view.asks).to.have.length(5);
    expect(two).to.have.length(2);
    expect(four[1]).to.equal(two[1]);
  });

  it('computes the spread exactly', () => {
    const { view } = makeView();
    expect(BigNumber.isBigNumber(view.spread)).to.equal(true);
    expect(view.spread?.toFixed()).to.equal('0.2'); // 0.3 - 0.1 in floats is 0.19999999999999998
    expect(view.spread).to.equal(view.spread);
  });

  it('has no best level and no spread on an empty side', () => {
    const { view } = makeView(0);
    expect(view.bestBid).to.equal(undefined);
    expect(view.bestAsk).to.equal(undefined);
    expect(view.spread).to.equal(undefined);
    expect(view.bids).to.deep.equal([]);
    expect(view.toJSON()).to.deep.include({ bestBid: undefined, spread: undefined, bids: [], bidCount: 0 });
  });

  it('writes exact strings to JSON, the same as the BigNumbers say, never an exponent', () => {
    const { view } = makeView(2);
    expect(JSON.parse(JSON.stringify(view))).to.deep.equal({
      symbol: 'ETHBTC',
      state: 'live',
      lastUpdateId: '12345',
      eventTime: 1_700_000_000_000,
      bestBid: { price: '0.1', quantity: '1.5' },
      bestAsk: { price: '0.3', quantity: '0.00000001' },
      spread: '0.2',
      bids: [
        { price: '0.1', quantity: '1.5' },
        { price: '0.09999999', quantity: '2.5' },
      ],
      asks: [
        { price: '0.3', quantity: '0.00000001' },
        { price: '0.30000001', quantity: '0.00000002' },
      ],
      bidCount: 2,
      askCount: 2,
    });
    // The levels' JSON is what the models' generic conversion gives for their BigNumbers.
    const level = view.asks[0];
    expect(plainValue({ price: level?.price, quantity: level?.quantity })).to.deep.equal(view.toJSON().asks[0]);
  });

  it('shows its plain form in util.inspect', () => {
    const { view } = makeView(1);
    const text = inspect(view, { depth: 4 });
    expect(text).to.include("price: '0.1'");
    expect(text).to.include("lastUpdateId: '12345'");
    expect(inspect(view.bids[0])).to.equal("{ price: '0.1', quantity: '1.5' }");
  });

  it('does not change when the sides move on, read before or after', () => {
    const { view: readFirst, bids, asks, scale } = makeView(3);
    const expected = JSON.stringify(readFirst);
    const unread = toOrderBookView({
      symbol: 'ETHBTC',
      state: 'live',
      lastUpdateId: 12_345,
      eventTime: 1_700_000_000_000,
      bids: bids.snapshot(),
      asks: asks.snapshot(),
      scale,
    });
    bids.set(10_000_001, '9');
    bids.remove(10_000_000);
    asks.set(30_000_000, '7');
    expect(JSON.stringify(unread)).to.equal(expected);
    expect(JSON.stringify(readFirst)).to.equal(expected);
  });
});
