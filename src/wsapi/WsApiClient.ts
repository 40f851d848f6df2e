import type * as t from 'io-ts';
import { either } from 'fp-ts';
import {
  BehaviorSubject,
  catchError,
  concat,
  defer,
  distinctUntilChanged,
  filter,
  finalize,
  from,
  last,
  map,
  Observable,
  of,
  type SchedulerLike,
  type Subscription,
  switchMap,
  take,
  throwError,
  timer,
} from 'rxjs';
import type { ResolvedMarketConfig } from '../config/MarketConfig.js';
import { bannedLocally, clientClosed, connectionGaveUp, connectionLost } from '../errors/clientErrors.js';
import { fromDecodeError, fromTransportError, fromWsApiError } from '../errors/classifyError.js';
import { DecodeError } from '../errors/DecodeError.js';
import { type ErrorContext, ExchangeError } from '../errors/ExchangeError.js';
import { formatValidationErrors } from '../errors/formatValidationErrors.js';
import type { Logger } from '../logging/Logger.js';
import { circuitBreaker } from '../operators/circuitBreaker.js';
import { rateLimit } from '../operators/rateLimit.js';
import { retryBackoff } from '../operators/retryBackoff.js';
import { CircuitBreaker } from '../resilience/CircuitBreaker.js';
import type { RateLimiter } from '../resilience/RateLimiter.js';
import type { AccountOrderLimits, RequestLimits } from '../rest/RequestLimits.js';
import type { SignedCaller } from '../rest/RestClient.js';
import type { ServerTime } from '../rest/ServerTime.js';
import { wsApiSignaturePayload } from '../signing/wsApiSignaturePayload.js';
import type { WebSocketFactory } from '../transport/WebSocketLike.js';
import { type WsApiResponse, WsApiSocket } from './WsApiSocket.js';

/** One request to the WebSocket API. */
export interface WsApiCall<A> {
  readonly method: string;
  readonly params?: Readonly<Record<string, string | number | boolean>>;
  /** Decodes `result`. */
  readonly codec: t.Decoder<unknown, A>;
  /** Adds `apiKey`, `timestamp`, `recvWindow` and `signature` (sorted, unencoded: PROTOCOL §3.4). */
  readonly signedBy?: SignedCaller;
  /** Adds `apiKey` only (requests of a connection authenticated with `session.logon` need no signature). */
  readonly apiKeyOnly?: boolean;
  /** Request weight to book on the client's shared bucket before sending. Default 1. */
  readonly weight?: number;
  /** The account's ORDERS buckets, for `order.place`. */
  readonly orders?: AccountOrderLimits;
  readonly idempotent: boolean;
  readonly operation: string;
  readonly context?: ErrorContext;
}

/** Runs after every (re)connection, before other requests go out: authentication, re-subscriptions. */
export type ReconnectHook = (socket: WsApiSocket) => Observable<unknown>;

/** What a {@link WsApiClient} is built from. */
export interface WsApiClientOptions {
  readonly url: string;
  readonly factory: WebSocketFactory;
  readonly scheduler: SchedulerLike;
  /** The market config's reconnection, circuit breaker, watchdog and timeout settings apply here too. */
  readonly config: ResolvedMarketConfig;
  readonly connectionAttempts: RateLimiter;
  readonly limits: RequestLimits;
  readonly serverTime: ServerTime;
  readonly logger: Logger;
  readonly reportError: (error: ExchangeError) => void;
}

/** The connection's state, for health reports. */
export interface WsApiState {
  readonly connected: boolean;
  readonly reconnects: number;
  readonly circuit: string;
  readonly lastError: string | undefined;
}

/**
 * The client's one connection to the WebSocket API (PROTOCOL §4): requests carry ids and are matched to their
 * responses with a timeout; `rateLimits` in responses feed the same buckets as REST; user data events are routed by
 * subscription id. The connection opens when first needed, follows the market sockets' policy (attempt limiter,
 * circuit breaker, backoff with jitter, watchdog), and after every reconnection runs the registered hooks —
 * re-authentication and re-subscription — before any other request goes out.
 */
export class WsApiClient {
  private readonly ready = new BehaviorSubject<WsApiSocket | undefined>(undefined);
  /** Whether a connection is ready: now, then at every change (health judges user data on it). */
  readonly connected$: Observable<boolean> = this.ready.pipe(
    map((socket) => socket !== undefined),
    distinctUntilChanged(),
  );
  private readonly hooks = new Set<ReconnectHook>();
  private readonly handlers = new Map<number, (event: unknown, frame: string) => void>();
  private readonly unsolicited = new Set<(message: unknown) => void>();
  private readonly breaker: CircuitBreaker;
  private flow: Subscription | undefined;
  private socket: WsApiSocket | undefined;
  private retained = 0;
  private idleTimer: Subscription | undefined;
  private reconnects = 0;
  private lastError: string | undefined;
  private closed = false;

