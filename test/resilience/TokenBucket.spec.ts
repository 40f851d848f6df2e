import { expect } from 'chai';
import { TokenBucket } from '../../src/resilience/TokenBucket.js';
import { manualClock } from './manualClock.js';

describe('TokenBucket', () => {
  it('rejects a non-positive capacity or refill rate and a negative cost', () => {
    const clock = manualClock();
    expect(() => new TokenBucket(0, 1, clock)).to.throw(TypeError, /capacity/);
    expect(() => new TokenBucket(-1, 1, clock)).to.throw(TypeError, /capacity/);
    expect(() => new TokenBucket(Number.NaN, 1, clock)).to.throw(TypeError, /capacity/);
    expect(() => new TokenBucket(1, 0, clock)).to.throw(TypeError, /refillPerMs/);
    expect(() => new TokenBucket(1, -0.5, clock)).to.throw(TypeError, /refillPerMs/);
    expect(() => new TokenBucket(1, 1, clock).reserve(-1)).to.throw(TypeError, /cost/);
  });

  it('starts full, lets a burst of `capacity` through, then queues callers by the refill rate', () => {
    const clock = manualClock(1000);
    const bucket = new TokenBucket(3, 1 / 10, clock);
    expect([1, 2, 3, 4, 5].map(() => bucket.reserve())).to.deep.equal([0, 0, 0, 10, 20]);
    expect(bucket.available()).to.equal(-2);
  });

  it('refills with time, but never above capacity', () => {
    const clock = manualClock();
    const bucket = new TokenBucket(4, 1 / 10, clock);
    bucket.reserve(4);
    clock.time = 25;
    expect(bucket.available()).to.be.closeTo(2.5, 1e-9);
    clock.time = 10_000;
    expect(bucket.available()).to.equal(4);
  });

  it('charges the cost and rounds the wait up to whole milliseconds', () => {
    const clock = manualClock();
    const bucket = new TokenBucket(10, 1 / 3, clock);
    expect(bucket.reserve(10)).to.equal(0);
    expect(bucket.reserve(0)).to.equal(0);
    expect(bucket.reserve(1)).to.equal(3);
    expect(bucket.reserve(0.5)).to.equal(5); // 1.5 tokens short at 1/3 per ms = 4.5 ms
  });

  it('lets a cost larger than the capacity through once the debt is paid', () => {
    const clock = manualClock();
    const bucket = new TokenBucket(2, 1, clock);
    expect(bucket.reserve(5)).to.equal(3);
  });

  it('pauseUntil holds every later reservation until the given time', () => {
    const clock = manualClock(100);
    const bucket = new TokenBucket(5, 1, clock);
    bucket.pauseUntil(160);
    expect(bucket.reserve()).to.equal(60);
    clock.time = 150;
    expect(bucket.reserve()).to.equal(10);
    clock.time = 160;
    expect(bucket.reserve()).to.equal(0);
  });

  it('accrues no tokens during a pause, so its end is no bigger a burst than the tokens left', () => {
    const clock = manualClock();
    const bucket = new TokenBucket(2, 1 / 10, clock);
    bucket.reserve(2);
    bucket.pauseUntil(50);
    clock.time = 30;
    // Empty at 50 (nothing refilled while paused), so one more token takes until 60.
    expect(bucket.reserve()).to.equal(30);
  });

  it('ignores a pause that ends before the current one', () => {
    const clock = manualClock();
    const bucket = new TokenBucket(5, 1, clock);
    bucket.pauseUntil(100);
    bucket.pauseUntil(40);
    expect(bucket.reserve()).to.equal(100);
  });
});
