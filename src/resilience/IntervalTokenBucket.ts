import type { RateLimiter } from './RateLimiter.js';

/**
 * A token bucket refilled in full at each interval boundary: the way Binance counts its limits (REQUEST_WEIGHT 6000
 * per minute, ORDERS 50 per 10 seconds and 160 000 per day, each counted per calendar interval). A bucket that refills
 * continuously would hand out, just after the server's counter filled up, tokens the server only grants at the next
 * boundary — and earn a 429.
 *
 * Windows are aligned to multiples of `intervalMs` on `now()`, which should be the server's clock (a synced
 * `Clock`), so they coincide with Binance's. A reservation that does not fit the current window is booked in the next
 * window with room, so waiting callers keep their order. The server's own count (the `X-MBX-USED-WEIGHT-*` and
 * `X-MBX-ORDER-COUNT-*` headers) corrects the local one with {@link IntervalTokenBucket.sync}: other programs on the
 * same IP or account spend from the same limit.
 *
 * A request sent in the last moments of a window may be counted in the next one by the server (transit, timer slack,
 * clocks a few ms apart), and one sent in the first moments of a window may be counted in the previous one. With a
 * `guardMs` margin, a reservation made within `guardMs` of a window's end is booked in the next window, and no
 * reservation is granted before `guardMs` into its window — so that a full window never spills over into the next.
 *
 * @example
 * ```ts
 * const weight = new IntervalTokenBucket(6000, 60_000, () => clock.now());
 * request$.pipe(rateLimit(weight, 20));
 * ```
 */
export class IntervalTokenBucket implements RateLimiter {
  /** Tokens spent per window, by window index (time / intervalMs). */
  private readonly spent = new Map<number, number>();
  private pausedUntil = 0;

  /**
   * @param limit - tokens per interval.
   * @param intervalMs - the interval, e.g. 60 000 for Binance's `1 MINUTE`.
   * @param now - the clock windows align to (epoch ms).
   * @param guardMs - the margin kept at each window boundary (0 by default: exact calendar windows).
   * @throws TypeError when `limit` or `intervalMs` is not a positive number, or `guardMs` is negative or not below
   *   half the interval.
   */
  constructor(
    readonly limit: number,
    readonly intervalMs: number,
    private readonly now: () => number,
    readonly guardMs = 0,
  ) {
    if (!(limit > 0 && Number.isFinite(limit))) throw new TypeError(`limit must be a positive number, got ${limit}`);
    if (!(intervalMs > 0 && Number.isFinite(intervalMs))) {
      throw new TypeError(`intervalMs must be a positive number, got ${intervalMs}`);
    }
    if (!(guardMs >= 0 && guardMs < intervalMs / 2)) {
      throw new TypeError(`guardMs must be at least 0 and below half the interval, got ${guardMs}`);
    }
  }

  /**
   * Books `cost` tokens in the earliest window (not before a pause ends) that has room, and returns the wait in ms.
   *
   * @throws TypeError when `cost` is negative or larger than the whole limit (it could never be granted).
   */
  reserve(cost = 1): number {
    if (!(cost >= 0 && cost <= this.limit)) {
      throw new TypeError(`cost must be between 0 and the limit ${this.limit}, got ${cost}`);
    }
    const now = this.now();
    const start = Math.max(now, this.pausedUntil);
    this.prune(now);
    const guard = this.guardMs;
    let window = Math.floor((start + guard) / this.intervalMs);
    while ((this.spent.get(window) ?? 0) + cost > this.limit) window++;
    this.spent.set(window, (this.spent.get(window) ?? 0) + cost);
    // Grants within a window follow the order of the requests, so equal-cost callers keep their order.
    return Math.max(start, window * this.intervalMs + guard) - now;
  }

  /** Tokens spent in the current window, as far as this bucket knows. */
  used(): number {
    return this.spent.get(Math.floor(this.now() / this.intervalMs)) ?? 0;
  }

  /** Tokens left in the current window (0 while paused). */
  remaining(): number {
    return this.now() < this.pausedUntil ? 0 : Math.max(0, this.limit - this.used());
  }

  /**
   * Corrects the current window's count with the server's: the larger of the two wins (the server's includes
   * other programs on the same IP or account; ours includes requests it has not counted yet).
   */
  sync(serverUsed: number): void {
    if (!(serverUsed >= 0)) return;
    const window = Math.floor(this.now() / this.intervalMs);
    this.spent.set(window, Math.max(this.spent.get(window) ?? 0, serverUsed));
  }

  /** No reservation completes before `epochMs` (Binance's `Retry-After` after a 429). An earlier time changes nothing. */
  pauseUntil(epochMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, epochMs);
  }

  /** When the current pause ends, or undefined when there is none. */
  pausedTill(): number | undefined {
    return this.pausedUntil > this.now() ? this.pausedUntil : undefined;
  }

  /**
   * The same bucket with another limit (the server published new ones): same interval and clock, every booking kept
   * (the current window's and those of callers still waiting for a later one), and the pause with them.
   *
   * @throws TypeError when `limit` is not a positive number.
   */
  withLimit(limit: number): IntervalTokenBucket {
    const next = new IntervalTokenBucket(limit, this.intervalMs, this.now, this.guardMs);
    for (const [window, spent] of this.spent) next.spent.set(window, spent);
    next.pausedUntil = this.pausedUntil;
    return next;
  }

  private prune(now: number): void {
    const current = Math.floor(now / this.intervalMs);
    for (const window of this.spent.keys()) if (window < current) this.spent.delete(window);
  }
}
