import { asyncScheduler, type SchedulerLike } from 'rxjs';
import type { RateLimiter } from './RateLimiter.js';

/**
 * A token bucket: holds up to `capacity` tokens, refilled continuously at `refillPerMs` tokens per millisecond.
 * Each action takes its cost in tokens; when the bucket runs dry the action waits for the refill.
 *
 * Reservations may drive the bucket into debt: callers that reserve while it is empty are queued behind each other
 * by the refill rate, so the bucket never lets more than `capacity` through in a burst, however many callers wait.
 * One bucket is shared by every request that counts against the same Binance limit (request weight per IP, orders
 * per account).
 *
 * @example
 * ```ts
 * // Binance's REQUEST_WEIGHT 6000 per minute
 * const weight = new TokenBucket(6000, 6000 / 60_000);
 * http.get('/api/v3/depth').pipe(rateLimit(weight, 5));
 * ```
 */
export class TokenBucket implements RateLimiter {
  /** Tokens at time `at`; negative while reservations are queued. */
  private tokens: number;
  /**
   * The time `tokens` refers to. It moves into the future during a pause, which both holds reservations back and
   * stops the refill: a pause must not let the tokens it would have accrued out as one burst when it ends.
   */
  private at: number;

  /**
   * @param capacity - the most tokens the bucket holds, and so the largest burst; it starts full.
   * @param refillPerMs - tokens added per millisecond.
   * @param scheduler - the clock (default `asyncScheduler`; a `TestScheduler` in tests).
   * @throws TypeError when `capacity` or `refillPerMs` is not a positive finite number.
   */
  constructor(
    private readonly capacity: number,
    private readonly refillPerMs: number,
    private readonly scheduler: SchedulerLike = asyncScheduler,
  ) {
    if (!(capacity > 0 && Number.isFinite(capacity))) {
      throw new TypeError(`TokenBucket capacity must be a positive number, got ${capacity}`);
    }
    if (!(refillPerMs > 0 && Number.isFinite(refillPerMs))) {
      throw new TypeError(`TokenBucket refillPerMs must be a positive number, got ${refillPerMs}`);
    }
    this.tokens = capacity;
    this.at = scheduler.now();
  }

  /**
   * Takes `cost` tokens (default 1) and returns how many milliseconds to wait before acting (0 = now).
   *
   * @throws TypeError when `cost` is negative or not a finite number.
   */
  reserve(cost = 1): number {
    if (!(cost >= 0 && Number.isFinite(cost))) throw new TypeError(`cost must be a non-negative number, got ${cost}`);
    const now = this.refill();
    this.tokens -= cost;
    const untilPaid = this.tokens >= 0 ? 0 : -this.tokens / this.refillPerMs;
    return Math.max(0, Math.ceil(this.at - now + untilPaid));
  }

  /** Tokens available now; negative while reservations are waiting for the refill, as after a burst. */
  available(): number {
    this.refill();
    return this.tokens;
  }

  /**
   * Holds every later reservation until `epochMs` (as for Binance's `Retry-After` on 429/418): `reserve` returns at
   * least `epochMs - now`, and no tokens accrue before then. Reservations already handed out are not recalled.
   * A pause that ends earlier than the current one changes nothing.
   */
  pauseUntil(epochMs: number): void {
    this.refill();
    if (epochMs > this.at) this.at = epochMs;
  }

  private refill(): number {
    const now = this.scheduler.now();
    if (now > this.at) {
      this.tokens = Math.min(this.capacity, this.tokens + (now - this.at) * this.refillPerMs);
      this.at = now;
    }
    return now;
  }
}
