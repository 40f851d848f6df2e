import { expect } from 'chai';
import { catchError, type Observable, of } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import sinon from 'sinon';
import { ExchangeError } from '../../src/errors/ExchangeError.js';
import { circuitBreaker } from '../../src/operators/circuitBreaker.js';
import { retryBackoff } from '../../src/operators/retryBackoff.js';
import { CircuitBreaker } from '../../src/resilience/CircuitBreaker.js';

/** Turns a circuit-open refusal into a comparable value, so marbles can check its fields. */
function refusals<T>(source: Observable<T>): Observable<T | { refused: { retryAfter: number | undefined } }> {
  return source.pipe(
    catchError((e: unknown) => {
      if (!(e instanceof ExchangeError) || e.category !== 'circuit-open') throw e;
      expect(e.severity).to.equal('warning');
      expect(e.retryable).to.equal(true);
      expect(e.userMessage).to.be.a('string').that.is.not.empty;
      return of({ refused: { retryAfter: e.retryAfter } });
    }),
  );
}

describe('circuitBreaker', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
  });

  it('mirrors the source while the circuit is closed', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const breaker = new CircuitBreaker();
      const error = new Error('boom');
      expectObservable(cold('-a-b|').pipe(circuitBreaker(breaker))).toBe('-a-b|');
      expectObservable(cold('-a#', undefined, error).pipe(circuitBreaker(breaker))).toBe('-a#', undefined, error);
    });
  });

  it('opens after failureThreshold failures and refuses with a circuit-open error carrying retryAt', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const breaker = new CircuitBreaker({ failureThreshold: 2, cooldown: 100 });
      const source = cold('-#');
      const guarded = refusals(source.pipe(circuitBreaker(breaker)));
      expectObservable(guarded, '^').toBe('-#');
      expectObservable(guarded, '10ms ^').toBe('11ms #'); // second failure at 11: open until 111
      expectObservable(guarded, '20ms ^').toBe('20ms (r|)', { r: { refused: { retryAfter: 111 } } });
      expectSubscriptions(source.subscriptions).toBe(['^!', '10ms ^!']); // the refused attempt never reached it
    });
  });

  it('explains the refusal in the error', () => {
    scheduler.run(({ cold }) => {
      const breaker = new CircuitBreaker({ failureThreshold: 1, cooldown: 100 });
      breaker.recordFailure();
      let caught: unknown;
      cold('a')
        .pipe(circuitBreaker(breaker))
        .subscribe({ error: (e: unknown) => (caught = e) });
      expect(caught).to.be.instanceOf(ExchangeError);
      expect((caught as ExchangeError).details).to.match(/circuit open/);
      expect((caught as ExchangeError).details).to.contain('100');
    });
  });

  it('after the cool-down admits one trial; others are refused while it runs; success closes the circuit', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const breaker = new CircuitBreaker({ failureThreshold: 1, cooldown: 10 });
      breaker.recordFailure(); // open at 0, trial from 10
      const source = cold('5ms a|');
      const guarded = refusals(source.pipe(circuitBreaker(breaker)));
      expectObservable(guarded, '10ms ^').toBe('15ms a|'); // the trial
      expectObservable(guarded, '12ms ^').toBe('12ms (r|)', { r: { refused: { retryAfter: undefined } } });
      expectObservable(guarded, '20ms ^').toBe('25ms a|'); // closed again
      expectSubscriptions(source.subscriptions).toBe(['10ms ^-----!', '20ms ^-----!']);
      expectObservable(breaker.state$).toBe('o 9ms h 4ms c', { o: 'open', h: 'half-open', c: 'closed' });
    });
  });

  it('reopens with a new cool-down when the trial fails', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const breaker = new CircuitBreaker({ failureThreshold: 1, cooldown: 10 });
      breaker.recordFailure();
      const guarded = refusals(cold('3ms #').pipe(circuitBreaker(breaker)));
      expectObservable(guarded, '10ms ^').toBe('13ms #'); // trial fails at 13: open until 23
      expectObservable(guarded, '20ms ^').toBe('20ms (r|)', { r: { refused: { retryAfter: 23 } } });
      expectObservable(breaker.state$).toBe('o 9ms h 2ms o', { o: 'open', h: 'half-open' });
    });
  });

  it('releases a trial that is unsubscribed before any verdict, so another may start', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const breaker = new CircuitBreaker({ failureThreshold: 1, cooldown: 10 });
      breaker.recordFailure();
      const source = cold('5ms a|');
      const guarded = refusals(source.pipe(circuitBreaker(breaker)));
      expectObservable(guarded, '10ms ^ 2ms !').toBe(''); // abandoned trial
      expectObservable(guarded, '14ms ^').toBe('19ms a|'); // admitted: the first trial was released
      expectSubscriptions(source.subscriptions).toBe(['10ms ^--!', '14ms ^-----!']);
    });
  });

  it('releases only when unsubscribed before any verdict', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const breaker = new CircuitBreaker({ failureThreshold: 3 });
      const release = sinon.spy(breaker, 'release');
      const error = new Error('boom');
      expectObservable(cold('a----').pipe(circuitBreaker(breaker)), '^ 2ms !').toBe('a');
      expectObservable(cold('-#', undefined, error).pipe(circuitBreaker(breaker)), '^ 2ms !').toBe(
        '-#',
        undefined,
        error,
      );
      expectObservable(cold('-|').pipe(circuitBreaker(breaker)), '^ 2ms !').toBe('-|');
      expectObservable(cold('---a').pipe(circuitBreaker(breaker)), '^ 1ms !').toBe('');
      scheduler.flush();
      sinon.assert.calledOnce(release);
    });
  });

  it('counts a completion without values as a success', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const breaker = new CircuitBreaker({ failureThreshold: 1, cooldown: 10 });
      breaker.recordFailure();
      const guarded = cold('2ms |').pipe(circuitBreaker(breaker));
      expectObservable(guarded, '10ms ^').toBe('12ms |');
      expectObservable(breaker.state$).toBe('o 9ms h-c', { o: 'open', h: 'half-open', c: 'closed' });
    });
  });

  it('makes a retryBackoff placed after it wait for the cool-down', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const breaker = new CircuitBreaker({ failureThreshold: 2, cooldown: 50 });
      const error = new Error('connection refused');
      const source = cold('-#', undefined, error);
      const connected = source.pipe(
        circuitBreaker(breaker),
        retryBackoff({ initialDelay: 1, jitter: 0, maxRetries: 3 }),
      );
      // failures at 1 and 3 open the circuit until 53; the refusal at 5 makes the backoff wait until 53 (not 4 ms)
      expectObservable(connected).toBe('54ms #', undefined, error);
      expectSubscriptions(source.subscriptions).toBe(['^!', '2ms ^!', '53ms ^!']);
    });
  });
});
