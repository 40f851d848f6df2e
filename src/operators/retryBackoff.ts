import {
  asyncScheduler,
  defer,
  type MonoTypeOperatorFunction,
  type Observable,
  retry,
  type SchedulerLike,
  tap,
  throwError,
  timer,
} from 'rxjs';

/** What `onRetry` is told before each wait. */
export interface RetryInfo {
  /** The error that ended the failed subscription. */
  readonly error: unknown;
  /** Which retry this is, from 1 (after a reset, 1 again). */
  readonly attempt: number;
  /** How many milliseconds will pass before resubscribing. */
  readonly delay: number;
}

/** Options of {@link retryBackoff}. Every field is optional. */
export interface RetryBackoffConfig {
  /** Delay before the first retry, in ms (default 1000). */
  readonly initialDelay?: number;
  /** The largest delay, in ms (default 30000; `Infinity` for no cap). */
  readonly maxDelay?: number;
  /** Factor between consecutive delays (default 2). */
  readonly multiplier?: number;
  /**
   * How much of each delay is random, from 0 to 1 (default 0.2): the delay is drawn uniformly from
   * `[d·(1 − jitter), d]`, where `d = min(maxDelay, initialDelay·multiplier^(attempt − 1))`. Spreads the reconnects
   * of many clients (or many sockets of one client) that failed together.
   */
  readonly jitter?: number;
  /** The random source, returning values in `[0, 1)` (default `Math.random`); inject one for exact tests. */
  readonly random?: () => number;
  /** Retries allowed before the error propagates (default `Infinity`); a reset (see `resetAfter`) starts over. */
  readonly maxRetries?: number;
  /**
   * A stable period, in ms (default 60000): when the failed subscription had emitted a value and then lived at least
   * this long (from its first value to the error), the attempt counter starts over at 1. A socket that opens and
   * dies at once keeps backing off. `Infinity` never resets.
   */
  readonly resetAfter?: number;
  /** Whether an error is worth retrying (default: always); `false` propagates it. */
  readonly shouldRetry?: (error: unknown, attempt: number) => boolean;
  /** Called before each wait, e.g. to report "reconnecting". */
  readonly onRetry?: (info: RetryInfo) => void;
  /** The clock and timer scheduler (default `asyncScheduler`). */
  readonly scheduler?: SchedulerLike;
}

/**
 * Resubscribes to the source after an error, waiting longer each time: exponential backoff with jitter, a cap, a
 * reset after a stable period, and respect for an error's `retryAfter` (epoch ms, as on `ExchangeError`): the wait
 * lasts at least until then.
 *
 * Only put idempotent work under it (market sockets, GET requests); an order placement must never be retried blindly.
 *
 * @throws TypeError for a negative or non-finite `initialDelay`, a negative `maxDelay`, `maxRetries` or
 * `resetAfter`, a `multiplier` below 1, or a `jitter` outside `[0, 1]`.
 *
 * @example
 * ```ts
 * socket$.pipe(
 *   retryBackoff({ initialDelay: 1000, maxDelay: 30_000, onRetry: ({ attempt, delay }) => report(attempt, delay) }),
 * );
 * ```
 */
export function retryBackoff<T>(config: RetryBackoffConfig = {}): MonoTypeOperatorFunction<T> {
  const {
    initialDelay = 1000,
    maxDelay = 30_000,
    multiplier = 2,
    jitter = 0.2,
    random = Math.random,
    maxRetries = Infinity,
    resetAfter = 60_000,
    shouldRetry = () => true,
    onRetry,
    scheduler = asyncScheduler,
  } = config;
  validate({ initialDelay, maxDelay, multiplier, jitter, maxRetries, resetAfter });

  return (source) =>
    defer(() => {
      // Per subscriber: each subscription to the result has its own counter.
      let attempt = 0;
      let firstValueAt: number | undefined;
      const tracked = defer(() => {
        firstValueAt = undefined;
        return source.pipe(
          tap(() => {
            firstValueAt ??= scheduler.now();
          }),
        );
      });
      return tracked.pipe(
        retry({
          delay: (error: unknown): Observable<unknown> => {
            const now = scheduler.now();
            if (firstValueAt !== undefined && now - firstValueAt >= resetAfter) attempt = 0;
            attempt += 1;
            if (attempt > maxRetries || !shouldRetry(error, attempt)) return throwError(() => error);
            const ceiling = Math.min(maxDelay, initialDelay * multiplier ** (attempt - 1));
            const drawn = ceiling * (1 - jitter * random());
            const notBefore = retryAfterOf(error);
            const delay = notBefore === undefined ? drawn : Math.max(drawn, notBefore - now);
            onRetry?.({ error, attempt, delay });
            return timer(delay, scheduler);
          },
        }),
      );
    });
}

function retryAfterOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('retryAfter' in error)) return undefined;
  const { retryAfter } = error;
  return typeof retryAfter === 'number' && Number.isFinite(retryAfter) ? retryAfter : undefined;
}

interface Numbers {
  readonly initialDelay: number;
  readonly maxDelay: number;
  readonly multiplier: number;
  readonly jitter: number;
  readonly maxRetries: number;
  readonly resetAfter: number;
}

function validate({ initialDelay, maxDelay, multiplier, jitter, maxRetries, resetAfter }: Numbers): void {
  const fail = (what: string, v: number): never => {
    throw new TypeError(`retryBackoff ${what}, got ${v}`);
  };
  if (!(initialDelay >= 0 && Number.isFinite(initialDelay)))
    fail('initialDelay must be a non-negative number', initialDelay);
  // Infinity is allowed where it means "no limit".
  if (!(maxDelay >= 0)) fail('maxDelay must not be negative', maxDelay);
  if (!(multiplier >= 1 && Number.isFinite(multiplier))) fail('multiplier must be at least 1', multiplier);
  if (!(jitter >= 0 && jitter <= 1)) fail('jitter must be between 0 and 1', jitter);
  if (!(maxRetries >= 0)) fail('maxRetries must not be negative', maxRetries);
  if (!(resetAfter >= 0)) fail('resetAfter must not be negative', resetAfter);
}
