import type { WsApiConnection } from './WsApiConnection.js';

/**
 * How a user data subscription began: `'session'` by `userDataStream.subscribe` on a connection authenticated with
 * `session.logon` (ended by `session.logout`), `'signature'` by `userDataStream.subscribe.signature` (it outlives a
 * logout).
 */
export type SubscriptionKind = 'session' | 'signature';

/** One user data subscription of one connection: its account's events arrive as `{"subscriptionId":N,"event":…}`. */
export interface UserDataSubscription {
  /** Per connection, from 0 (a real id). */
  readonly subscriptionId: number;
  readonly accountId: string;
  /** The API key that authorized it; revoking the key ends it. */
  readonly apiKey: string;
  readonly kind: SubscriptionKind;
  readonly connection: WsApiConnection;
}
