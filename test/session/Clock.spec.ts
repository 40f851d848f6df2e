import { expect } from 'chai';
import { map, merge, timer } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { Clock } from '../../src/session/Clock.js';

describe('Clock', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
  });

  it('starts with offset 0: now() is the scheduler time', () => {
    scheduler.run(({ expectObservable }) => {
      const clock = new Clock({ scheduler });
      expect(clock.offset).to.equal(0);
      expectObservable(timer(7).pipe(map(() => clock.now()))).toBe('7ms (n|)', { n: 7 });
    });
  });

  it('sets the offset to s − (t0 + t1) / 2 from a delayed server time, emits it once and completes', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const clock = new Clock({ scheduler });
      // Subscribed at t0 = 50; the server answers 100 ms later (t1 = 150) with 1 000 000.
      const serverTime = cold('100ms s 9ms t|', { s: 1_000_000, t: 2_000_000 });
      expectObservable(clock.sync(serverTime), '50ms ^').toBe('150ms (o|)', { o: 1_000_000 - 100 });
      expectSubscriptions(serverTime.subscriptions).toBe('50ms ^ 99ms !');
    });
  });

  it('makes now() follow the server after a sync', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const clock = new Clock({ scheduler });
      const sync = clock.sync(cold('20ms s|', { s: 500_000 })); // t0 = 0, t1 = 20: offset 499 990
      const sample = (at: number) => timer(at).pipe(map(() => clock.now()));
      expectObservable(merge(sample(10), sync, sample(300))).toBe('10ms a 9ms o 279ms (b|)', {
        a: 10,
        o: 499_990,
        b: 300 + 499_990,
      });
    });
  });

  it('rounds half-milliseconds', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const clock = new Clock({ scheduler });
      // (t0 + t1) / 2 = 1.5: 1000 − 1.5 = 998.5 rounds to 999; 1000.25 − 1.5 rounds to 999 too.
      expectObservable(clock.sync(cold('---s|', { s: 1000 }))).toBe('---(o|)', { o: 999 });
      expectObservable(clock.sync(cold('---s|', { s: 1000.25 }))).toBe('---(o|)', { o: 999 });
    });
  });

  it('is cold: measures from each subscription, and the latest sync wins', () => {
    scheduler.run(({ cold, expectObservable, flush }) => {
      const clock = new Clock({ scheduler });
      const serverTime = cold('10ms s|', { s: 10_000 });
      const sync = clock.sync(serverTime);
      flush();
      expect(clock.offset).to.equal(0); // nothing subscribed, nothing measured
      expectObservable(sync, '^').toBe('10ms (o|)', { o: 10_000 - 5 });
      expectObservable(sync, '100ms ^').toBe('110ms (o|)', { o: 10_000 - 105 });
      flush();
      expect(clock.offset).to.equal(10_000 - 105);
    });
  });

  it('keeps the offset when the server time errors or never comes', () => {
    scheduler.run(({ cold, expectObservable, flush }) => {
      const clock = new Clock({ scheduler });
      expectObservable(clock.sync(cold('-s|', { s: 5_000 }))).toBe('-(o|)', { o: 5_000 }); // 5000 − 0.5, rounded
      const failure = new Error('HTTP 503');
      expectObservable(clock.sync(cold('--#', undefined, failure)), '10ms ^').toBe('12ms #', undefined, failure);
      expectObservable(clock.sync(cold('--|')), '20ms ^').toBe('22ms |');
      flush();
      expect(clock.offset).to.equal(5_000);
    });
  });

  it('errors with a TypeError for a server time that is not a finite number, keeping the offset', () => {
    scheduler.run(({ cold, expectObservable, flush }) => {
      const clock = new Clock({ scheduler });
      expectObservable(clock.sync(cold('-s|', { s: Number.NaN }))).toBe(
        '-#',
        undefined,
        new TypeError('server time must be a finite number of epoch milliseconds'),
      );
      flush();
      expect(clock.offset).to.equal(0);
    });
  });

  it('uses asyncScheduler by default, which run() virtualises', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const clock = new Clock();
      expectObservable(clock.sync(cold('4ms s|', { s: 1_000 }))).toBe('4ms (o|)', { o: 998 });
    });
  });
});
