import { expect } from 'chai';
import fc from 'fast-check';
import { SlidingWindowLimiter } from '../../src/resilience/SlidingWindowLimiter.js';
import { manualClock } from './manualClock.js';

describe('SlidingWindowLimiter', () => {
  it('rejects a bad limit, window or cost', () => {
    const clock = manualClock();
    expect(() => new SlidingWindowLimiter(0, 1000, clock)).to.throw(TypeError, /limit/);
    expect(() => new SlidingWindowLimiter(1.5, 1000, clock)).to.throw(TypeError, /limit/);
    expect(() => new SlidingWindowLimiter(5, -1, clock)).to.throw(TypeError, /windowMs/);
    expect(() => new SlidingWindowLimiter(5, Number.POSITIVE_INFINITY, clock)).to.throw(TypeError, /windowMs/);
    const limiter = new SlidingWindowLimiter(3, 1000, clock);
    expect(() => limiter.reserve(-1)).to.throw(TypeError, /cost/);
    expect(() => limiter.reserve(4)).to.throw(TypeError, /cost/);
    expect(() => limiter.reserve(1.5)).to.throw(TypeError, /cost/);
  });

  it('counts both ends of the window: after `limit` bookings at t0 the next is at t0 + windowMs + 1', () => {
    const clock = manualClock(500);
    const limiter = new SlidingWindowLimiter(2, 1000, clock);
    expect([1, 2, 3, 4, 5].map(() => limiter.reserve())).to.deep.equal([0, 0, 1001, 1001, 2002]);
  });

  it('books a multi-slot cost at a single time with room for all of it', () => {
    const clock = manualClock();
    const limiter = new SlidingWindowLimiter(3, 100, clock);
    expect(limiter.reserve(2)).to.equal(0);
    clock.time = 50;
    expect(limiter.reserve(2)).to.equal(51); // [1, 101] holds only the two new ones
    expect(limiter.reserve(0)).to.equal(0);
  });

  it('queues later callers behind the bookings already made', () => {
    const clock = manualClock();
    const limiter = new SlidingWindowLimiter(1, 10, clock);
    limiter.reserve();
    expect(limiter.reserve()).to.equal(11);
    clock.time = 5;
    expect(limiter.reserve()).to.equal(22 - 5);
  });

  it('nextFreeAt reports the earliest one-slot booking without booking it', () => {
    const clock = manualClock(100);
    const limiter = new SlidingWindowLimiter(2, 1000, clock);
    expect(limiter.nextFreeAt()).to.equal(100);
    limiter.reserve();
    expect(limiter.nextFreeAt()).to.equal(100);
    limiter.reserve();
    expect(limiter.nextFreeAt()).to.equal(1101);
    expect(limiter.nextFreeAt()).to.equal(1101);
    clock.time = 2000;
    expect(limiter.nextFreeAt()).to.equal(2000);
  });

  it('count() counts the bookings in the closed window ending now, not those reserved for later', () => {
    const clock = manualClock();
    const limiter = new SlidingWindowLimiter(2, 100, clock);
    limiter.reserve();
    clock.time = 40;
    limiter.reserve();
    limiter.reserve(); // booked for 101
    expect(limiter.count()).to.equal(2);
    clock.time = 100;
    expect(limiter.count()).to.equal(2); // 0 is still inside [0, 100]
    clock.time = 101;
    expect(limiter.count()).to.equal(2); // 40 and 101
    clock.time = 141;
    expect(limiter.count()).to.equal(1);
    clock.time = 500;
    expect(limiter.count()).to.equal(0);
  });

  it('drops bookings that left the window: memory holds `limit` of them once no caller is waiting', () => {
    const clock = manualClock();
    const limiter = new SlidingWindowLimiter(3, 10, clock);
    const kept = (): number => (limiter as unknown as { bookings: number[] }).bookings.length;
    for (let i = 0; i < 1000; i++) {
      clock.time += 12;
      limiter.reserve(1 + (i % 3));
    }
    expect(kept()).to.be.at.most(3);
    for (let i = 0; i < 30; i++) limiter.reserve(); // a queue reaching 110 ms ahead
    expect(kept()).to.be.above(3);
    clock.time += 1000;
    expect(limiter.count()).to.equal(0);
    expect(kept()).to.be.at.most(3);
  });

  it('never puts more than `limit` bookings in a closed window, and books each as early as allowed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 50 }),
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 60 }), cost: fc.integer({ min: 1, max: 6 }) }), {
          maxLength: 60,
        }),
        (limit, windowMs, calls) => {
          const clock = manualClock();
          const limiter = new SlidingWindowLimiter(limit, windowMs, clock);
          const booked: number[] = [];
          const inWindow = (end: number): number => booked.filter((t) => t >= end - windowMs && t <= end).length;
          for (const { gap, cost: rawCost } of calls) {
            const cost = Math.min(rawCost, limit);
            clock.time += gap;
            const floor = Math.max(clock.time, booked.at(-1) ?? clock.time);
            const delay = limiter.reserve(cost);
            const at = clock.time + delay;
            if (delay < 0 || at < floor) return false;
            // As early as allowed: one millisecond earlier (and not before `floor`) would have overfilled a window.
            if (at > floor && inWindow(at - 1) + cost <= limit) return false;
            for (let i = 0; i < cost; i++) booked.push(at);
          }
          // Any window with the most bookings can slide right until it starts at a booking.
          return booked.every((start) => booked.filter((t) => t >= start && t <= start + windowMs).length <= limit);
        },
      ),
      { numRuns: 500 },
    );
  });
});
