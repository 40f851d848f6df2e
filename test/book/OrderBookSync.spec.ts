import { expect } from 'chai';
import { map, type Observable, take } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import sinon from 'sinon';
import { OrderBookSync, type OrderBookSyncConfig } from '../../src/book/OrderBookSync.js';
import type { OrderBookView } from '../../src/book/OrderBookView.js';
import { PriceScale } from '../../src/book/PriceScale.js';
import type { RawDepthSnapshot } from '../../src/codecs/RawDepthSnapshot.js';
import type { RawDepthUpdate } from '../../src/codecs/RawDepthUpdate.js';
import { ExchangeError } from '../../src/errors/ExchangeError.js';
import { diff, sideText, snapshot } from './bookFixtures.js';

const CONFIG: OrderBookSyncConfig = {
  symbol: 'BTCUSDT',
  scale: PriceScale.fromTickSize('0.01000000'),
  // A bound, so that a test that goes wrong ends instead of retrying forever in virtual time.
  retry: { initialDelay: 10, jitter: 0, maxRetries: 5 },
};

/** `state@lastUpdateId`: what most marbles compare. */
const brief = (view: OrderBookView): string => `${view.state}@${view.lastUpdateId}`;

/** The state, the id and every level. */
const full = (view: OrderBookView): string =>
  `${brief(view)} ${sideText(view.bids).join(',')} | ${sideText(view.asks).join(',')}`;

/** A fetchSnapshot that hands out the given cold requests in turn (the last one again when they run out). */
function requests(...list: Observable<RawDepthSnapshot>[]): sinon.SinonStub<[], Observable<RawDepthSnapshot>> {
  const stub = sinon.stub<[], Observable<RawDepthSnapshot>>();
  list.forEach((request, i) => stub.onCall(i).returns(request));
  stub.returns(list[list.length - 1] as Observable<RawDepthSnapshot>);
  return stub;
}

const S100 = snapshot(100, [['99.99', '1']], [['100.01', '3']]);

