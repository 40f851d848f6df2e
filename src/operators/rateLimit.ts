import { asyncScheduler, defer, type MonoTypeOperatorFunction, type SchedulerLike, switchMap, timer } from 'rxjs';
import type { RateLimiter } from '../resilience/RateLimiter.js';

/**
 * Delays the *subscription* to the source until `limiter` allows an action of `cost` units.
 *
 * Cold: every subscription (so every retry of a REST call, every reconnect) reserves again when it starts. When the
 * limiter allows it at once, the source is subscribed synchronously. Unsubscribing during the wait cancels the
 * action, but the booking stays spent: the limiter cannot know whether a caller will come back, and erring on the
 * side of fewer requests is what keeps an IP from being banned.
 *
 * @param limiter - a shared `TokenBucket`, `SlidingWindowLimiter` or any {@link RateLimiter}.
 * @param cost - units to book per subscription (default 1), e.g. the request weight of an endpoint.
 * @param scheduler - schedules the wait (default `asyncScheduler`); give the limiter's own scheduler.
 * @throws TypeError when `cost` is negative or not a finite number.
 *
 * @example
 * ```ts
 * const weight = new TokenBucket(6000, 6000 / 60_000);
 * http.get('/api/v3/exchangeInfo').pipe(rateLimit(weight, 20)).subscribe(render);
 * ```
 */
export function rateLimit<T>(
  limiter: RateLimiter,
  cost = 1,
  scheduler: SchedulerLike = asyncScheduler,
): MonoTypeOperatorFunction<T> {
  if (!(cost >= 0 && Number.isFinite(cost))) throw new TypeError(`cost must be a non-negative number, got ${cost}`);
  return (source) =>
    defer(() => {
      const wait = limiter.reserve(cost);
      // timer(0) would still hop to a later macrotask; an action allowed now starts now.
      return wait > 0 ? timer(wait, scheduler).pipe(switchMap(() => source)) : source;
    });
}
