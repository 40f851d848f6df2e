import { expect } from 'chai';
import { map, type Observable, timer } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { ServerTime } from '../../src/rest/ServerTime.js';

describe('ServerTime', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
  });

  // Subscribed at t0, answered at t1: offset = round(s − (t0 + t1) / 2).
  const offset = (s: number, t0: number, t1: number): number => Math.round(s - (t0 + t1) / 2);

  it('syncs once, before the first use, and shares the request in flight', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const server = cold('4ms (s|)', { s: 1_000_000 });
      const time = new ServerTime(() => server, scheduler, 1_000);
      scheduler.schedule(() => time.stop(), 500);
      const o = offset(1_000_000, 0, 4);
      expectObservable(time.ensureSynced()).toBe('4ms (o|)', { o });
      expectObservable(time.ensureSynced(), '2ms ^').toBe('4ms (o|)', { o }); // joins the request in flight
      expectObservable(time.ensureSynced(), '10ms ^').toBe('10ms (o|)', { o }); // synced: no request
      expectSubscriptions(server.subscriptions).toBe('^---!');
    });
  });

  it('makes clock.now() the server’s time', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const time = new ServerTime(() => cold('2ms (s|)', { s: 50_000 }), scheduler, 1_000);
      scheduler.schedule(() => time.stop(), 500);
      const sample = (at: number): Observable<number> => timer(at, scheduler).pipe(map(() => time.clock.now()));
      time.ensureSynced().subscribe();
      expectObservable(sample(1)).toBe('1ms (n|)', { n: 1 });
      expectObservable(sample(100)).toBe('100ms (n|)', { n: 100 + offset(50_000, 0, 2) });
    });
  });

  it('sends nothing until asked', () => {
    scheduler.run(({ cold, expectSubscriptions }) => {
      const server = cold('(s|)', { s: 1 });
      new ServerTime(() => server, scheduler, 10);
      expectSubscriptions(server.subscriptions).toBe([]);
    });
  });

  it('errors every waiting caller when the sync fails, keeps the offset, and tries again on the next call', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions, flush }) => {
      const failure = new Error('HTTP 503');
      const bad = cold<number>('3ms #', undefined, failure);
      const good = cold('3ms (s|)', { s: 9_000 });
      let calls = 0;
      const time = new ServerTime(() => (++calls === 1 ? bad : good), scheduler, 1_000);
      scheduler.schedule(() => time.stop(), 500);
      expectObservable(time.ensureSynced()).toBe('3ms #', undefined, failure);
      expectObservable(time.ensureSynced(), '1ms ^').toBe('3ms #', undefined, failure);
      scheduler.schedule(() => expect(time.clock.offset).to.equal(0), 4);
      expectObservable(time.ensureSynced(), '5ms ^').toBe('8ms (o|)', { o: offset(9_000, 5, 8) });
      expectSubscriptions(bad.subscriptions).toBe('^--!');
      expectSubscriptions(good.subscriptions).toBe('5ms ^--!');
      flush();
      expect(time.clock.offset).to.equal(offset(9_000, 5, 8));
    });
  });

  it('resyncs every intervalMs once in use, until stopped', () => {
    scheduler.run(({ cold, expectSubscriptions, flush }) => {
      const server = cold('5ms (s|)', { s: 1_000_000 });
      const time = new ServerTime(() => server, scheduler, 100);
      time.ensureSynced().subscribe();
      scheduler.schedule(() => time.stop(), 350);
      flush();
      // Synced at 5, then at 105, 205 and 305; nothing after stop().
      expectSubscriptions(server.subscriptions).toBe(['^----!', '105ms ^----!', '205ms ^----!', '305ms ^----!']);
    });
  });

  it('stop() cancels a periodic sync in flight, and a later sync on demand does not restart the timer', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions, flush }) => {
      const server = cold('5ms (s|)', { s: 1_000_000 });
      const time = new ServerTime(() => server, scheduler, 100);
      time.ensureSynced().subscribe();
      scheduler.schedule(() => time.stop(), 107); // the periodic sync started at 105 is still waiting
      expectObservable(time.resync(), '200ms ^').toBe('205ms (o|)', { o: offset(1_000_000, 200, 205) });
      scheduler.schedule(() => time.stop(), 450); // only ends the run if a timer was started again
      flush();
      expectSubscriptions(server.subscriptions).toBe(['^----!', '105ms ^-!', '200ms ^----!']);
    });
  });

  it('resync() asks the server again even when synced, and joins a sync in flight', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const server = cold('4ms (s|)', { s: 7_000 });
      const time = new ServerTime(() => server, scheduler, 1_000);
      scheduler.schedule(() => time.stop(), 500);
      time.ensureSynced().subscribe();
      expectObservable(time.resync(), '20ms ^').toBe('24ms (o|)', { o: offset(7_000, 20, 24) });
      expectObservable(time.resync(), '22ms ^').toBe('24ms (o|)', { o: offset(7_000, 20, 24) });
      expectObservable(time.ensureSynced(), '23ms ^').toBe('23ms (o|)', { o: offset(7_000, 0, 4) });
      expectSubscriptions(server.subscriptions).toBe(['^---!', '20ms ^---!']);
    });
  });

  it('keeps the offset and the schedule when a periodic sync fails', () => {
    scheduler.run(({ cold, expectSubscriptions, flush }) => {
      const good = cold('2ms (s|)', { s: 10_000 });
      const bad = cold<number>('2ms #', undefined, new Error('HTTP 500'));
      let calls = 0;
      const time = new ServerTime(() => (++calls === 2 ? bad : good), scheduler, 50);
      time.ensureSynced().subscribe();
      scheduler.schedule(() => time.stop(), 120);
      flush();
      // Synced at 2; the sync at 52 fails; the one at 102 succeeds.
      expectSubscriptions(good.subscriptions).toBe(['^-!', '102ms ^-!']);
      expectSubscriptions(bad.subscriptions).toBe('52ms ^-!');
      expect(time.clock.offset).to.equal(offset(10_000, 102, 104));
    });
  });
});
