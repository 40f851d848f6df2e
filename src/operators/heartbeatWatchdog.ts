import { asyncScheduler, type MonoTypeOperatorFunction, Observable, type SchedulerLike, type Subscription } from 'rxjs';
import { ExchangeError } from '../errors/ExchangeError.js';

/** Options of {@link heartbeatWatchdog}. */
export interface HeartbeatWatchdogConfig {
  /** Milliseconds of silence after which the stream is declared dead and errors (required, > 0). */
  readonly staleAfter: number;
  /** Milliseconds of silence after which `onProbe` is called, once per silence (optional, < `staleAfter`). */
  readonly probeAfter?: number;
  /** Provokes an answer from a quiet peer (e.g. sends a cheap request); called at most once per silence. */
  readonly onProbe?: () => void;
  /** The clock and timer scheduler (default `asyncScheduler`). */
  readonly scheduler?: SchedulerLike;
  /** Builds the error for a stale stream (default: an `ExchangeError` of category `timeout`). */
  readonly error?: () => unknown;
}

/**
 * Mirrors a stream of activity ticks (frames, pings, control responses) and errors when it goes silent.
 *
 * After `probeAfter` ms without a value it calls `onProbe()` once, so a quiet but healthy peer can be made to
 * answer; after `staleAfter` ms without a value (since the last one, or since subscription) it errors, by default
 * with a retryable `ExchangeError` of category `timeout`, so a `retryBackoff` above it reconnects. Binance pings
 * every 20 s, so a market socket that hears nothing for well over 20 s is dead even if TCP has not noticed.
 *
 * Each value only records its time; the timer wakes up once per `probeAfter`/`staleAfter` period rather than being
 * rescheduled per value, which matters at thousands of frames per second.
 *
 * @throws TypeError when `staleAfter` is not positive, or `probeAfter` is not positive or not below `staleAfter`.
 *
 * @example
 * ```ts
 * activity$.pipe(heartbeatWatchdog({ staleAfter: 60_000, probeAfter: 30_000, onProbe: () => sendListSubscriptions() }));
 * ```
 */
export function heartbeatWatchdog<T>(config: HeartbeatWatchdogConfig): MonoTypeOperatorFunction<T> {
  const { staleAfter, probeAfter, onProbe, scheduler = asyncScheduler, error } = config;
  if (!(staleAfter > 0)) throw new TypeError(`heartbeatWatchdog staleAfter must be positive, got ${staleAfter}`);
  if (probeAfter !== undefined && !(probeAfter > 0 && probeAfter < staleAfter)) {
    throw new TypeError(`heartbeatWatchdog probeAfter must be positive and below staleAfter, got ${probeAfter}`);
  }
  const staleError = error ?? ((): unknown => staleTimeout(staleAfter));

  return (source) =>
    new Observable<T>((subscriber) => {
      let last = scheduler.now();
      let probed = false;
      let timer: Subscription | undefined;

      const check = (): void => {
        const now = scheduler.now();
        const silence = now - last;
        if (silence >= staleAfter) {
          subscriber.error(staleError());
          return;
        }
        if (probeAfter !== undefined && !probed && silence >= probeAfter) {
          probed = true;
          try {
            onProbe?.();
          } catch (err: unknown) {
            // A throw inside a scheduled action would escape as an uncaught exception; make it the stream's error.
            subscriber.error(err);
            return;
          }
        }
        const dueAt = probeAfter !== undefined && !probed ? last + probeAfter : last + staleAfter;
        timer = scheduler.schedule(check, dueAt - now);
      };

      timer = scheduler.schedule(check, probeAfter ?? staleAfter);
      const upstream = source.subscribe({
        next: (value) => {
          last = scheduler.now();
          probed = false;
          subscriber.next(value);
        },
        error: (err: unknown) => {
          subscriber.error(err);
        },
        complete: () => {
          subscriber.complete();
        },
      });
      return () => {
        timer?.unsubscribe();
        upstream.unsubscribe();
      };
    });
}

function staleTimeout(staleAfter: number): ExchangeError {
  return new ExchangeError({
    category: 'timeout',
    severity: 'warning',
    retryable: true,
    userMessage: 'The connection went silent and will be reopened.',
    details: `no data or ping for ${staleAfter} ms`,
    suggestions: ['Check network connectivity to the exchange.'],
  });
}
