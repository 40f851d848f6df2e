import type { SocketRecord } from '../socket/SocketRecord.js';
import type { SubscriptionKind } from './UserDataSubscription.js';

/** What the simulator knows about one WebSocket API connection, live or closed (`sim.wsApi.connections()`). */
export interface WsApiConnectionInfo extends SocketRecord {
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
