import { expect } from 'chai';
import fc from 'fast-check';
import { TestScheduler } from 'rxjs/testing';
import sinon from 'sinon';
import { ExchangeError } from '../../src/errors/ExchangeError.js';
import { retryBackoff, type RetryInfo } from '../../src/operators/retryBackoff.js';

describe('retryBackoff', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
  });

  it('rejects nonsensical options at once', () => {
    expect(() => retryBackoff({ initialDelay: -1 })).to.throw(TypeError, /initialDelay/);
    expect(() => retryBackoff({ maxDelay: -1 })).to.throw(TypeError, /maxDelay/);
    expect(() => retryBackoff({ multiplier: 0.5 })).to.throw(TypeError, /multiplier/);
    expect(() => retryBackoff({ jitter: 1.5 })).to.throw(TypeError, /jitter/);
    expect(() => retryBackoff({ jitter: -0.1 })).to.throw(TypeError, /jitter/);
    expect(() => retryBackoff({ maxRetries: -1 })).to.throw(TypeError, /maxRetries/);
    expect(() => retryBackoff({ resetAfter: -1 })).to.throw(TypeError, /resetAfter/);
  });

  it('mirrors a source that does not fail', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-a-b|');
      expectObservable(source.pipe(retryBackoff())).toBe('-a-b|');
      expectSubscriptions(source.subscriptions).toBe('^---!');
    });
  });

  it('doubles the delay between resubscriptions and gives up after maxRetries', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-#');
      // errors at 1, 12, 33, 74; waits 10, 20, 40; the fourth error propagates
      expectObservable(source.pipe(retryBackoff({ initialDelay: 10, jitter: 0, maxRetries: 3 }))).toBe('74ms #');
      expectSubscriptions(source.subscriptions).toBe(['^!', '11ms ^!', '32ms ^!', '73ms ^!']);
    });
  });

  it('caps the delay at maxDelay, and honours the multiplier', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-#');
      const config = { initialDelay: 10, multiplier: 3, maxDelay: 50, jitter: 0, maxRetries: 4 };
      // waits 10, 30, 50 (not 90), 50
      expectObservable(source.pipe(retryBackoff(config))).toBe('145ms #');
      expectSubscriptions(source.subscriptions).toBe(['^!', '11ms ^!', '42ms ^!', '93ms ^!', '144ms ^!']);
    });
  });

  it('uses 1 s doubling to a 30 s cap by default', () => {
    scheduler.run(({ cold }) => {
      const onRetry = sinon.spy((info: RetryInfo) => info.delay);
      cold('-#')
        .pipe(retryBackoff({ random: () => 0, maxRetries: 7, onRetry }))
        .subscribe({ error: () => undefined });
      scheduler.flush();
      expect(onRetry.returnValues).to.deep.equal([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
    });
  });

  it('draws each delay from [d·(1 − jitter), d] with the injected random', () => {
    scheduler.run(({ cold, expectSubscriptions }) => {
      const draws = [0.5, 0, 0.75];
      const random = sinon.spy(() => draws.shift() ?? 0);
      const source = cold('-#');
      source.pipe(retryBackoff({ initialDelay: 40, jitter: 0.5, random, maxRetries: 3 })).subscribe({
        error: () => undefined,
      });
      // d = 40, 80, 160 → 40·(1 − 0.5·0.5) = 30; 80 (the upper bound); 160·(1 − 0.5·0.75) = 100
      expectSubscriptions(source.subscriptions).toBe(['^!', '31ms ^!', '112ms ^!', '213ms ^!']);
      scheduler.flush();
      sinon.assert.calledThrice(random);
    });
  });

  it('keeps every jittered delay within [d·(1 − jitter), d] (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 6 }),
        (r, jitter, initialDelay, attempts) => {
          const delays: number[] = [];
          new TestScheduler(() => undefined).run(({ cold }) => {
            cold('-#')
              .pipe(
                retryBackoff({
                  initialDelay,
                  jitter,
                  random: () => r,
                  maxRetries: attempts,
                  onRetry: ({ delay }) => delays.push(delay),
                }),
              )
              .subscribe({ error: () => undefined });
          });
          return (
            delays.length === attempts &&
            delays.every((delay, i) => {
              const d = Math.min(30_000, initialDelay * 2 ** i);
              return delay >= d * (1 - jitter) && delay <= d;
            })
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('uses the default jitter of 0.2', () => {
    scheduler.run(({ cold, expectSubscriptions }) => {
      const source = cold('-#');
      source.pipe(retryBackoff({ initialDelay: 100, random: () => 0.5, maxRetries: 1 })).subscribe({
        error: () => undefined,
      });
      expectSubscriptions(source.subscriptions).toBe(['^!', '91ms ^!']); // 100 · (1 − 0.2 · 0.5)
    });
  });

  it('does not retry errors that shouldRetry rejects, and tells it the attempt number', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const error = new Error('HTTP 400');
      const shouldRetry = sinon.spy((_e: unknown, attempt: number) => attempt < 3);
      const source = cold('-#', undefined, error);
      expectObservable(source.pipe(retryBackoff({ initialDelay: 10, jitter: 0, shouldRetry }))).toBe(
        '33ms #',
        undefined,
        error,
      );
      expectSubscriptions(source.subscriptions).toBe(['^!', '11ms ^!', '32ms ^!']);
      scheduler.flush();
      expect(shouldRetry.args).to.deep.equal([
        [error, 1],
        [error, 2],
        [error, 3],
      ]);
    });
  });

  it("waits at least until an error's retryAfter", () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const error = new ExchangeError({
        category: 'rate-limit',
        severity: 'warning',
        retryable: true,
        userMessage: 'Too many requests.',
        details: 'HTTP 429',
        retryAfter: 50,
      });
      const source = cold('-#', undefined, error);
      // first wait: until 50 (not 10); second: retryAfter has passed, so the normal 20
      expectObservable(source.pipe(retryBackoff({ initialDelay: 10, jitter: 0, maxRetries: 2 }))).toBe(
        '72ms #',
        undefined,
        error,
      );
      expectSubscriptions(source.subscriptions).toBe(['^!', '50ms ^!', '71ms ^!']);
    });
  });

  it('ignores a retryAfter that is not a number', () => {
    scheduler.run(({ cold, expectSubscriptions }) => {
      const source = cold('-#', undefined, { retryAfter: '50' });
      source.pipe(retryBackoff({ initialDelay: 10, jitter: 0, maxRetries: 1 })).subscribe({ error: () => undefined });
      expectSubscriptions(source.subscriptions).toBe(['^!', '11ms ^!']);
    });
  });

  it('starts the count over after a stable period (first value to error ≥ resetAfter)', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      // a at 1, error at 32: 31 ms of stable life each time, so every retry is "attempt 1"
      const source = cold('-a 30ms #');
      const retried = source.pipe(retryBackoff({ initialDelay: 10, jitter: 0, maxRetries: 1, resetAfter: 30 }));
      expectObservable(retried, '^ 150ms !').toBe('-a 41ms a 41ms a 41ms a');
      expectSubscriptions(source.subscriptions).toBe(['^ 31ms !', '42ms ^ 31ms !', '84ms ^ 31ms !', '126ms ^ 24ms !']);
    });
  });

  it('keeps backing off when the source fails quickly after its first value', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      // a at 1, error at 2: a socket that opens and dies at once
      const source = cold('-a#');
      const retried = source.pipe(retryBackoff({ initialDelay: 10, jitter: 0, maxRetries: 3, resetAfter: 30 }));
      expectObservable(retried, '^ 300ms !').toBe('-a 10ms -a 20ms -a 40ms -a#');
      expectSubscriptions(source.subscriptions).toBe(['^-!', '12ms ^-!', '34ms ^-!', '76ms ^-!']);
    });
  });

  it('does not reset when the stable time is measured from the first value, not the subscription', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      // alive for 31 ms, but only 11 ms since its first value: no reset
      const source = cold('20ms a 10ms #');
      const retried = source.pipe(retryBackoff({ initialDelay: 10, jitter: 0, maxRetries: 2, resetAfter: 30 }));
      // bounded, so that a wrong reset (which would retry forever) fails instead of hanging
      expectObservable(retried, '^ 300ms !').toBe('20ms a 40ms a 50ms a 10ms #');
      expectSubscriptions(source.subscriptions).toBe(['^ 30ms !', '41ms ^ 30ms !', '92ms ^ 30ms !']);
    });
  });

  it('calls onRetry before each wait with the error, attempt and delay', () => {
    scheduler.run(({ cold }) => {
      const error = new Error('reset');
      const onRetry = sinon.spy();
      cold('-#', undefined, error)
        .pipe(retryBackoff({ initialDelay: 10, jitter: 0, maxRetries: 2, onRetry }))
        .subscribe({ error: () => undefined });
      scheduler.schedule(() => {
        sinon.assert.calledOnce(onRetry); // called at 1, before the wait, and not again until the next error
      }, 5);
      scheduler.flush();
      expect(onRetry.args).to.deep.equal([[{ error, attempt: 1, delay: 10 }], [{ error, attempt: 2, delay: 20 }]]);
    });
  });

  it('keeps a separate count per subscriber', () => {
    scheduler.run(({ cold, expectSubscriptions }) => {
      const source = cold('-#');
      const retried = source.pipe(retryBackoff({ initialDelay: 10, jitter: 0, maxRetries: 1 }));
      retried.subscribe({ error: () => undefined });
      scheduler.schedule(() => retried.subscribe({ error: () => undefined }), 50);
      expectSubscriptions(source.subscriptions).toBe(['^!', '11ms ^!', '50ms ^!', '61ms ^!']);
    });
  });
});
