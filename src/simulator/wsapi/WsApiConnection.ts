import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { ApiKeyRecord } from '../exchange/AccountRegistry.js';
import { RestError } from '../rest/RestError.js';
import type { WsApiUrlOptions } from './parseWsApiUrl.js';
import { type LifecycleLimits, SocketLifecycle } from '../socket/SocketLifecycle.js';
import type { SubscriptionKind, UserDataSubscription } from './UserDataSubscription.js';
import type { WsApiConnectionInfo } from './WsApiConnectionInfo.js';

/** Everything a {@link WsApiConnection} needs from the server that accepted it. */
export interface WsApiConnectionInit {
  readonly id: number;
  readonly path: string;
  /** The client's address: request weight is counted per IP. */
  readonly ip: string;
  readonly ws: WebSocket;
  readonly socket: Duplex;
  readonly limits: LifecycleLimits;
  readonly options: WsApiUrlOptions;
  readonly now: () => number;
  /** Each request text received. */
  readonly onText: (connection: WsApiConnection, text: string) => void;
  /** Called once when the connection has closed. */
  readonly onClose: (connection: WsApiConnection) => void;
}

/** Binance: "A single session can handle a maximum of 65,535 total subscriptions over its lifetime." */
const MAX_SUBSCRIPTION_IDS = 65_535;

/**
 * One WebSocket API connection: its authentication (`session.logon`), its user data subscriptions, the connection
 * options of its URL, and Binance's timing rules through a {@link SocketLifecycle}. There is no incoming message rate
 * limit: Binance states none for the WebSocket API, whose requests are limited by weight.
 */
export class WsApiConnection {
  readonly id: number;
  readonly path: string;
  readonly ip: string;
  readonly options: WsApiUrlOptions;
  private readonly lifecycle: SocketLifecycle;
  private readonly subs = new Map<number, UserDataSubscription>();
  private session: { readonly key: ApiKeyRecord; readonly since: number } | undefined;
  private nextSubscriptionId = 0;
  private requestCount = 0;

  constructor(private readonly init: WsApiConnectionInit) {
    this.id = init.id;
    this.path = init.path;
    this.ip = init.ip;
    this.options = init.options;
    this.lifecycle = new SocketLifecycle({
      ws: init.ws,
      socket: init.socket,
      limits: init.limits,
      now: init.now,
      onMessage: (text) => {
        this.requestCount++;
        init.onText(this, text);
      },
      onFinish: () => {
        this.session = undefined;
        init.onClose(this);
      },
    });
  }

  /** True until the WebSocket has closed. */
  get isOpen(): boolean {
    return this.lifecycle.isOpen;
  }

  /** When the connection opened, on the simulator's clock. */
  get openedAt(): number {
    return this.lifecycle.record().openedAt;
  }

  /** The key `session.logon` authenticated the connection with. */
  get sessionKey(): ApiKeyRecord | undefined {
    return this.session?.key;
  }

  /** When that logon happened. */
  get authorizedSince(): number | undefined {
    return this.session?.since;
  }

  /** Authenticates the connection (a later logon replaces the key). */
  logOn(key: ApiKeyRecord, now: number): void {
    this.session = { key, since: now };
  }

  /** Forgets the authenticated key. */
  logOut(): void {
    this.session = undefined;
  }

  /** The active subscriptions, oldest first. */
  subscriptions(): UserDataSubscription[] {
    return [...this.subs.values()];
  }

  /** The active subscription of an account, if any. */
  subscriptionOf(accountId: string): UserDataSubscription | undefined {
    return this.subscriptions().find((sub) => sub.accountId === accountId);
  }

  /** An active subscription by id. */
  subscription(subscriptionId: number): UserDataSubscription | undefined {
    return this.subs.get(subscriptionId);
  }

  /** Opens a subscription with the next id; -2042 once the connection has used every id. */
  addSubscription(accountId: string, apiKey: string, kind: SubscriptionKind): UserDataSubscription {
    if (this.nextSubscriptionId >= MAX_SUBSCRIPTION_IDS) {
      throw new RestError(-2042, 'Maximum subscription ID reached for this connection.');
    }
    const sub: UserDataSubscription = {
      subscriptionId: this.nextSubscriptionId++,
      accountId,
      apiKey,
      kind,
      connection: this,
    };
    this.subs.set(sub.subscriptionId, sub);
    return sub;
  }

  /** Ends a subscription (the caller sends `eventStreamTerminated`). */
  removeSubscription(subscriptionId: number): void {
    this.subs.delete(subscriptionId);
  }

  /** Sends one text frame, unless the connection is stalled, closing or closed. */
  send(text: string): void {
    this.lifecycle.send(text);
  }

  /** Sends a user data event of a subscription: `{"subscriptionId":N,"event":<eventJson>}`. */
  sendEvent(subscriptionId: number, eventJson: string): void {
    this.lifecycle.send(`{"subscriptionId":${subscriptionId},"event":${eventJson}}`);
  }

  /** A snapshot of the connection's record. */
  info(): WsApiConnectionInfo {
    const { session } = this;
    return {
      id: this.id,
      path: this.path,
      ...this.lifecycle.record(),
      ...(session === undefined ? {} : { authenticatedAccount: session.key.accountId, authorizedSince: session.since }),
      subscriptions: this.subscriptions().map(({ subscriptionId, accountId, kind }) => ({
        subscriptionId,
        accountId,
        kind,
      })),
      requests: this.requestCount,
    };
  }

  /** Closes with a close frame (after a stall ends, if stalled). */
  close(code: number, reason: string): void {
    this.lifecycle.close(code, reason);
  }

  /** Drops the TCP connection without a close frame. */
  destroy(): void {
    this.lifecycle.destroy();
  }

  /** Sends nothing and hears nothing until {@link resume}. */
  stall(): void {
    this.lifecycle.stall();
  }

  resume(): void {
    this.lifecycle.resume();
  }

  /** Drops the connection and releases its timers at once; for the server's shutdown. */
  terminate(): void {
    this.lifecycle.terminate();
  }

  /** Forgets the subscriptions of a closed connection (no event can reach it). */
  clearSubscriptions(): void {
    this.subs.clear();
  }
}
