import { asyncScheduler, defer, map, type Observable, type SchedulerLike, take } from 'rxjs';

/** Options of a {@link Clock}. */
export interface ClockConfig {
  /** The local clock and the source of virtual time in tests. Default: `asyncScheduler` (wall-clock time). */
  readonly scheduler?: SchedulerLike;
}

/**
 * The exchange's time as seen from here: the local scheduler's time plus an offset measured against the server.
 *
 * Signed requests carry a `timestamp` that Binance rejects (-1021) when it is ahead of the server's clock by a second
 * or older than `recvWindow`; taking it from `now()` keeps a drifting local clock from failing orders. The offset
 * starts at 0 and changes only through {@link Clock.sync}.
 *
 * @example
 * ```ts
 * const clock = new Clock();
 * clock.sync(http.get('/api/v3/time').pipe(map((r) => r.serverTime))).subscribe();
 * const timestamp = clock.now();
 * ```
 */
export class Clock {
  readonly #scheduler: SchedulerLike;
  #offset = 0;

  constructor(config: ClockConfig = {}) {
    this.#scheduler = config.scheduler ?? asyncScheduler;
  }

  /** Server time minus local time, in ms, from the last successful sync (0 before any). */
  get offset(): number {
    return this.#offset;
  }

  /** The estimated server time: local `scheduler.now()` plus {@link Clock.offset}, epoch ms. */
  now(): number {
    return this.#scheduler.now() + this.#offset;
  }

  /**
   * Measures the offset against a server-time request and emits it.
   *
   * Cold: each subscription notes the local time t0, subscribes to `serverTime`, and when the first server time s
   * arrives at local time t1 sets the offset to `round(s − (t0 + t1) / 2)` (the server is assumed to have read its
   * clock half-way through the round trip), emits it and completes. If `serverTime` errors or completes empty, the
   * offset is unchanged.
   *
   * @param serverTime - emits the server's epoch ms, e.g. `GET /api/v3/time` mapped to `serverTime`.
   * @returns the new offset, once.
   */
  sync(serverTime: Observable<number>): Observable<number> {
    return defer(() => {
      const t0 = this.#scheduler.now();
      return serverTime.pipe(
        take(1),
        map((s) => {
          if (typeof s !== 'number' || !Number.isFinite(s)) {
            throw new TypeError('server time must be a finite number of epoch milliseconds');
          }
          const t1 = this.#scheduler.now();
          this.#offset = Math.round(s - (t0 + t1) / 2);
          return this.#offset;
        }),
      );
    });
  }
}
