import type { MonoTypeOperatorFunction, SchedulerLike } from 'rxjs';
import { ExchangeError } from '../errors/ExchangeError.js';
import { retryBackoff } from '../operators/retryBackoff.js';

/**
 * The retry policy of requests that may be sent again (queries, cancels over REST): after a retryable error, at most
 * twice, 500 ms then 1 s later. A -1021 is not retried here: it has had its one resync and retry already, and
 * sending it again would only repeat that. Orders are never retried (their outcome is reconciled instead).
 *
 * @param scheduler - the clock of the waits.
 */
export function retryIdempotent<T>(scheduler: SchedulerLike): MonoTypeOperatorFunction<T> {
  return retryBackoff({
    maxRetries: 2,
    initialDelay: 500,
    maxDelay: 4_000,
    resetAfter: Infinity,
    scheduler,
    shouldRetry: (error) => error instanceof ExchangeError && error.retryable && error.category !== 'clock',
  });
}
