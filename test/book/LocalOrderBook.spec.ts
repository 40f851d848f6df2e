import { expect } from 'chai';
import { LocalOrderBook } from '../../src/book/LocalOrderBook.js';
import { PriceScale } from '../../src/book/PriceScale.js';
import { RawDepthSnapshot } from '../../src/codecs/RawDepthSnapshot.js';
import { RawDepthUpdate } from '../../src/codecs/RawDepthUpdate.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';
import { decoded } from '../models/modelHelpers.js';
import { diff, sideText, snapshot } from './bookFixtures.js';

const cents = PriceScale.fromTickSize('0.01000000');

/** A book at update 100: bids 99.98/99.99, asks 100.01/100.02, with Binance's 8-decimal spelling. */
function book100(): LocalOrderBook {
  const book = new LocalOrderBook({ symbol: 'BTCUSDT', scale: cents });
  book.reset(
    snapshot(
      100,
      [
        ['99.99000000', '1.00000000'],
        ['99.98000000', '2.00000000'],
      ],
      [
        ['100.01000000', '3.00000000'],
        ['100.02000000', '4.00000000'],
      ],
    ),
  );
  return book;
}

function text(book: LocalOrderBook): { bids: string[]; asks: string[]; id: bigint } {
  const view = book.view('live');
  return { bids: sideText(view.bids), asks: sideText(view.asks), id: view.lastUpdateId };
}

