import { expect } from 'chai';
import { catchError, type Observable, of } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import sinon from 'sinon';
import { ExchangeError } from '../../src/errors/ExchangeError.js';
import { heartbeatWatchdog } from '../../src/operators/heartbeatWatchdog.js';

/** Turns the default stale error into a comparable value, so marbles can check its fields. */
function staleAs<T>(source: Observable<T>): Observable<T | string> {
  return source.pipe(
    catchError((e: unknown) => {
      if (!(e instanceof ExchangeError)) throw e;
      expect(e.category).to.equal('timeout');
      expect(e.severity).to.equal('warning');
      expect(e.retryable).to.equal(true);
      return of(`stale: ${e.details}`);
    }),
  );
}

describe('heartbeatWatchdog', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
  });

  it('rejects a non-positive staleAfter, or a probeAfter that is not positive and below it', () => {
    expect(() => heartbeatWatchdog({ staleAfter: 0 })).to.throw(TypeError, /staleAfter/);
    expect(() => heartbeatWatchdog({ staleAfter: -5 })).to.throw(TypeError, /staleAfter/);
    expect(() => heartbeatWatchdog({ staleAfter: Number.NaN })).to.throw(TypeError, /staleAfter/);
    expect(() => heartbeatWatchdog({ staleAfter: 10, probeAfter: 10 })).to.throw(TypeError, /probeAfter/);
    expect(() => heartbeatWatchdog({ staleAfter: 10, probeAfter: 11 })).to.throw(TypeError, /probeAfter/);
    expect(() => heartbeatWatchdog({ staleAfter: 10, probeAfter: 0 })).to.throw(TypeError, /probeAfter/);
  });

  it('mirrors values and completion, and stops watching when the source completes', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const onProbe = sinon.spy();
      const source = cold('-a-b-|');
      expectObservable(source.pipe(heartbeatWatchdog({ staleAfter: 10, probeAfter: 7, onProbe }))).toBe('-a-b-|');
      expectSubscriptions(source.subscriptions).toBe('^----!');
      scheduler.flush();
      sinon.assert.notCalled(onProbe);
    });
  });

  it('mirrors an error, and stops watching', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const onProbe = sinon.spy();
      const error = new Error('socket closed');
      const source = cold('-a-#', undefined, error);
      expectObservable(source.pipe(heartbeatWatchdog({ staleAfter: 10, probeAfter: 5, onProbe }))).toBe(
        '-a-#',
        undefined,
        error,
      );
      scheduler.flush();
      sinon.assert.notCalled(onProbe);
    });
  });

  it('errors with a timeout ExchangeError after staleAfter ms without a value', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-a 5ms b');
      // b at 7: stale at 27
      expectObservable(staleAs(source.pipe(heartbeatWatchdog({ staleAfter: 20 })))).toBe('-a 5ms b 19ms (s|)', {
        a: 'a',
        b: 'b',
        s: 'stale: no data or ping for 20 ms',
      });
      expectSubscriptions(source.subscriptions).toBe('^ 26ms !');
    });
  });

  it('counts the silence from subscription when nothing ever arrives', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const source = cold('-');
      expectObservable(staleAs(source.pipe(heartbeatWatchdog({ staleAfter: 20 }))), '10ms ^').toBe('30ms (s|)', {
        s: 'stale: no data or ping for 20 ms',
      });
    });
  });

  it('is reset by every value', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const marbles = '15ms a 14ms b 14ms c 14ms d 14ms |';
      expectObservable(cold(marbles).pipe(heartbeatWatchdog({ staleAfter: 16 }))).toBe(marbles);
    });
  });

  it('uses the error factory when given', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const error = new Error('dead socket');
      const watched = cold('-a').pipe(heartbeatWatchdog({ staleAfter: 5, error: () => error }));
      expectObservable(watched).toBe('-a 4ms #', undefined, error);
    });
  });

  it('probes once per silence, after probeAfter ms without a value', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const probes: number[] = [];
      const onProbe = () => {
        probes.push(scheduler.now());
      };
      // values at 5 (silence 5: no probe), 20 (silence 15: probe at 15), 38 (silence 18: probe at 30); end at 45
      const marbles = '5ms a 14ms b 17ms c 6ms |';
      expectObservable(cold(marbles).pipe(heartbeatWatchdog({ staleAfter: 20, probeAfter: 10, onProbe }))).toBe(
        marbles,
      );
      scheduler.flush();
      expect(probes).to.deep.equal([15, 30]);
    });
  });

  it('probes once, then errors, when the silence lasts', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const onProbe = sinon.spy();
      const watched = staleAs(cold('-a').pipe(heartbeatWatchdog({ staleAfter: 20, probeAfter: 5, onProbe })));
      expectObservable(watched).toBe('-a 19ms (s|)', { a: 'a', s: 'stale: no data or ping for 20 ms' });
      scheduler.schedule(() => {
        sinon.assert.calledOnce(onProbe); // probed at 6, 5 ms after a
      }, 10);
      scheduler.flush();
      sinon.assert.calledOnce(onProbe);
    });
  });

  it('errors with what onProbe throws', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const error = new Error('send failed');
      const watched = cold('-').pipe(
        heartbeatWatchdog({
          staleAfter: 20,
          probeAfter: 5,
          onProbe: () => {
            throw error;
          },
        }),
      );
      expectObservable(watched).toBe('5ms #', undefined, error);
    });
  });

  it('stops watching when unsubscribed', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const onProbe = sinon.spy();
      const source = cold('-a');
      expectObservable(source.pipe(heartbeatWatchdog({ staleAfter: 20, probeAfter: 5, onProbe })), '^ 3ms !').toBe(
        '-a',
      );
      expectSubscriptions(source.subscriptions).toBe('^ 3ms !');
      scheduler.flush();
      sinon.assert.notCalled(onProbe);
    });
  });
});
