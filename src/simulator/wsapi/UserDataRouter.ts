import type { EventEmitter } from 'node:events';
import { RestError } from '../rest/RestError.js';
import type { ExchangeEvents, UserDataEvent } from '../exchange/userEvents.js';
import type { SubscriptionKind, UserDataSubscription } from './UserDataSubscription.js';
import { userEventInTimeUnit } from './userEventInTimeUnit.js';
import type { WsApiConnection } from './WsApiConnection.js';

/**
 * The user data subscriptions of every WebSocket API connection, indexed by account: each `user` event of the
 * exchange (whichever API caused it) is serialized once and sent to every subscription of its account as
 * `{"subscriptionId":N,"event":{…}}` (PROTOCOL §5.1); ending a subscription sends `eventStreamTerminated`.
 */
export class UserDataRouter {
  private readonly byAccount = new Map<string, Set<UserDataSubscription>>();
  private readonly listener = (accountId: string, event: UserDataEvent): void => {
    this.publish(accountId, event);
  };

  constructor(
    private readonly events: EventEmitter<ExchangeEvents>,
    private readonly now: () => number,
  ) {
    events.on('user', this.listener);
  }

  /** Subscribes a connection to an account; -2035 when it already has a subscription of that account. */
  subscribe(connection: WsApiConnection, accountId: string, apiKey: string, kind: SubscriptionKind): number {
    if (connection.subscriptionOf(accountId) !== undefined) {
      throw new RestError(-2035, 'User Data Stream subscription already active.');
    }
    const sub = connection.addSubscription(accountId, apiKey, kind);
    let set = this.byAccount.get(accountId);
    if (set === undefined) {
      set = new Set();
      this.byAccount.set(accountId, set);
    }
    set.add(sub);
    return sub.subscriptionId;
  }

  /** Ends a subscription with `eventStreamTerminated`. */
  end(sub: UserDataSubscription): void {
    this.forget(sub);
    const E = sub.connection.options.time(this.now());
    sub.connection.sendEvent(sub.subscriptionId, `{"e":"eventStreamTerminated","E":${E}}`);
  }

  /** Forgets every subscription of a closed connection, silently. */
  dropConnection(connection: WsApiConnection): void {
    for (const sub of connection.subscriptions()) this.forget(sub);
  }

  /** Stops listening to the exchange. */
  close(): void {
    this.events.off('user', this.listener);
    this.byAccount.clear();
  }

  private forget(sub: UserDataSubscription): void {
    sub.connection.removeSubscription(sub.subscriptionId);
    const set = this.byAccount.get(sub.accountId);
    set?.delete(sub);
    if (set?.size === 0) this.byAccount.delete(sub.accountId);
  }

  private publish(accountId: string, event: UserDataEvent): void {
    const subs = this.byAccount.get(accountId);
    if (subs === undefined) return;
    let millis: string | undefined;
    for (const sub of subs) {
      const { connection } = sub;
      if (connection.options.microseconds) {
        connection.sendEvent(sub.subscriptionId, JSON.stringify(userEventInTimeUnit(event, connection.options.time)));
      } else {
        millis ??= JSON.stringify(event);
        connection.sendEvent(sub.subscriptionId, millis);
      }
    }
  }
}
