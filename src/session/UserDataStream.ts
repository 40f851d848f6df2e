import { either } from 'fp-ts';
import * as t from 'io-ts';
import { concat, defer, EMPTY, ignoreElements, map, Observable, share, Subject, switchMap, tap } from 'rxjs';
import { RawUserDataEvent } from '../codecs/RawUserDataEvent.js';
import { fromDecodeError, fromWsApiError } from '../errors/classifyError.js';
import { DecodeError } from '../errors/DecodeError.js';
import { userDataEnded } from '../errors/clientErrors.js';
import { ExchangeError } from '../errors/ExchangeError.js';
import { formatValidationErrors } from '../errors/formatValidationErrors.js';
import { parseJsonLossless } from '../internal/parseJsonLossless.js';
import type { Logger } from '../logging/Logger.js';
import { toUserDataEvent, type UserDataEvent } from '../models/UserDataEvent.js';
import type { SignedCaller } from '../rest/RestClient.js';
import type { KeyType } from '../signing/Signer.js';
import type { WsApiClient } from '../wsapi/WsApiClient.js';
import type { WsApiSocket } from '../wsapi/WsApiSocket.js';

/** Where a user data subscription stands (for health): `live` once the server confirmed it. */
export type UserDataState = 'idle' | 'subscribing' | 'live' | 'failed';

const SubscriptionResult = t.type({ subscriptionId: t.number }, 'SubscriptionResult');
const Anything = t.unknown;

/** What a {@link UserDataStream} needs from its session and client. */
export interface UserDataStreamOptions {
  readonly userId: string;
  readonly keyType: KeyType;
  readonly caller: SignedCaller;
  readonly client: WsApiClient;
  readonly logger: Logger;
  readonly reportError: (error: ExchangeError) => void;
}

/**
 * One session's user data (PROTOCOL §5.1): orders, fills and balances as they change, over the client's WebSocket
 * API connection. Shared and refcounted: the first subscriber subscribes — with `session.logon` +
 * `userDataStream.subscribe` for an Ed25519 key when the connection is not yet authenticated as another user, with
 * `userDataStream.subscribe.signature` otherwise (any key type; several accounts per connection); the last one leaving
 * unsubscribes. After every reconnection the subscription is made again before any other request goes out.
 *
 * A subscription the server ends (`eventStreamTerminated`) or a revoked key ends the stream with an error — never
 * silence. Events that fail validation are reported on the client's `errors$` and skipped.
 */
export class UserDataStream {
  /** Every event of the account, decoded. */
  readonly events$: Observable<UserDataEvent>;
  private current: 'idle' | 'subscribing' | 'live' | 'failed' = 'idle';
  private failure: string | undefined;
  private subscription: { readonly socket: WsApiSocket; readonly id: number; readonly off: () => void } | undefined;
  private subject: Subject<UserDataEvent> | undefined;
  private unsubscribing = false;

  constructor(private readonly options: UserDataStreamOptions) {
    this.events$ = defer(() => this.start()).pipe(
      share({ resetOnError: true, resetOnComplete: true, resetOnRefCountZero: true }),
    );
  }

  /** The subscription's state and last failure, for health reports. */
  state(): { readonly userId: string; readonly state: UserDataState; readonly error?: string } {
    const base = { userId: this.options.userId, state: this.current };
    return this.failure === undefined ? base : { ...base, error: this.failure };
  }

  private start(): Observable<UserDataEvent> {
    const { client } = this.options;
    const subject = new Subject<UserDataEvent>();
    this.subject = subject;
    this.unsubscribing = false;
    this.failure = undefined;
    const release = client.retain();
    const offHook = client.onReconnect((socket) => this.subscribeOn(socket));
    const offUnsolicited = client.onUnsolicited((message) => this.onUnsolicited(message));
    // Not cancelled by the teardown below: a subscription request in flight must still be answered, so that its id can
    // be unsubscribed (see subscribeOn). It ends with the next ready connection, or with the client.
    client
      .whenReady()
      .pipe(switchMap((socket) => this.subscribeOn(socket)))
      .subscribe({ error: () => undefined });
    return new Observable<UserDataEvent>((subscriber) => {
      const inner = subject.subscribe(subscriber);
      return () => {
        inner.unsubscribe();
        offHook();
        offUnsolicited();
        this.stop();
        release();
      };
    });
  }

