/** How a component is doing. `unknown`: nothing to judge yet (no connection, no session). */
export type HealthStatus = 'healthy' | 'degraded' | 'unhealthy' | 'unknown';

/** The names of the components `binance.health(component)` accepts. */
export const HEALTH_COMPONENTS = ['connections', 'streams', 'orderBooks', 'trading', 'userData', 'app'] as const;

/** One of {@link HEALTH_COMPONENTS}. */
export type HealthComponent = (typeof HEALTH_COMPONENTS)[number];

/** The health of one component, with the facts it was judged on. */
export interface ComponentHealth {
  readonly component: HealthComponent;
  readonly status: HealthStatus;
  /** When it was judged (epoch ms, the client's scheduler). */
  readonly checkedAt: number;
  /** Why, in a few words, when not healthy. */
  readonly reason?: string;
  /** The facts: per socket, per stream, per book, per session... */
  readonly details: Readonly<Record<string, unknown>>;
}

/** The whole client's health: the worst status of its components, and each of them. */
export interface HealthReport {
  readonly status: HealthStatus;
  readonly checkedAt: number;
  readonly components: Readonly<Record<HealthComponent, ComponentHealth>>;
}

const RANK: Readonly<Record<HealthStatus, number>> = { unknown: 0, healthy: 1, degraded: 2, unhealthy: 3 };

/** The worst of some statuses (`unknown` only when every one is unknown). */
export function worstStatus(statuses: readonly HealthStatus[]): HealthStatus {
  let worst: HealthStatus = 'unknown';
  for (const status of statuses) if (RANK[status] > RANK[worst]) worst = status;
  return worst;
}
