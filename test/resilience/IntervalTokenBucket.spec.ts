import { expect } from 'chai';
import fc from 'fast-check';
import { merge, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { rateLimit } from '../../src/operators/rateLimit.js';
import { IntervalTokenBucket } from '../../src/resilience/IntervalTokenBucket.js';
import { manualClock } from './manualClock.js';

describe('IntervalTokenBucket', () => {
  describe('construction and arguments', () => {
    it('rejects a limit or an interval that is not a positive finite number', () => {
      const now = (): number => 0;
      for (const bad of [0, -1, Number.NaN, Infinity]) {
        expect(() => new IntervalTokenBucket(bad, 1000, now), `limit ${bad}`).to.throw(TypeError, /limit/);
        expect(() => new IntervalTokenBucket(10, bad, now), `intervalMs ${bad}`).to.throw(TypeError, /intervalMs/);
      }
    });

    it('rejects a cost that is negative, not a number, or larger than the whole limit', () => {
      const bucket = new IntervalTokenBucket(5, 1000, () => 0);
      expect(() => bucket.reserve(-1)).to.throw(TypeError, /cost/);
      expect(() => bucket.reserve(Number.NaN)).to.throw(TypeError, /cost/);
      expect(() => bucket.reserve(6)).to.throw(TypeError, /cost must be between 0 and the limit 5, got 6/);
      expect(bucket.used()).to.equal(0); // a refused reservation books nothing
      expect(bucket.reserve(5)).to.equal(0); // the whole limit at once is fine
    });
  });

  describe('reserve', () => {
    it('grants a burst up to the limit at once, then makes the next caller wait for the window boundary', () => {
      const clock = manualClock(2_250);
      const bucket = new IntervalTokenBucket(3, 1000, () => clock.now());
      expect([1, 2, 3].map(() => bucket.reserve())).to.deep.equal([0, 0, 0]);
      expect(bucket.reserve()).to.equal(750); // the window [2000, 3000) is full: wait until 3000
      expect(bucket.used()).to.equal(3);
      expect(bucket.remaining()).to.equal(0);
    });

    it('refills in full at the boundary (calendar windows, not a sliding one)', () => {
      const clock = manualClock(999);
      const bucket = new IntervalTokenBucket(2, 1000, () => clock.now());
      expect(bucket.reserve(2)).to.equal(0); // spent at 999, in window [0, 1000)
      expect(bucket.reserve()).to.equal(1); // 1 ms later the whole limit is back
      clock.time = 1000;
      expect(bucket.used()).to.equal(1); // the booking made for this window
      expect(bucket.remaining()).to.equal(1);
      expect(bucket.reserve()).to.equal(0);
      expect(bucket.reserve()).to.equal(1000);
    });

    it('with a guard, books a request made just before a boundary in the next window, granted just after it', () => {
      const clock = manualClock(1_960);
      const bucket = new IntervalTokenBucket(2, 1000, () => clock.now(), 50);
      expect(bucket.reserve()).to.equal(90); // within 50 ms of 2000: booked in [2000, 3000), sent at 2050
      expect(bucket.used()).to.equal(0); // the window [1000, 2000) keeps its room
      clock.time = 2_010;
      expect(bucket.reserve()).to.equal(40); // not before 2050, and after the earlier caller
      expect(bucket.reserve()).to.equal(1_040); // [2000, 3000) is full: 3050
      clock.time = 3_500;
      expect(bucket.reserve()).to.equal(0); // in the middle of a window with room: at once
      expect(bucket.withLimit(5).guardMs).to.equal(50);
    });

    it('refuses a guard that is negative or not below half the interval', () => {
      for (const bad of [-1, 500, 1000, Number.NaN]) {
        expect(() => new IntervalTokenBucket(1, 1000, () => 0, bad), `guardMs ${bad}`).to.throw(TypeError, /guardMs/);
      }
    });

    it('books waiting callers into successive windows in their order', () => {
      const clock = manualClock(100);
      const bucket = new IntervalTokenBucket(2, 1000, () => clock.now());
      const waits = Array.from({ length: 7 }, () => bucket.reserve());
      expect(waits).to.deep.equal([0, 0, 900, 900, 1900, 1900, 2900]);
      clock.time = 1500; // later callers queue behind those already booked
      expect(bucket.reserve()).to.equal(1500); // window [3000, 4000) has one place left
      expect(bucket.reserve()).to.equal(2500);
    });

    it('counts costs: a reservation that does not fit goes to the next window with room', () => {
      const clock = manualClock();
      const bucket = new IntervalTokenBucket(10, 1000, () => clock.now());
      expect(bucket.reserve(6)).to.equal(0);
      expect(bucket.reserve(6)).to.equal(1000); // 12 > 10
      expect(bucket.reserve(4)).to.equal(0); // 6 + 4 fits the current window
      expect(bucket.reserve(5)).to.equal(2000); // 6 + 5 does not fit the next one either
      expect(bucket.reserve(4)).to.equal(1000); // but 6 + 4 does
      expect(bucket.reserve(0)).to.equal(0); // free actions never wait
      expect(bucket.used()).to.equal(10);
    });

    it('forgets windows that are over', () => {
      const clock = manualClock();
      const bucket = new IntervalTokenBucket(1, 1000, () => clock.now());
      bucket.reserve();
      clock.time = 5_000;
      expect(bucket.used()).to.equal(0);
      expect(bucket.remaining()).to.equal(1);
      expect(bucket.reserve()).to.equal(0);
    });
  });

  describe('sync', () => {
    it("raises the current window's count to the server's, so that other programs' spending is respected", () => {
      const clock = manualClock(10_000);
      const bucket = new IntervalTokenBucket(100, 60_000, () => clock.now());
      bucket.reserve(10);
      bucket.sync(95);
      expect(bucket.used()).to.equal(95);
      expect(bucket.reserve(5)).to.equal(0);
      expect(bucket.reserve(1)).to.equal(50_000); // 101 would exceed: next minute
    });

    it("never lowers the count (requests in flight are not in the server's number yet) and ignores bad values", () => {
      const clock = manualClock();
      const bucket = new IntervalTokenBucket(100, 1000, () => clock.now());
      bucket.reserve(40);
      bucket.sync(12);
      bucket.sync(-5);
      bucket.sync(Number.NaN);
      expect(bucket.used()).to.equal(40);
    });

    it('applies to the current window only', () => {
      const clock = manualClock(500);
      const bucket = new IntervalTokenBucket(10, 1000, () => clock.now());
      bucket.sync(10);
      expect(bucket.remaining()).to.equal(0);
      clock.time = 1000;
      expect(bucket.used()).to.equal(0);
      expect(bucket.reserve(10)).to.equal(0);
    });

    it('may record more than the limit (the server counted more): nothing fits until the boundary', () => {
      const clock = manualClock(200);
      const bucket = new IntervalTokenBucket(10, 1000, () => clock.now());
      bucket.sync(14);
      expect(bucket.remaining()).to.equal(0);
      expect(bucket.reserve(1)).to.equal(800);
    });
  });

  describe('pauseUntil', () => {
    it('holds every reservation until the pause ends, booking it in the window where the pause ends', () => {
      const clock = manualClock(1_000);
      const bucket = new IntervalTokenBucket(2, 1000, () => clock.now());
      bucket.pauseUntil(2_500);
      expect(bucket.pausedTill()).to.equal(2_500);
      expect(bucket.remaining()).to.equal(0);
      expect([bucket.reserve(), bucket.reserve(), bucket.reserve()]).to.deep.equal([1_500, 1_500, 2_000]);
      clock.time = 2_500;
      expect(bucket.pausedTill()).to.equal(undefined);
      expect(bucket.used()).to.equal(2);
    });

    it('is never shortened by an earlier time, and a time in the past changes nothing', () => {
      const clock = manualClock(1_000);
      const bucket = new IntervalTokenBucket(5, 1000, () => clock.now());
      bucket.pauseUntil(500);
      expect(bucket.pausedTill()).to.equal(undefined);
      expect(bucket.reserve()).to.equal(0);
      bucket.pauseUntil(3_000);
      bucket.pauseUntil(2_000);
      expect(bucket.pausedTill()).to.equal(3_000);
      expect(bucket.reserve()).to.equal(2_000);
    });
  });

  describe('withLimit', () => {
    it('keeps every booking and the pause, with the new limit', () => {
      const clock = manualClock(100);
      const bucket = new IntervalTokenBucket(2, 1000, () => clock.now());
      bucket.reserve(2);
      bucket.reserve(2); // booked in the next window
      bucket.pauseUntil(400);
      const wider = bucket.withLimit(3);
      expect([wider.limit, wider.intervalMs]).to.deep.equal([3, 1000]);
      expect(wider.used()).to.equal(2);
      expect(wider.pausedTill()).to.equal(400);
      expect(wider.reserve(1)).to.equal(300); // room left in this window, after the pause
      expect(wider.reserve(1)).to.equal(900); // the next window holds 2 of 3
      expect(wider.reserve(1)).to.equal(1900);
      expect(bucket.used()).to.equal(2); // the original is untouched
      expect(() => bucket.withLimit(0)).to.throw(TypeError, /limit/);
    });
  });

  describe('with rateLimit, in virtual time', () => {
    let scheduler: TestScheduler;
    beforeEach(() => {
      scheduler = new TestScheduler((actual, expected) => {
        expect(actual).to.deep.equal(expected);
      });
    });

    it('lets a burst of `limit` through at once and the next ones at each window boundary', () => {
      scheduler.run(({ cold, expectObservable }) => {
        const bucket = new IntervalTokenBucket(2, 10, () => scheduler.now());
        const call = (v: string): Observable<string> => cold('(x|)', { x: v }).pipe(rateLimit(bucket, 1, scheduler));
        expectObservable(merge(call('a'), call('b'), call('c'), call('d'), call('e'))).toBe('(ab) 6ms (cd) 6ms (e|)');
      });
    });

    it('delays the subscription to the boundary of the calendar window, not by a whole interval', () => {
      scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
        const bucket = new IntervalTokenBucket(1, 10, () => scheduler.now());
        const source = cold('-x|');
        const limited = source.pipe(rateLimit(bucket, 1, scheduler));
        expectObservable(limited, '3ms ^').toBe('4ms x|');
        expectObservable(limited, '4ms ^').toBe('11ms x|'); // the window [0, 10) is spent: wait until 10
        expectSubscriptions(source.subscriptions).toBe(['3ms ^-!', '10ms ^-!']);
      });
    });

    it('keeps the order of waiters across several windows', () => {
      scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
        const bucket = new IntervalTokenBucket(1, 10, () => scheduler.now());
        const source = cold('(x|)');
        const call = (v: string): Observable<string> => cold('(x|)', { x: v }).pipe(rateLimit(bucket, 1, scheduler));
        expectObservable(merge(call('a'), call('b'), call('c'), call('d'))).toBe('a 9ms b 9ms c 9ms (d|)');
        // A caller arriving later queues behind every booking made before it.
        expectObservable(source.pipe(rateLimit(bucket, 1, scheduler)), '5ms ^').toBe('40ms (x|)');
        expectSubscriptions(source.subscriptions).toBe('40ms (^!)');
      });
    });

    it("waits for the next window once sync raised the count to the server's", () => {
      scheduler.run(({ cold, expectObservable }) => {
        const bucket = new IntervalTokenBucket(5, 10, () => scheduler.now());
        const source = cold('(x|)');
        scheduler.schedule(() => bucket.sync(5), 12);
        expectObservable(source.pipe(rateLimit(bucket, 1, scheduler)), '11ms ^').toBe('11ms (x|)');
        expectObservable(source.pipe(rateLimit(bucket, 1, scheduler)), '13ms ^').toBe('20ms (x|)');
      });
    });

    it('holds every caller until a pause ends', () => {
      scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
        const bucket = new IntervalTokenBucket(2, 10, () => scheduler.now());
        const source = cold('(x|)');
        scheduler.schedule(() => bucket.pauseUntil(25), 3);
        const limited = source.pipe(rateLimit(bucket, 1, scheduler));
        expectObservable(merge(limited, limited, limited), '4ms ^').toBe('25ms (xx) 1ms (x|)');
        expectSubscriptions(source.subscriptions).toBe(['25ms (^!)', '25ms (^!)', '30ms (^!)']);
      });
    });

    it('errors with a TypeError (and never subscribes) for a cost larger than the limit', () => {
      scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
        const bucket = new IntervalTokenBucket(3, 10, () => scheduler.now());
        const source = cold('(x|)');
        let error: unknown;
        source.pipe(rateLimit(bucket, 4, scheduler)).subscribe({ error: (e: unknown) => (error = e) });
        expectObservable(source.pipe(rateLimit(bucket, 3, scheduler))).toBe('(x|)');
        expectSubscriptions(source.subscriptions).toBe('(^!)');
        scheduler.flush();
        expect(error).to.be.instanceOf(TypeError);
        expect((error as TypeError).message).to.match(/cost must be between 0 and the limit 3, got 4/);
      });
    });
  });

  describe('properties', () => {
    // A random run: time moves forward by `advance` ms, then `cost` is reserved, or a pause is requested.
    const step = fc.oneof(
      fc.record({ kind: fc.constant('reserve' as const), advance: fc.nat(700), cost: fc.nat(12) }),
      fc.record({ kind: fc.constant('pause' as const), advance: fc.nat(700), until: fc.nat(3000) }),
    );

    for (const guard of [0, 50]) {
      it(`never lets any window receive more than \`limit\`, and never grants before now or during a pause (guard ${guard} ms)`, () => {
        fc.assert(
          fc.property(fc.integer({ min: 12, max: 30 }), fc.array(step, { maxLength: 120 }), (limit, steps) => {
            const clock = manualClock();
            const bucket = new IntervalTokenBucket(limit, 1000, () => clock.now(), guard);
            const perWindow = new Map<number, number>();
            let pausedUntil = 0;
            for (const s of steps) {
              clock.time += s.advance;
              if (s.kind === 'pause') {
                pausedUntil = Math.max(pausedUntil, clock.time + s.until);
                bucket.pauseUntil(clock.time + s.until);
                continue;
              }
              const wait = bucket.reserve(s.cost);
              const grantedAt = clock.time + wait;
              if (wait < 0 || grantedAt < pausedUntil) return false;
              // Nothing is granted within the guard of a boundary, on either side.
              const intoWindow = grantedAt % 1000;
              if (intoWindow < guard || intoWindow >= 1000 - guard) return false;
              const window = Math.floor(grantedAt / 1000);
              perWindow.set(window, (perWindow.get(window) ?? 0) + s.cost);
            }
            return [...perWindow.values()].every((spent) => spent <= limit);
          }),
        );
      });

      it(`grants equal-cost callers in the order they asked (guard ${guard} ms)`, () => {
        fc.assert(
          fc.property(
            fc.integer({ min: 1, max: 5 }),
            fc.integer({ min: 1, max: 5 }),
            fc.array(fc.nat(400), { maxLength: 80 }),
            (limit, cost, advances) => {
              const clock = manualClock();
              const bucket = new IntervalTokenBucket(Math.max(limit, cost), 1000, () => clock.now(), guard);
              let last = -Infinity;
              for (const advance of advances) {
                clock.time += advance;
                const grantedAt = clock.time + bucket.reserve(cost);
                if (grantedAt < last) return false;
                last = grantedAt;
              }
              return true;
            },
          ),
        );
      });
    }
  });
});