describe('OrderBookSync', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
  });

  it('buffers from the start, fetches the snapshot at the first event, drops what it holds, then goes live', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const events: Record<string, RawDepthUpdate> = {
        a: diff(95, 100, [['99.97', '9']]), // ends at the snapshot (u = lastUpdateId): dropped
        b: diff(100, 102, [['99.99', '2']]), // straddles the snapshot: the first kept event
        c: diff(103, 103, [], [['100.01', '4']]),
        d: diff(104, 105, [['99.98', '1']]),
      };
      const diffs = cold('  a-b---c-d', events);
      const request = cold('---(s|)', { s: S100 });
      const fetchSnapshot = requests(request);
      expectObservable(OrderBookSync.observe(diffs, fetchSnapshot, CONFIG).pipe(map(full))).toBe('S--L--C-D', {
        S: 'syncing@0  | ',
        L: 'live@102 99.99 x 2 | 100.01 x 3',
        C: 'live@103 99.99 x 2 | 100.01 x 4',
        D: 'live@105 99.99 x 2,99.98 x 1 | 100.01 x 4',
      });
      expectSubscriptions(request.subscriptions).toBe('^--!');
      scheduler.flush();
      sinon.assert.calledOnce(fetchSnapshot);
    });
  });

  it('emits the syncing view at once, before any event', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const request = cold<RawDepthSnapshot>('-(s|)', { s: S100 });
      expectObservable(OrderBookSync.observe(cold('-'), () => request, CONFIG).pipe(map(brief))).toBe('S', {
        S: 'syncing@0',
      });
      // No event, no snapshot request: the first event's U is needed to judge the snapshot.
      expectSubscriptions(request.subscriptions).toBe([]);
    });
  });

  it('asks again, after the backoff, for a snapshot older than the first event (lastUpdateId < U)', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const events = { a: diff(101, 101), b: diff(102, 102), c: diff(103, 104, [['99.99', '5']]) };
      const old = cold('-(s|)', { s: snapshot(99) });
      const fresh = cold('-(s|)', { s: snapshot(102, [['99.99', '1']]) });
      const out = OrderBookSync.observe(cold('a-b-c', events), requests(old, fresh), CONFIG);
      // The old one comes at 1 and is refused; 10 ms later the next request, answered at 12, joins at c.
      expectObservable(out.pipe(map(brief))).toBe('S 11ms L', { S: 'syncing@0', L: 'live@104' });
      expectSubscriptions(old.subscriptions).toBe('^!');
      expectSubscriptions(fresh.subscriptions).toBe('11ms ^!');
    });
  });

  it('keeps the documented strict rule: a snapshot at exactly U − 1 is asked for again', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const fetchSnapshot = requests(cold('-(s|)', { s: snapshot(100) }), cold('-(s|)', { s: snapshot(101) }));
      const out = OrderBookSync.observe(cold('a', { a: diff(101, 101) }), fetchSnapshot, CONFIG);
      expectObservable(out.pipe(map(brief))).toBe('S 11ms L', { S: 'syncing@0', L: 'live@101' });
      scheduler.flush();
      sinon.assert.calledTwice(fetchSnapshot);
    });
  });

  it('accepts as first event one that starts right after the snapshot, without containing its id', () => {
    // PROTOCOL §2's trap: lastUpdateId = 102 is the u of a dropped event; the next one, 103..103, is valid.
    scheduler.run(({ cold, expectObservable }) => {
      const events = { a: diff(101, 102), b: diff(103, 103, [['99.99', '7']]) };
      const out = OrderBookSync.observe(
        cold('a-b', events),
        () => cold('---(s|)', { s: snapshot(102, [['99.99', '1']]) }),
        CONFIG,
      );
      expectObservable(out.pipe(map(full))).toBe('S--L', { S: 'syncing@0  | ', L: 'live@103 99.99 x 7 | ' });
    });
  });

  it('drops stale live events (u < id) without a view', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const events = { a: diff(100, 105), s: diff(100, 104, [['99.99', '9']]), b: diff(106, 106, [['99.99', '2']]) };
      const out = OrderBookSync.observe(cold('a-s-b', events), () => cold('-(s|)', { s: S100 }), CONFIG);
      expectObservable(out.pipe(map(full))).toBe('SL--B', {
        S: 'syncing@0  | ',
        L: 'live@105 99.99 x 1 | 100.01 x 3',
        B: 'live@106 99.99 x 2 | 100.01 x 3',
      });
    });
  });

  it('on a gap shows the stale book as resyncing, buffers from the gap event, and resyncs this book only', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const a = {
        a: diff(100, 101),
        b: diff(102, 102, [['99.99', '2']]),
        c: diff(110, 111, [['50.00', '2']]), // the gap: kept as the first event of the new buffer
        d: diff(112, 112),
      };
      const requestsA = [cold('-(s|)', { s: S100 }), cold('--(s|)', { s: snapshot(110, [['50.00', '1']]) })];
      const fetchA = requests(...requestsA);
      const b = { a: diff(100, 101), b: diff(102, 102), c: diff(103, 103), d: diff(104, 104) };
      const fetchB = requests(cold('-(s|)', { s: S100 }));
      const bookA = OrderBookSync.observe(cold('a-b---c---d', a), fetchA, CONFIG);
      const bookB = OrderBookSync.observe(cold('a-b---c---d', b), fetchB, CONFIG);
      expectObservable(bookA.pipe(map(full))).toBe('SAB---R-C-D', {
        S: 'syncing@0  | ',
        A: 'live@101 99.99 x 1 | 100.01 x 3',
        B: 'live@102 99.99 x 2 | 100.01 x 3',
        R: 'resyncing@102 99.99 x 2 | 100.01 x 3',
        C: 'live@111 50 x 2 | ',
        D: 'live@112 50 x 2 | ',
      });
      expectObservable(bookB.pipe(map(brief))).toBe('SAB---C---D', {
        S: 'syncing@0',
        A: 'live@101',
        B: 'live@102',
        C: 'live@103',
        D: 'live@104',
      });
      expectSubscriptions(requestsA[0]!.subscriptions).toBe('^!');
      expectSubscriptions(requestsA[1]!.subscriptions).toBe('------^-!');
      scheduler.flush();
      sinon.assert.calledTwice(fetchA);
      sinon.assert.calledOnce(fetchB);
    });
  });

  it('resyncs when the buffered events themselves have a hole after the snapshot, staying in syncing', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const events = { a: diff(100, 101), b: diff(105, 106, [['99.99', '3']]), c: diff(107, 107) };
      const fetchSnapshot = requests(
        cold('--(s|)', { s: S100 }),
        cold('-(s|)', { s: snapshot(105, [['99.99', '1']]) }),
      );
      const out = OrderBookSync.observe(cold('ab--c', events), fetchSnapshot, CONFIG);
      // At 2: a applies, b reveals the hole: a new request, answered at 3, that b joins; c applies at 4.
      expectObservable(out.pipe(map(full))).toBe('S--LC', {
        S: 'syncing@0  | ',
        L: 'live@106 99.99 x 3 | ',
        C: 'live@107 99.99 x 3 | ',
      });
      scheduler.flush();
      sinon.assert.calledTwice(fetchSnapshot);
    });
  });

  it('retries a failed snapshot request with backoff, staying in syncing', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const failing = cold<RawDepthSnapshot>('-#', undefined, new Error('socket hang up'));
      const retryable = cold<RawDepthSnapshot>('-#', undefined, exchangeError(true));
      const answered = cold('-(s|)', { s: S100 });
      const out = OrderBookSync.observe(
        cold('a', { a: diff(100, 101) }),
        requests(failing, retryable, answered),
        CONFIG,
      );
      // Fails at 1, waits 10; fails at 12, waits 20; answered at 33.
      expectObservable(out.pipe(map(brief))).toBe('S 32ms L', { S: 'syncing@0', L: 'live@101' });
      expectSubscriptions(failing.subscriptions).toBe('^!');
      expectSubscriptions(retryable.subscriptions).toBe('11ms ^!');
      expectSubscriptions(answered.subscriptions).toBe('32ms ^!');
    });
  });

  it('asks again when a snapshot request completes without a snapshot', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const fetchSnapshot = requests(cold('-|'), cold('-(s|)', { s: S100 }));
      const out = OrderBookSync.observe(cold('a', { a: diff(100, 101) }), fetchSnapshot, CONFIG);
      expectObservable(out.pipe(map(brief))).toBe('S 11ms L', { S: 'syncing@0', L: 'live@101' });
    });
  });

  it('fails with an error the exchange says is not worth retrying, and stops listening', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const error = exchangeError(false);
      const diffs = cold('a----', { a: diff(101, 101) });
      const out = OrderBookSync.observe(diffs, () => cold('-#', undefined, error), CONFIG);
      expectObservable(out.pipe(map(brief))).toBe('S#', { S: 'syncing@0' }, error);
      expectSubscriptions(diffs.subscriptions).toBe('^!');
    });
  });

  it('lets a custom shouldRetry decide, and never gives up on a snapshot that is merely too old', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const shouldRetry = sinon.fake.returns(false);
      const fetchSnapshot = requests(cold('-(s|)', { s: snapshot(50) }), cold('-#', undefined, new Error('boom')));
      const out = OrderBookSync.observe(cold('a', { a: diff(101, 101) }), fetchSnapshot, {
        ...CONFIG,
        retry: { initialDelay: 10, jitter: 0, shouldRetry },
      });
      expectObservable(out.pipe(map(brief))).toBe('S 11ms #', { S: 'syncing@0' }, new Error('boom'));
      scheduler.flush();
      sinon.assert.calledOnce(shouldRetry); // for the error, not for the old snapshot
    });
  });

  it('keeps only maxBuffer events, so the first U moves with the oldest kept event', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const events = { a: diff(101, 101), b: diff(102, 102), c: diff(103, 103) };
      const s101 = snapshot(101);
      const bounded = requests(cold('----(s|)', { s: s101 }), cold('-(s|)', { s: snapshot(102) }));
      const unbounded = requests(cold('----(s|)', { s: s101 }));
      const small = OrderBookSync.observe(cold('abc', events), bounded, { ...CONFIG, maxBuffer: 2 });
      const large = OrderBookSync.observe(cold('abc', events), unbounded, CONFIG);
      // Bounded: a was dropped, so the first U is 102 and the snapshot at 101 is too old.
      expectObservable(small.pipe(map(brief))).toBe('S 14ms L', { S: 'syncing@0', L: 'live@103' });
      expectObservable(large.pipe(map(brief))).toBe('S---L', { S: 'syncing@0', L: 'live@103' });
    });
  });

  it('works with a snapshot that arrives synchronously', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const events = { a: diff(100, 101), b: diff(102, 102) };
      const out = OrderBookSync.observe(cold('a---b', events), () => cold('(s|)', { s: S100 }), CONFIG);
      expectObservable(out.pipe(map(brief))).toBe('(SA)B', { S: 'syncing@0', A: 'live@101', B: 'live@102' });
    });
  });

  it('completes with the diff stream and cancels a snapshot request in flight', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const request = cold('-----(s|)', { s: S100 });
      const out = OrderBookSync.observe(cold('a-|', { a: diff(101, 101) }), () => request, CONFIG);
      expectObservable(out.pipe(map(brief))).toBe('S-|', { S: 'syncing@0' });
      expectSubscriptions(request.subscriptions).toBe('^-!');
    });
  });

  it('fails with the diff stream', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const out = OrderBookSync.observe(cold('-#', undefined, new Error('lost')), () => cold('-'), CONFIG);
      expectObservable(out.pipe(map(brief))).toBe('S#', { S: 'syncing@0' }, new Error('lost'));
    });
  });

  it('releases the stream and the request when unsubscribed', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const diffs = cold('a------', { a: diff(101, 101) });
      const request = cold('------(s|)', { s: S100 });
      const out = OrderBookSync.observe(diffs, () => request, CONFIG);
      expectObservable(out.pipe(map(brief)), '^--!').toBe('S', { S: 'syncing@0' });
      expectSubscriptions(diffs.subscriptions).toBe('^--!');
      expectSubscriptions(request.subscriptions).toBe('^--!');
    });
  });

  it('does not subscribe to the stream for a subscriber that took the first view and left', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const diffs = cold('a', { a: diff(101, 101) });
      const out = OrderBookSync.observe(diffs, () => cold('-'), CONFIG).pipe(take(1));
      expectObservable(out.pipe(map(brief))).toBe('(S|)', { S: 'syncing@0' });
      expectSubscriptions(diffs.subscriptions).toBe([]);
    });
  });

  it('fails with a RangeError when a price is off the tick grid (a wrong tick size)', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const out = OrderBookSync.observe(
        cold('a', { a: diff(100, 101) }),
        () => cold('-(s|)', { s: snapshot(100, [['99.995', '1']]) }),
        CONFIG,
      );
      expectObservable(out.pipe(map(brief))).toBe(
        'S#',
        { S: 'syncing@0' },
        new RangeError('price 99.995 is not a multiple of the tick size 0.01'),
      );
    });
  });

  it('fails with a RangeError when a live event has a price off the grid', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const events = { a: diff(100, 101), b: diff(102, 102, [['1.001', '1']]) };
      const out = OrderBookSync.observe(cold('a-b', events), () => cold('-(s|)', { s: S100 }), CONFIG);
      expectObservable(out.pipe(map(brief))).toBe(
        'SL#',
        { S: 'syncing@0', L: 'live@101' },
        new RangeError('price 1.001 is not a multiple of the tick size 0.01'),
      );
    });
  });

  it('rejects a bad maxBuffer or maxDepth at once', () => {
    const fetch = (): Observable<RawDepthSnapshot> => {
      throw new Error('not called');
    };
    for (const maxBuffer of [0, -1, 2.5]) {
      expect(() =>
        OrderBookSync.observe(scheduler.createColdObservable('-'), fetch, { ...CONFIG, maxBuffer }),
      ).to.throw(TypeError, /maxBuffer/);
    }
    expect(() =>
      OrderBookSync.observe(scheduler.createColdObservable('-'), fetch, { ...CONFIG, maxDepth: 0 }),
    ).to.throw(TypeError, /maxDepth/);
  });

  it('runs a separate book for each subscription', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const fetchSnapshot = sinon.fake(() => cold('-(s|)', { s: S100 }));
      const out = OrderBookSync.observe(cold('a-b', { a: diff(100, 101), b: diff(102, 102) }), fetchSnapshot, CONFIG);
      expectObservable(out.pipe(map(brief))).toBe('SLB', { S: 'syncing@0', L: 'live@101', B: 'live@102' });
      expectObservable(out.pipe(map(brief)), '--^').toBe('--SLB', { S: 'syncing@0', L: 'live@101', B: 'live@102' });
      scheduler.flush();
      sinon.assert.calledTwice(fetchSnapshot);
    });
  });
});

function exchangeError(retryable: boolean): ExchangeError {
  return new ExchangeError({
    category: retryable ? 'server' : 'validation',
    severity: 'error',
    retryable,
    userMessage: retryable ? 'Binance is busy.' : 'Invalid symbol.',
    details: retryable ? '-1008 server busy' : '-1121 Invalid symbol.',
  });
}