describe('LocalOrderBook', () => {
  it('maps the documented snapshot and event (symbol BNBBTC, default 8-decimal scale)', () => {
    const book = new LocalOrderBook({ symbol: 'BNBBTC' });
    book.reset(decoded(RawDepthSnapshot, streamFixture('partialDepth')));
    // The documented event spans 157..160 and the snapshot is at 160: u = id is not stale, it applies again.
    expect(book.apply(decoded(RawDepthUpdate, streamFixture('depthUpdate')))).to.equal('applied');
    const view = book.view('live');
    expect(view.symbol).to.equal('BNBBTC');
    expect(view.lastUpdateId).to.equal(160n);
    expect(view.eventTime).to.equal(1672515782136);
    expect(sideText(view.bids)).to.deep.equal(['0.0024 x 10']);
    expect(sideText(view.asks)).to.deep.equal(['0.0026 x 100']);
  });

  it('takes a snapshot: levels best first, its id, no event time yet', () => {
    const book = book100();
    expect(book.lastUpdateId).to.equal(100);
    expect(text(book)).to.deep.equal({
      bids: ['99.99 x 1', '99.98 x 2'],
      asks: ['100.01 x 3', '100.02 x 4'],
      id: 100n,
    });
    expect(book.view('live').eventTime).to.equal(undefined);
  });

  it('refuses events before the first snapshot', () => {
    const book = new LocalOrderBook({ symbol: 'BTCUSDT' });
    expect(() => book.apply(diff(1, 2))).to.throw(TypeError, /before reset/);
    expect(book.lastUpdateId).to.equal(undefined);
    expect(book.view('syncing').lastUpdateId).to.equal(0n);
  });

  describe('the update procedure', () => {
    it('ignores an event that ends before the book (u < id): stale, nothing changes', () => {
      const book = book100();
      const before = text(book);
      expect(book.apply(diff(90, 99, [['99.99', '9']]))).to.equal('stale');
      expect(text(book)).to.deep.equal(before);
    });

    it('reports a gap when an event starts after id + 1 (U > id + 1), and applies nothing', () => {
      const book = book100();
      const before = text(book);
      expect(book.apply(diff(102, 110, [['99.99', '9']]))).to.equal('gap');
      expect(text(book)).to.deep.equal(before);
      expect(book.lastUpdateId).to.equal(100);
    });

    it('applies the next event (U = id + 1) and takes its u as the id', () => {
      const book = book100();
      expect(book.apply(diff(101, 105, [['99.99', '5']], [], 42))).to.equal('applied');
      expect(book.lastUpdateId).to.equal(105);
      expect(book.view('live').eventTime).to.equal(42);
      expect(text(book).bids).to.deep.equal(['99.99 x 5', '99.98 x 2']);
    });

    it('applies an event that straddles the id (U ≤ id < u), as the first event after a snapshot does', () => {
      const book = book100();
      expect(book.apply(diff(95, 103, [['99.99', '7']]))).to.equal('applied');
      expect(book.lastUpdateId).to.equal(103);
    });

    it("accepts, after a snapshot whose id is an event's u, the next event that does not contain the id", () => {
      // The trap of PROTOCOL §2: "lastUpdateId within [U;u]" would reject this event, yet it is the right one.
      const book = book100();
      expect(book.apply(diff(101, 101, [], [['100.01', '0']]))).to.equal('applied');
      expect(text(book).asks).to.deep.equal(['100.02 x 4']);
    });

    it('sets absolute quantities, never adds them', () => {
      const book = book100();
      book.apply(diff(101, 101, [['99.98', '0.5']], [['100.02', '10']]));
      book.apply(diff(102, 102, [['99.98', '0.5']]));
      expect(text(book).bids).to.deep.equal(['99.99 x 1', '99.98 x 0.5']);
      expect(text(book).asks).to.deep.equal(['100.01 x 3', '100.02 x 10']);
    });

    it('inserts new levels in price order on both sides', () => {
      const book = book100();
      book.apply(
        diff(
          101,
          101,
          [
            ['100.00', '1'],
            ['99.00', '1'],
          ],
          [
            ['101.00', '2'],
            ['100.03', '1'],
          ],
        ),
      );
      expect(text(book).bids).to.deep.equal(['100 x 1', '99.99 x 1', '99.98 x 2', '99 x 1']);
      expect(text(book).asks).to.deep.equal(['100.01 x 3', '100.02 x 4', '100.03 x 1', '101 x 2']);
    });

    it('removes a level on a zero quantity in any spelling; removing an absent level is normal', () => {
      const book = book100();
      expect(
        book.apply(
          diff(
            101,
            101,
            [
              ['99.99000000', '0.00000000'],
              ['50.00', '0'],
            ],
            [['100.01', '0.0']],
          ),
        ),
      ).to.equal('applied');
      expect(text(book)).to.deep.equal({ bids: ['99.98 x 2'], asks: ['100.02 x 4'], id: 101n });
    });

    it('compares ids beyond 2^53 exactly (bigint)', () => {
      const book = new LocalOrderBook({ symbol: 'BTCUSDT', scale: cents });
      const id = 2n ** 60n;
      book.reset(snapshot(id, [['1.00', '1']]));
      expect(book.apply(diff(id - 5n, id - 1n))).to.equal('stale');
      expect(book.apply(diff(id + 2n, id + 3n))).to.equal('gap');
      expect(book.apply(diff(id + 1n, id + 3n, [['1.00', '2']]))).to.equal('applied');
      expect(book.view('live').lastUpdateId).to.equal(id + 3n);
    });

    it('compares a number id with a bigint event exactly, at the edge of 2^53', () => {
      const book = new LocalOrderBook({ symbol: 'BTCUSDT', scale: cents });
      book.reset(snapshot(Number.MAX_SAFE_INTEGER));
      expect(book.apply(diff(2n ** 53n + 1n, 2n ** 53n + 1n))).to.equal('gap');
      expect(book.apply(diff(2n ** 53n, 2n ** 53n))).to.equal('applied');
      expect(book.lastUpdateId).to.equal(2n ** 53n);
    });
  });

  it('replaces everything on a new snapshot and forgets the event time', () => {
    const book = book100();
    book.apply(diff(101, 101, [['99.99', '5']]));
    book.reset(snapshot(500, [['10.00', '1']], []));
    expect(text(book)).to.deep.equal({ bids: ['10 x 1'], asks: [], id: 500n });
    expect(book.view('live').eventTime).to.equal(undefined);
  });

  it('skips zero quantities in a snapshot', () => {
    const book = new LocalOrderBook({ symbol: 'BTCUSDT', scale: cents });
    book.reset(
      snapshot(1, [
        ['1.00', '0.00000000'],
        ['0.99', '1'],
      ]),
    );
    expect(text(book).bids).to.deep.equal(['0.99 x 1']);
  });

  it('never changes a view it gave, however many events follow', () => {
    const book = book100();
    const first = book.view('live');
    const firstBids = sideText(first.bids);
    for (let u = 101; u < 400; u++) book.apply(diff(u, u, [[(90 + (u % 10)).toFixed(2), `${u}`]], [['100.01', '0']]));
    expect(sideText(first.bids)).to.deep.equal(firstBids);
    expect(sideText(first.asks)).to.deep.equal(['100.01 x 3', '100.02 x 4']);
    expect(first.lastUpdateId).to.equal(100n);
    expect(book.view('live').lastUpdateId).to.equal(399n);
  });

  describe('maxDepth', () => {
    it('keeps only the best levels after a snapshot and after each event', () => {
      const book = new LocalOrderBook({ symbol: 'BTCUSDT', scale: cents, maxDepth: 2 });
      book.reset(
        snapshot(
          1,
          [
            ['3.00', '1'],
            ['2.00', '1'],
            ['1.00', '1'],
          ],
          [],
        ),
      );
      expect(text(book).bids).to.deep.equal(['3 x 1', '2 x 1']);
      book.apply(diff(2, 2, [['3.50', '1']]));
      expect(text(book).bids).to.deep.equal(['3.5 x 1', '3 x 1']);
      // The cost, documented: a level dropped is forgotten until it changes again.
      book.apply(diff(3, 3, [['3.50', '0']]));
      expect(text(book).bids).to.deep.equal(['3 x 1']);
    });

    it('must be a positive integer or Infinity', () => {
      for (const bad of [0, -1, 1.5, Number.NaN]) {
        expect(() => new LocalOrderBook({ symbol: 'X', maxDepth: bad }), String(bad)).to.throw(TypeError, /maxDepth/);
      }
      expect(() => new LocalOrderBook({ symbol: 'X', maxDepth: Infinity })).to.not.throw();
    });
  });

  describe('prices off the grid', () => {
    it('fail a snapshot without touching the book', () => {
      const book = book100();
      expect(() => book.reset(snapshot(200, [['99.995', '1']]))).to.throw(
        RangeError,
        /not a multiple of the tick size 0\.01/,
      );
      expect(text(book).id).to.equal(100n);
    });

    it('fail an event, and the half-applied book refuses events until the next snapshot', () => {
      const book = book100();
      expect(() =>
        book.apply(
          diff(101, 101, [
            ['99.97', '1'],
            ['99.975', '1'],
          ]),
        ),
      ).to.throw(RangeError, /99\.975/);
      expect(() => book.apply(diff(102, 102))).to.throw(TypeError, /before reset/);
      book.reset(snapshot(300));
      expect(book.apply(diff(301, 301))).to.equal('applied');
    });
  });
});