  constructor(private readonly options: WsApiClientOptions) {
    this.breaker = new CircuitBreaker({ ...options.config.circuitBreaker, scheduler: options.scheduler });
  }

  /** Keeps the connection open (and opens it) until the returned function is called. */
  retain(): () => void {
    this.retained++;
    this.idleTimer?.unsubscribe();
    this.idleTimer = undefined;
    this.connect();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.retained === 0 && !this.closed) {
        this.idleTimer = this.options.scheduler.schedule(() => {
          if (this.retained === 0) this.disconnect();
        }, this.options.config.idleCloseMs);
      }
    };
  }

  /** Registers a hook run after every (re)connection; returns its removal. */
  onReconnect(hook: ReconnectHook): () => void {
    this.hooks.add(hook);
    return () => this.hooks.delete(hook);
  }

  /** Routes the events of one user data subscription to `handler`; returns the removal. */
  onEvent(subscriptionId: number, handler: (event: unknown, frame: string) => void): () => void {
    this.handlers.set(subscriptionId, handler);
    return () => {
      if (this.handlers.get(subscriptionId) === handler) this.handlers.delete(subscriptionId);
    };
  }

  /** Listens to messages no request waits for (e.g. an error without id when a key is revoked). */
  onUnsolicited(listener: (message: unknown) => void): () => void {
    this.unsolicited.add(listener);
    return () => this.unsolicited.delete(listener);
  }

  /** A request, sent once the connection is ready (after its reconnect hooks); cold. */
  request<A>(call: WsApiCall<A>): Observable<A> {
    return defer(() => {
      if (this.closed) throw clientClosed(`${call.operation} over the WebSocket API`, call.context);
      const release = this.retain();
      return this.ready.pipe(
        filter((socket): socket is WsApiSocket => socket !== undefined),
        take(1),
        switchMap((socket) => this.requestOn(socket, call)),
        finalize(release),
      );
    });
  }

  /** The ready connection: now if there is one, else once the next (re)connection has run its hooks. */
  whenReady(): Observable<WsApiSocket> {
    return this.ready.pipe(
      filter((socket): socket is WsApiSocket => socket !== undefined),
      take(1),
    );
  }

  /**
   * A request on a given socket, bypassing the readiness gate: for reconnect hooks only.
   *
   * A signed request refused with -1021 (timestamp outside the receive window) resyncs the clock and is sent once
   * more, as over REST: Binance refused it without processing it, so even an order may be sent again.
   */
  requestOn<A>(socket: WsApiSocket, call: WsApiCall<A>): Observable<A> {
    const attempt = this.attemptOn(socket, call);
    if (call.signedBy === undefined) return attempt;
    return attempt.pipe(
      catchError((error: unknown) => {
        if (!(error instanceof ExchangeError && error.category === 'clock')) return throwError(() => error);
        this.options.logger.warn(
          { operation: call.operation },
          'timestamp refused (-1021): resyncing the clock and retrying once',
        );
        return this.options.serverTime.resync().pipe(switchMap(() => this.attemptOn(socket, call)));
      }),
    );
  }

  private attemptOn<A>(socket: WsApiSocket, call: WsApiCall<A>): Observable<A> {
    const { limits, scheduler, serverTime } = this.options;
    return defer(() => {
      const banned = limits.bannedUntil();
      if (banned !== undefined) throw bannedLocally(banned, call.operation, call.context);
      const wait = limits.reserve(call.weight ?? 1, call.orders);
      const params =
        call.signedBy === undefined
          ? of(call.params)
          : serverTime.ensureSynced().pipe(switchMap(() => this.sign(call, call.signedBy as SignedCaller)));
      return (wait > 0 ? timer(wait, scheduler) : of(0)).pipe(
        switchMap(() => params),
        switchMap((signed) => this.exchange(socket, call, signed)),
      );
    });
  }

  /** The connection's state, for health reports. */
  state(): WsApiState {
    return {
      connected: this.ready.value !== undefined,
      reconnects: this.reconnects,
      circuit: this.breaker.state,
      lastError: this.lastError,
    };
  }

  /** Closes the connection and every timer; later requests error. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.disconnect();
    this.idleTimer?.unsubscribe();
    this.breaker.dispose();
    this.ready.complete();
  }

  /** The call's parameters with the key, receive window, a fresh timestamp and their signature. */
  private sign(call: WsApiCall<unknown>, caller: SignedCaller): Observable<Readonly<Record<string, unknown>>> {
    const params: Record<string, string | number | boolean> = {
      ...call.params,
      apiKey: caller.apiKey.reveal(),
      recvWindow: caller.recvWindow,
      timestamp: this.options.serverTime.clock.now(),
    };
    const payload = wsApiSignaturePayload(params);
    const { signer } = caller;
    // A synchronous signer (node:crypto) signs on the spot: no promise in between, as for REST.
    if (signer.signNow !== undefined) return of({ ...params, signature: signer.signNow(payload) });
    return from(signer.sign(payload)).pipe(map((signature) => ({ ...params, signature })));
  }

  private exchange<A>(
    socket: WsApiSocket,
    call: WsApiCall<A>,
    params: Readonly<Record<string, unknown>> | undefined,
  ): Observable<A> {
    return new Observable<A>((subscriber) => {
      // The socket may have closed while the request waited for its turn or its signature: then nothing is written,
      // and the error must say so. Any other failure may come after the request left (a timeout, a lost connection),
      // so a non-idempotent request (an order) ends `unknown-outcome` and is reconciled, never sent again.
      const sent = socket.isOpen;
      const forget = socket.send(
        call.method,
        params,
        (response) => {
          try {
            subscriber.next(this.read(response, call));
            subscriber.complete();
          } catch (error) {
            subscriber.error(error);
          }
        },
        (reason) => {
          subscriber.error(
            fromTransportError(
              Object.assign(new Error(reason), { code: reason.startsWith('no response') ? 'ETIMEDOUT' : 'ECONNRESET' }),
              {
                operation: { name: call.operation, method: call.method },
                context: call.context,
                idempotent: call.idempotent,
                sent: sent ? undefined : false,
              },
            ),
          );
        },
      );
      return forget;
    });
  }

  private read<A>(response: WsApiResponse, call: WsApiCall<A>): A {
    const { limits } = this.options;
    if (Array.isArray(response.rateLimits)) limits.syncRateLimits(response.rateLimits, call.orders);
    if (response.status >= 200 && response.status < 300) {
      const decoded = call.codec.decode(response.result);
      if (either.isRight(decoded)) return decoded.right;
      throw fromDecodeError(new DecodeError(call.codec.name, formatValidationErrors(decoded.left), response.result), {
        ...call.context,
        operation: call.operation,
        endpoint: call.method,
      });
    }
    const error = fromWsApiError({
      status: response.status,
      error: response.error ?? { code: -1000, msg: `status ${response.status} without error` },
      operation: { name: call.operation, method: call.method },
      context: call.context,
      idempotent: call.idempotent,
    });
    limits.onLimited(error, call.orders);
    throw error;
  }

  private connect(): void {
    if (this.flow !== undefined || this.closed) return;
    const { config, scheduler, connectionAttempts, logger } = this.options;
    this.flow = defer(() => this.open())
      .pipe(
        rateLimit(connectionAttempts),
        circuitBreaker(this.breaker),
        retryBackoff({
          ...config.reconnect,
          scheduler,
          onRetry: ({ error, delay }) => {
            this.reconnects++;
            this.lastError = error instanceof Error ? error.message : String(error);
            logger.warn({ reason: this.lastError, delayMs: delay }, 'WebSocket API reconnecting');
          },
        }),
        // Every (re)connection: the hooks run first (authentication, re-subscriptions), then the gate opens.
        switchMap((socket) =>
          concat(...[...this.hooks].map((hook) => this.runHook(hook, socket))).pipe(
            last(undefined, undefined),
            map(() => socket),
          ),
        ),
      )
      .subscribe({
        next: (socket) => {
          logger.info({}, 'WebSocket API connected');
          this.ready.next(socket);
        },
        error: (error: unknown) => {
          this.options.reportError(connectionGaveUp(error));
          this.flow = undefined;
        },
      });
  }

  /** A hook's failure is its own business (it reports it); the connection goes on. */
  private runHook(hook: ReconnectHook, socket: WsApiSocket): Observable<unknown> {
    return hook(socket).pipe(
      last(undefined, undefined),
      catchError((error: unknown) => {
        this.options.logger.warn(
          { reason: error instanceof Error ? error.message : String(error) },
          'WebSocket API reconnect step failed',
        );
        return of(undefined);
      }),
    );
  }

  private open(): Observable<WsApiSocket> {
    return new Observable<WsApiSocket>((subscriber) => {
      // Opening a WebSocket API connection costs 2 request weight (PROTOCOL §4).
      this.options.limits.reserve(2);
      const socket = new WsApiSocket(
        this.options.url,
        this.options.factory,
        this.options.scheduler,
        { requestTimeoutMs: this.options.config.requestTimeoutMs, staleAfterMs: this.options.config.staleAfterMs },
        {
          onOpen: (opened) => subscriber.next(opened),
          onClose: (_closed, reason) => {
            if (this.socket === socket) {
              this.socket = undefined;
              this.ready.next(undefined);
            }
            subscriber.error(connectionLost(reason));
          },
          onEvent: (subscriptionId, event, frame) => this.handlers.get(subscriptionId)?.(event, frame),
          onUnsolicited: (message) => {
            for (const listener of this.unsolicited) listener(message);
          },
        },
      );
      this.socket = socket;
      return () => socket.close();
    });
  }

  private disconnect(): void {
    this.flow?.unsubscribe();
    this.flow = undefined;
    this.socket = undefined;
    if (!this.ready.closed) this.ready.next(undefined);
  }
}
