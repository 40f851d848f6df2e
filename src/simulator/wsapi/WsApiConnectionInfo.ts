import type { SubscriptionKind } from './UserDataSubscription.js';

/** What the simulator knows about one WebSocket API connection, live or closed (`sim.wsApi.connections()`). */
export interface WsApiConnectionInfo {
  /** Sequential id, starting at 1, in the order connections were accepted. */
  readonly id: number;
  /** The request URL as the client sent it, e.g. `/ws-api/v3?returnRateLimits=false`. */
  readonly path: string;
  /** When the upgrade completed, on the simulator's clock. */
  readonly openedAt: number;
  /** When the connection closed; absent while it is open. */
  readonly closedAt?: number;
  /** The close code the simulator sent, else the client's, or 1006 when the TCP connection ended without one. */
  readonly closeCode?: number;
  readonly closeReason?: string;
  /** The account `session.logon` authenticated the connection as (absent when not logged on). */
  readonly authenticatedAccount?: string;
  /** When that logon happened. */
  readonly authorizedSince?: number;
  /** The active user data subscriptions (empty once closed), oldest first. */
  readonly subscriptions: readonly {
    readonly subscriptionId: number;
    readonly accountId: string;
    readonly kind: SubscriptionKind;
  }[];
  /** Every request received, valid or not. */
  readonly requests: number;
}
