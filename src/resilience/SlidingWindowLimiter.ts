import { asyncScheduler, type SchedulerLike } from 'rxjs';
import type { RateLimiter } from './RateLimiter.js';

/**
 * At most `limit` bookings in any window of `windowMs` milliseconds, counted exactly (not by fixed buckets).
 *
 * Windows are closed intervals: bookings at `t` and `t + windowMs` fall in the same window, so after `limit`
 * bookings starting at `t0` the next one may happen at `t0 + windowMs + 1` at the earliest. Counting both ends keeps
 * the guarantee whichever way the server rounds its own window. Each reservation is booked at the earliest allowed
 * time that is neither in the past nor before the previous booking. Bookings that have left the window are dropped:
 * memory holds at most `limit` bookings, plus those of callers still waiting for a later slot.
 *
 * It guards Binance's "5 incoming messages per second per connection" (`new SlidingWindowLimiter(5, 1000)`, one per
 * socket) and "300 connection attempts per 5 minutes per IP" (`new SlidingWindowLimiter(300, 300_000)`, shared).
 *
 * @example
 * ```ts
 * const perSocket = new SlidingWindowLimiter(5, 1000);
 * defer(() => send(subscribeMessage)).pipe(rateLimit(perSocket));
 * ```
 */
export class SlidingWindowLimiter implements RateLimiter {
  /** Booking times, oldest first (see `prune` for which are kept). */
  private readonly bookings: number[] = [];

  /**
   * @param limit - the most bookings any closed window of `windowMs` may hold (a positive integer).
   * @param windowMs - the window length in ms (non-negative).
   * @param scheduler - the clock (default `asyncScheduler`; a `TestScheduler` in tests).
   * @throws TypeError for a `limit` that is not a positive integer or a negative or non-finite `windowMs`.
   */
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly scheduler: SchedulerLike = asyncScheduler,
  ) {
    if (!(Number.isInteger(limit) && limit > 0)) {
      throw new TypeError(`SlidingWindowLimiter limit must be a positive integer, got ${limit}`);
    }
    if (!(windowMs >= 0 && Number.isFinite(windowMs))) {
      throw new TypeError(`SlidingWindowLimiter windowMs must be a non-negative number, got ${windowMs}`);
    }
  }

  /**
   * Books `cost` slots (default 1), all at one time: the earliest at which the window still has room for them.
   * Returns how many milliseconds to wait before acting (0 = now). A cost of 0 books nothing and returns 0.
   *
   * @throws TypeError when `cost` is not an integer between 0 and `limit`.
   */
  reserve(cost = 1): number {
    if (!(Number.isInteger(cost) && cost >= 0 && cost <= this.limit)) {
      throw new TypeError(`cost must be an integer from 0 to ${this.limit}, got ${cost}`);
    }
    if (cost === 0) return 0;
    const now = this.scheduler.now();
    const at = this.earliest(now, cost);
    for (let i = 0; i < cost; i++) this.bookings.push(at);
    this.prune(now);
    return at - now;
  }

  /** The earliest time (epoch ms) at which a booking of one slot could happen. */
  nextFreeAt(): number {
    return this.earliest(this.scheduler.now(), 1);
  }

  /** Bookings in the window ending now, `[now - windowMs, now]`; bookings reserved for later are not counted. */
  count(): number {
    const now = this.scheduler.now();
    this.prune(now);
    let n = 0;
    for (const t of this.bookings) if (t >= now - this.windowMs && t <= now) n += 1;
    return n;
  }

  /**
   * Drops what no query can need again: a booking is kept while it is one of the last `limit` (they constrain the
   * next booking) or not yet out of the window (`count` may still see it). Without callers queued for later this
   * keeps at most `limit` bookings, since at most `limit` fit in a window; queued ones are kept until they pass.
   */
  private prune(now: number): void {
    let drop = 0;
    while (this.bookings.length - drop > this.limit && (this.bookings[drop] ?? now) < now - this.windowMs) drop += 1;
    if (drop > 0) this.bookings.splice(0, drop);
  }

  private earliest(now: number, cost: number): number {
    const n = this.bookings.length;
    let at = Math.max(now, this.bookings[n - 1] ?? now);
    // A booking at `at` shares the window [at - windowMs, at] with every earlier booking inside it, and bookings only
    // move forward in time; so it needs the (limit - cost + 1)-th most recent booking to lie strictly before that.
    const blocking = this.bookings[n - (this.limit - cost + 1)];
    if (blocking !== undefined) at = Math.max(at, blocking + this.windowMs + 1);
    return at;
  }
}
