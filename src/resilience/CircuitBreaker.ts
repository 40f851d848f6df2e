import { asyncScheduler, BehaviorSubject, type Observable, type SchedulerLike } from 'rxjs';

/**
 * Where a {@link CircuitBreaker} stands: `closed` lets everything through, `open` refuses everything until the
 * cool-down has passed, `half-open` lets one trial through to decide between the two.
 */
export type CircuitState = 'closed' | 'open' | 'half-open';

/** Options of a {@link CircuitBreaker}. */
export interface CircuitBreakerConfig {
  /** Consecutive failures that open the circuit (default 5). */
  readonly failureThreshold?: number;
  /** Milliseconds an open circuit refuses everything before it admits a trial (default 30000). */
  readonly cooldown?: number;
  /** The clock (default `asyncScheduler`; a `TestScheduler` in tests). */
  readonly scheduler?: SchedulerLike;
}

/**
 * Stops hammering an endpoint that keeps failing: after `failureThreshold` consecutive failures the circuit opens
 * and refuses every attempt for `cooldown` ms; then exactly one trial goes through, whose success closes the
 * circuit and whose failure opens it for another cool-down.
 *
 * The breaker only keeps the books; the `circuitBreaker` operator asks it before each subscription and reports the
 * outcome. Connection attempts count against Binance's 300 per 5 minutes per IP, which is why a dead endpoint must
 * not be retried at full backoff speed forever.
 *
 * @example
 * ```ts
 * const breaker = new CircuitBreaker({ failureThreshold: 3, cooldown: 60_000 });
 * breaker.state$.subscribe((s) => logger.info({ circuit: s }));
 * connect().pipe(circuitBreaker(breaker), retryBackoff());
 * ```
 */
export class CircuitBreaker {
  /** The current state on subscribe, then every change (never the same state twice in a row); completes on `dispose`. */
  readonly state$: Observable<CircuitState>;

  // The state lives in its own field so the breaker keeps working after `dispose` has completed the subject.
  private current: CircuitState = 'closed';
  private readonly subject = new BehaviorSubject<CircuitState>('closed');
  private readonly failureThreshold: number;
  private readonly cooldown: number;
  private readonly scheduler: SchedulerLike;
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;

  /**
   * @throws TypeError when `failureThreshold` is not a positive integer or `cooldown` is negative or not finite.
   */
  constructor(config: CircuitBreakerConfig = {}) {
    const { failureThreshold = 5, cooldown = 30_000, scheduler = asyncScheduler } = config;
    if (!(Number.isInteger(failureThreshold) && failureThreshold > 0)) {
      throw new TypeError(`failureThreshold must be a positive integer, got ${failureThreshold}`);
    }
    if (!(cooldown >= 0 && Number.isFinite(cooldown))) {
      throw new TypeError(`cooldown must be a non-negative number, got ${cooldown}`);
    }
    this.failureThreshold = failureThreshold;
    this.cooldown = cooldown;
    this.scheduler = scheduler;
    this.state$ = this.subject.asObservable();
  }

  /** The current state. An open circuit stays `open` after its cool-down until `allow()` is called. */
  get state(): CircuitState {
    return this.current;
  }

  /**
   * Asks whether an attempt may start now. A closed circuit always says yes; an open one says no until its cool-down
   * has passed, then turns half-open and admits this caller as its single trial; a half-open one says no while the
   * trial is running.
   */
  allow(): boolean {
    switch (this.current) {
      case 'closed':
        return true;
      case 'open':
        if (this.scheduler.now() < this.openedAt + this.cooldown) return false;
        this.trialInFlight = true;
        this.move('half-open');
        return true;
      case 'half-open':
        if (this.trialInFlight) return false;
        this.trialInFlight = true;
        return true;
    }
  }

  /**
   * Reports a success: the failure count starts over and the circuit closes, whatever its state (a success proves
   * the endpoint works, even from an attempt admitted before the circuit opened).
   */
  recordSuccess(): void {
    this.failures = 0;
    this.trialInFlight = false;
    this.move('closed');
  }

  /**
   * Reports a failure. Closed: counts it, and opens the circuit at `failureThreshold` consecutive failures.
   * Half-open: the trial failed, so the circuit opens again with a fresh cool-down. Open: ignored (a late failure of
   * an attempt admitted before the circuit opened tells nothing new, and must not extend the cool-down).
   */
  recordFailure(): void {
    switch (this.current) {
      case 'closed':
        this.failures += 1;
        if (this.failures >= this.failureThreshold) this.open();
        return;
      case 'half-open':
        this.open();
        return;
      case 'open':
        return;
    }
  }

  /** A half-open trial ended without a verdict (it was cancelled): the next `allow()` may start another trial. */
  release(): void {
    if (this.current === 'half-open') this.trialInFlight = false;
  }

  /** When an open circuit admits its trial (epoch ms); `undefined` unless the circuit is open. */
  retryAt(): number | undefined {
    return this.current === 'open' ? this.openedAt + this.cooldown : undefined;
  }

  /** Completes `state$`. The breaker still answers calls afterwards, but reports no more changes. */
  dispose(): void {
    this.subject.complete();
  }

  private open(): void {
    this.openedAt = this.scheduler.now();
    this.failures = 0;
    this.trialInFlight = false;
    this.move('open');
  }

  private move(state: CircuitState): void {
    if (this.current === state) return;
    this.current = state;
    this.subject.next(state);
  }
}
