import {
  catchError,
  defer,
  EMPTY,
  exhaustMap,
  type Observable,
  of,
  type SchedulerLike,
  share,
  type Subscription,
  tap,
  timer,
} from 'rxjs';
import { Clock } from '../session/Clock.js';

/**
 * The server's clock for a client: a {@link Clock} synced against `GET /api/v3/time` before the first signed request,
 * again every `intervalMs` while in use, and on demand after a -1021 rejection. Concurrent callers share one request.
 */
export class ServerTime {
  /** The synced clock: `clock.now()` is the server's time. */
  readonly clock: Clock;
  #synced = false;
  private stopped = false;
  private periodic: Subscription | undefined;
  private readonly sync$: Observable<number>;

  /**
   * @param fetchServerTime - a request for the server's epoch ms (cold).
   * @param scheduler - the local clock, and the periodic resync's timer.
   * @param intervalMs - how often to resync once in use (default 10 minutes).
   */
  constructor(
    fetchServerTime: () => Observable<number>,
    private readonly scheduler: SchedulerLike,
    private readonly intervalMs = 600_000,
  ) {
    this.clock = new Clock({ scheduler });
    // Shared while in flight, and run afresh by the next caller once it has completed or failed.
    this.sync$ = defer(() => this.clock.sync(fetchServerTime())).pipe(
      tap(() => {
        this.#synced = true;
        this.startPeriodic();
      }),
      share({ resetOnComplete: true, resetOnError: true, resetOnRefCountZero: true }),
    );
  }

  /** True once the clock has been synced at least once. */
  get synced(): boolean {
    return this.#synced;
  }

  /** Emits the offset once the clock has been synced at least once, syncing first if it never was. */
  ensureSynced(): Observable<number> {
    return defer(() => (this.#synced ? of(this.clock.offset) : this.sync$));
  }

  /** Syncs now (or joins the sync in flight) and emits the new offset. */
  resync(): Observable<number> {
    return this.sync$;
  }

  /**
   * Stops the periodic resync for good (the client is closing), a periodic sync in flight included: a later sync on
   * demand (a -1021 on a request still under way) does not start it again, so no timer outlives the client.
   */
  stop(): void {
    this.stopped = true;
    this.periodic?.unsubscribe();
    this.periodic = undefined;
  }

  private startPeriodic(): void {
    if (this.periodic !== undefined || this.stopped) return;
    this.periodic = timer(this.intervalMs, this.intervalMs, this.scheduler)
      .pipe(
        // A failed periodic sync keeps the previous offset; a -1021 on the next signed request triggers another.
        exhaustMap(() => this.sync$.pipe(catchError(() => EMPTY))),
      )
      .subscribe();
  }
}
