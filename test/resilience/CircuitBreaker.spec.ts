import { expect } from 'chai';
import { TestScheduler } from 'rxjs/testing';
import { CircuitBreaker } from '../../src/resilience/CircuitBreaker.js';
import { manualClock } from './manualClock.js';

describe('CircuitBreaker', () => {
  it('rejects a bad threshold or cool-down', () => {
    expect(() => new CircuitBreaker({ failureThreshold: 0 })).to.throw(TypeError, /failureThreshold/);
    expect(() => new CircuitBreaker({ failureThreshold: 2.5 })).to.throw(TypeError, /failureThreshold/);
    expect(() => new CircuitBreaker({ cooldown: -1 })).to.throw(TypeError, /cooldown/);
  });

  it('opens after 5 consecutive failures by default, for 30 s', () => {
    const clock = manualClock(1000);
    const breaker = new CircuitBreaker({ scheduler: clock });
    for (let i = 0; i < 4; i++) breaker.recordFailure();
    expect(breaker.state).to.equal('closed');
    expect(breaker.allow()).to.equal(true);
    breaker.recordFailure();
    expect(breaker.state).to.equal('open');
    expect(breaker.retryAt()).to.equal(31_000);
    expect(breaker.allow()).to.equal(false);
  });

  it('counts only consecutive failures: a success resets the count', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2, scheduler: manualClock() });
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    expect(breaker.state).to.equal('closed');
    breaker.recordFailure();
    expect(breaker.state).to.equal('open');
  });

  it('turns half-open when asked after the cool-down, and admits exactly one trial', () => {
    const clock = manualClock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldown: 100, scheduler: clock });
    breaker.recordFailure();
    clock.time = 99;
    expect(breaker.allow()).to.equal(false);
    clock.time = 100;
    expect(breaker.state).to.equal('open'); // nothing changes until someone asks
    expect(breaker.allow()).to.equal(true);
    expect(breaker.state).to.equal('half-open');
    expect(breaker.retryAt()).to.equal(undefined);
    expect(breaker.allow()).to.equal(false);
    expect(breaker.allow()).to.equal(false);
  });

  it('closes when the trial succeeds', () => {
    const clock = manualClock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldown: 100, scheduler: clock });
    breaker.recordFailure();
    clock.time = 100;
    breaker.allow();
    breaker.recordSuccess();
    expect(breaker.state).to.equal('closed');
    expect(breaker.retryAt()).to.equal(undefined);
    expect([breaker.allow(), breaker.allow()]).to.deep.equal([true, true]);
  });

  it('reopens with a fresh cool-down when the trial fails', () => {
    const clock = manualClock();
    const breaker = new CircuitBreaker({ failureThreshold: 3, cooldown: 100, scheduler: clock });
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    clock.time = 150;
    breaker.allow();
    breaker.recordFailure();
    expect(breaker.state).to.equal('open');
    expect(breaker.retryAt()).to.equal(250);
    clock.time = 249;
    expect(breaker.allow()).to.equal(false);
  });

  it('release() lets another trial start after one ended without a verdict', () => {
    const clock = manualClock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldown: 10, scheduler: clock });
    breaker.release(); // no effect while closed
    breaker.recordFailure();
    breaker.release(); // no effect while open
    expect(breaker.allow()).to.equal(false);
    clock.time = 10;
    expect(breaker.allow()).to.equal(true);
    breaker.release();
    expect(breaker.state).to.equal('half-open');
    expect(breaker.allow()).to.equal(true);
    expect(breaker.allow()).to.equal(false);
  });

  it('ignores a late failure while open: it does not extend the cool-down', () => {
    const clock = manualClock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldown: 10, scheduler: clock });
    breaker.recordFailure();
    clock.time = 5;
    breaker.recordFailure();
    expect(breaker.retryAt()).to.equal(10);
  });

  it('state$ emits the current state, then each change once, and completes on dispose', () => {
    const scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
    scheduler.run(({ expectObservable }) => {
      const breaker = new CircuitBreaker({ failureThreshold: 2, cooldown: 10 });
      const act = {
        fail: () => {
          breaker.recordFailure();
        },
        succeed: () => {
          breaker.recordSuccess();
        },
        allow: () => {
          breaker.allow();
        },
        dispose: () => {
          breaker.dispose();
        },
      };
      const script: [number, keyof typeof act][] = [
        [1, 'fail'],
        [2, 'fail'], // open, trial allowed from 12
        [5, 'allow'], // refused, no change
        [7, 'fail'], // late failure while open, no change
        [12, 'allow'], // half-open
        [13, 'fail'], // open again, trial allowed from 23
        [23, 'allow'], // half-open
        [24, 'succeed'], // closed
        [26, 'succeed'], // still closed: no repeat
        [30, 'dispose'],
        [31, 'fail'],
      ];
      for (const [frame, name] of script) scheduler.schedule(act[name], frame);
      const values = { c: 'closed', o: 'open', h: 'half-open' };
      expectObservable(breaker.state$).toBe('c-o---------ho---------hc-----|', values);
      expectObservable(breaker.state$, '15ms ^').toBe('15ms o-------hc-----|', values);
    });
  });

  it('keeps answering after dispose', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, scheduler: manualClock() });
    breaker.dispose();
    breaker.recordFailure();
    expect(breaker.state).to.equal('open');
    expect(breaker.allow()).to.equal(false);
  });
});
