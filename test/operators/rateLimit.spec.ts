import { expect } from 'chai';
import { merge, mergeMap, type Observable, of } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { rateLimit } from '../../src/operators/rateLimit.js';
import { SlidingWindowLimiter } from '../../src/resilience/SlidingWindowLimiter.js';
import { TokenBucket } from '../../src/resilience/TokenBucket.js';

describe('rateLimit', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
  });

  it('rejects a negative cost at once', () => {
    expect(() => rateLimit(new TokenBucket(1, 1), -1)).to.throw(TypeError, /cost/);
  });

  it('with a TokenBucket: lets a burst of `capacity` through, then spaces requests by the refill rate', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const bucket = new TokenBucket(2, 1 / 10); // created inside run(): its clock is virtual
      const call = (v: string) => cold('(x|)', { x: v }).pipe(rateLimit(bucket));
      expectObservable(merge(call('a'), call('b'), call('c'), call('d'))).toBe('(ab) 6ms c 9ms (d|)');
    });
  });

  it('delays the subscription, not the values, and subscribes at once when allowed', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const bucket = new TokenBucket(1, 1 / 10);
      const source = cold('-x|');
      const limited = source.pipe(rateLimit(bucket));
      expectObservable(merge(limited, limited, limited)).toBe('-x 8ms -x 8ms -x|');
      expectSubscriptions(source.subscriptions).toBe(['^-!', '10ms ^-!', '20ms ^-!']);
    });
  });

  it('books `cost` units per subscription', () => {
    scheduler.run(({ cold, expectSubscriptions }) => {
      const bucket = new TokenBucket(5, 1 / 10);
      const source = cold('(x|)');
      const limited = source.pipe(rateLimit(bucket, 5));
      merge(limited, limited).subscribe();
      expectSubscriptions(source.subscriptions).toBe(['(^!)', '50ms (^!)']);
    });
  });

  it("waits out the bucket's pauseUntil", () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const bucket = new TokenBucket(5, 1);
      bucket.pauseUntil(30);
      const source = cold('x|');
      expectObservable(source.pipe(rateLimit(bucket))).toBe('30ms x|');
      expectSubscriptions(source.subscriptions).toBe('30ms ^!');
    });
  });

  it('cancels on unsubscribe during the wait, and the booking stays spent', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const bucket = new TokenBucket(1, 1 / 10);
      const source = cold('(x|)');
      const limited = source.pipe(rateLimit(bucket));
      expectObservable(limited).toBe('(x|)');
      expectObservable(limited, '^ 4ms !').toBe(''); // waits until 10, gone at 5
      expectObservable(limited, '6ms ^').toBe('20ms (x|)'); // behind the abandoned booking, not at 10
      expectSubscriptions(source.subscriptions).toBe(['(^!)', '20ms (^!)']);
    });
  });

  it('reserves again on every resubscription (cold)', () => {
    scheduler.run(({ cold, expectSubscriptions }) => {
      const bucket = new TokenBucket(1, 1 / 10);
      const source = cold('-#');
      const limited = source.pipe(rateLimit(bucket));
      limited.subscribe({ error: () => undefined });
      scheduler.schedule(() => limited.subscribe({ error: () => undefined }), 3);
      expectSubscriptions(source.subscriptions).toBe(['^!', '10ms ^!']);
    });
  });

  it('with a SlidingWindowLimiter: a burst of `limit`, then the next window', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const perSocket = new SlidingWindowLimiter(2, 10);
      const source = cold('(x|)');
      const limited = source.pipe(rateLimit(perSocket));
      expectObservable(merge(limited, limited, limited, limited, limited)).toBe('(xx) 7ms (xx) 7ms (x|)');
      expectSubscriptions(source.subscriptions).toBe(['(^!)', '(^!)', '11ms (^!)', '11ms (^!)', '22ms (^!)']);
    });
  });

  it('with a SlidingWindowLimiter: spaces calls that arrive over time by the window', () => {
    scheduler.run(({ hot, expectObservable }) => {
      const perSocket = new SlidingWindowLimiter(1, 5);
      const requests = hot('a-b-c-d|');
      const sent = requests.pipe(mergeEach(perSocket));
      expectObservable(sent).toBe('a 5ms b 5ms c 5ms (d|)');
    });
  });
});

/** Sends each request value through its own rate-limited, one-value Observable. */
function mergeEach(limiter: SlidingWindowLimiter) {
  return (requests: Observable<string>) => requests.pipe(mergeMap((v) => of(v).pipe(rateLimit(limiter))));
}