  /** Subscribes on `socket`, unless already subscribed there (a reconnect hook and the first subscriber may race). */
  private subscribeOn(socket: WsApiSocket): Observable<unknown> {
    if (this.subscription?.socket === socket || this.subject === undefined) return EMPTY;
    const subject = this.subject;
    const { client, caller, keyType, userId, logger } = this.options;
    this.subscription?.off();
    this.subscription = undefined;
    this.current = 'subscribing';
    const logon = keyType === 'ED25519' && (socket.authenticatedAs === undefined || socket.authenticatedAs === userId);
    const operation = 'userData.subscribe';
    const logon$ =
      socket.authenticatedAs === userId
        ? EMPTY
        : client
            .requestOn(socket, {
              method: 'session.logon',
              codec: Anything,
              signedBy: caller,
              idempotent: true,
              operation,
              context: { userId },
            })
            .pipe(
              tap(() => (socket.authenticatedAs = userId)),
              ignoreElements(),
            );
    const subscribe = logon
      ? concat(
          logon$,
          defer(() =>
            client.requestOn(socket, {
              method: 'userDataStream.subscribe',
              codec: SubscriptionResult,
              idempotent: true,
              operation,
              context: { userId },
            }),
          ),
        )
      : client.requestOn(socket, {
          method: 'userDataStream.subscribe.signature',
          codec: SubscriptionResult,
          signedBy: caller,
          idempotent: true,
          operation,
          context: { userId },
        });
    return subscribe.pipe(
      map(({ subscriptionId }) => {
        if (this.subject !== subject) {
          // The stream stopped (or restarted) while this subscription was being made: undo it on the server.
          this.unsubscribeOn(socket, subscriptionId);
          return subscriptionId;
        }
        const off = client.onEvent(subscriptionId, (event, frame) => this.onEvent(event, frame));
        this.subscription = { socket, id: subscriptionId, off };
        this.current = 'live';
        logger.info({ userId, subscriptionId, logon }, 'user data subscribed');
        return subscriptionId;
      }),
      tap({ error: (error: unknown) => this.fail(error instanceof ExchangeError ? error : undefined, error) }),
    );
  }

  private onEvent(event: unknown, frame: string): void {
    const subject = this.subject;
    if (subject === undefined) return;
    let decoded = RawUserDataEvent.decode(event);
    if (either.isLeft(decoded)) {
      // Integers beyond 2^53 are inexact after JSON.parse: parse this frame again, losslessly.
      try {
        decoded = RawUserDataEvent.decode((parseJsonLossless(frame) as { event?: unknown }).event);
      } catch {
        // reported below with the first reasons
      }
    }
    if (either.isLeft(decoded)) {
      this.options.reportError(
        fromDecodeError(new DecodeError(RawUserDataEvent.name, formatValidationErrors(decoded.left), event), {
          userId: this.options.userId,
          stream: 'userData',
        }),
      );
      return;
    }
    const model = toUserDataEvent(decoded.right);
    if (model.type === 'eventStreamTerminated' && !this.unsubscribing) {
      subject.next(model);
      this.fail(undefined, new Error('the server ended the user data subscription (eventStreamTerminated)'));
      return;
    }
    subject.next(model);
  }

  /** An error without request id: Binance's way of saying a logged-on key was revoked. */
  private onUnsolicited(message: unknown): void {
    if (typeof message !== 'object' || message === null) return;
    const { status, error } = message as { status?: unknown; error?: { code?: unknown; msg?: unknown } };
    if (typeof status !== 'number' || error === undefined || typeof error.code !== 'number') return;
    const socket = this.subscription?.socket;
    if (socket?.authenticatedAs !== this.options.userId) return;
    this.fail(
      fromWsApiError({
        status,
        error: { code: error.code, msg: typeof error.msg === 'string' ? error.msg : '' },
        operation: { name: 'userData' },
        context: { userId: this.options.userId },
        idempotent: true,
      }),
      undefined,
    );
  }

  private fail(classified: ExchangeError | undefined, cause: unknown): void {
    const error =
      classified ?? userDataEnded(this.options.userId, cause instanceof Error ? cause.message : String(cause));
    this.current = 'failed';
    this.failure = error.details;
    this.options.reportError(error);
    const subject = this.subject;
    this.subject = undefined;
    this.subscription?.off();
    this.subscription = undefined;
    subject?.error(error);
  }

  private stop(): void {
    const subscription = this.subscription;
    this.subscription = undefined;
    this.subject = undefined;
    if (this.current !== 'failed') this.current = 'idle';
    if (subscription === undefined) return;
    subscription.off();
    this.unsubscribing = true;
    this.unsubscribeOn(subscription.socket, subscription.id);
  }

  /** Best effort: the server also forgets a subscription with its connection. */
  private unsubscribeOn(socket: WsApiSocket, subscriptionId: number): void {
    if (!socket.isOpen) return;
    this.options.client
      .requestOn(socket, {
        method: 'userDataStream.unsubscribe',
        params: { subscriptionId },
        codec: Anything,
        idempotent: true,
        operation: 'userData.unsubscribe',
        context: { userId: this.options.userId },
      })
      .subscribe({ error: () => undefined });
  }
}
