import { distinctUntilChanged, EMPTY, map, merge, type Observable, type SchedulerLike, share, timer } from 'rxjs';
import type { MuxSnapshot } from '../market/StreamMux.js';
import type { LimitsSnapshot } from '../rest/RequestLimits.js';
import { ActivityTracker } from './ActivityTracker.js';
import {
  appVerdict,
  connectionsVerdict,
  orderBooksVerdict,
  type OrderBookHealthInput,
  streamsVerdict,
  tradingVerdict,
  type UserDataHealthInput,
  userDataVerdict,
  type Verdict,
  type WsApiHealthInput,
} from './componentChecks.js';
import {
  type ComponentHealth,
  HEALTH_COMPONENTS,
  type HealthComponent,
  type HealthReport,
  worstStatus,
} from './HealthReport.js';

/** Where the monitor reads the state it judges. It owns none of it. */
export interface HealthSources {
  readonly mux: () => MuxSnapshot;
  readonly orderBooks: () => readonly OrderBookHealthInput[];
  readonly sessions: () => number;
  readonly limits: () => LimitsSnapshot;
  readonly userData: () => readonly UserDataHealthInput[];
  readonly wsApi: () => WsApiHealthInput | undefined;
}

/**
 * Judges the client's health from the state of its parts: market sockets, streams, order books, trading limits, user
 * data and the process. It reads, never owns, that state. `report()` judges now; `health$` judges every
 * `intervalMs` while subscribed, and at once whenever `changes` says something happened (a socket lost, reopened),
 * so that an outage shorter than the interval is still seen; it emits whenever a component's status changes.
 */
export class HealthMonitor {
  /** Emits the report now, then whenever a status changes. */
  readonly health$: Observable<HealthReport>;
  private readonly tracker = new ActivityTracker();
  private readonly startedAt: number;

  constructor(
    private readonly sources: HealthSources,
    private readonly scheduler: SchedulerLike,
    private readonly staleAfterMs: number,
    intervalMs = 1000,
    changes: Observable<unknown> = EMPTY,
  ) {
    this.startedAt = scheduler.now();
    this.health$ = merge(timer(0, intervalMs, scheduler), changes).pipe(
      map(() => this.report()),
      distinctUntilChanged((a, b) => statusesOf(a) === statusesOf(b)),
      share({ resetOnRefCountZero: true }),
    );
  }

  /** The health of every component, judged now. */
  report(): HealthReport {
    const now = this.scheduler.now();
    const mux = this.sources.mux();
    const live = new Set([
      ...mux.connections.map((c) => `connection:${c.connection}`),
      ...mux.streams.map((s) => `stream:${s.name}`),
    ]);
    this.tracker.retain(live);
    const verdicts: Record<HealthComponent, Verdict> = {
      connections: connectionsVerdict(mux, this.tracker, now, this.staleAfterMs),
      streams: streamsVerdict(mux, this.tracker, now),
      orderBooks: orderBooksVerdict(this.sources.orderBooks()),
      trading: tradingVerdict(this.sources.sessions(), this.sources.limits(), now),
      userData: userDataVerdict(this.sources.userData(), this.sources.wsApi()),
      app: appVerdict(this.startedAt, now),
    };
    const components = Object.fromEntries(
      HEALTH_COMPONENTS.map((name) => [
        name,
        { component: name, checkedAt: now, ...verdicts[name] } satisfies ComponentHealth,
      ]),
    ) as Record<HealthComponent, ComponentHealth>;
    return {
      status: worstStatus(HEALTH_COMPONENTS.map((name) => components[name].status)),
      checkedAt: now,
      components,
    };
  }
}

function statusesOf(report: HealthReport): string {
  return HEALTH_COMPONENTS.map((name) => report.components[name].status).join(',');
}
