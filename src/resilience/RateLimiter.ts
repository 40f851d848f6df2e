/**
 * Anything that paces actions: a request-weight bucket, a per-connection message window.
 *
 * Implementations are clock-driven (an RxJS `SchedulerLike`) and never wait themselves; they book capacity and say
 * how long the caller must wait, so the waiting can happen in an Observable (see `rateLimit`).
 */
export interface RateLimiter {
  /**
   * Books `cost` units now (default 1) and returns how many milliseconds the caller must wait before acting;
   * 0 means act now. The booking is spent even if the caller gives up waiting.
   */
  reserve(cost?: number): number;
}
