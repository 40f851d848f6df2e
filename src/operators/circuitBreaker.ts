import { defer, type MonoTypeOperatorFunction, tap, throwError } from 'rxjs';
import { ExchangeError } from '../errors/ExchangeError.js';
import type { CircuitBreaker } from '../resilience/CircuitBreaker.js';

/**
 * Guards each subscription to the source with `breaker`.
 *
 * On subscribe, when the breaker refuses, it errors at once with an `ExchangeError` of category `circuit-open`
 * (retryable, `retryAfter` = when the circuit admits its next trial), so a `retryBackoff` placed after it waits out
 * the cool-down instead of spinning. Otherwise it mirrors the source and reports the outcome: the first value is a
 * success, an error is a failure, completing without a value is a success too (the attempt ended cleanly), and
 * unsubscribing before any of these gives no verdict (`release()`, so a cancelled half-open trial does not block the
 * circuit).
 *
 * @example
 * ```ts
 * const breaker = new CircuitBreaker({ failureThreshold: 5, cooldown: 30_000 });
 * openSocket().pipe(circuitBreaker(breaker), retryBackoff()).subscribe(onFrame);
 * ```
 */
export function circuitBreaker<T>(breaker: CircuitBreaker): MonoTypeOperatorFunction<T> {
  return (source) =>
    defer(() => {
      if (!breaker.allow()) return throwError(() => circuitOpenError(breaker.retryAt()));
      let settled = false;
      const succeed = (): void => {
        if (settled) return;
        settled = true;
        breaker.recordSuccess();
      };
      return source.pipe(
        tap({
          next: succeed,
          complete: succeed,
          error: () => {
            // An error after values still counts: a connection that dies is a failure whenever it dies.
            settled = true;
            breaker.recordFailure();
          },
          unsubscribe: () => {
            if (!settled) breaker.release();
          },
        }),
      );
    });
}

function circuitOpenError(retryAt: number | undefined): ExchangeError {
  const details =
    retryAt === undefined
      ? 'circuit half-open: a trial attempt is already in progress'
      : `circuit open after repeated failures; next trial allowed at ${retryAt} (epoch ms)`;
  return new ExchangeError({
    category: 'circuit-open',
    severity: 'warning',
    retryable: true,
    userMessage: 'Connection attempts are paused after repeated failures and will resume shortly.',
    details,
    suggestions: ['Wait until retryAfter before trying again.', 'Check network access to the exchange endpoint.'],
    ...(retryAt === undefined ? {} : { retryAfter: retryAt }),
  });
}
