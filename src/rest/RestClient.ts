import { either } from 'fp-ts';
import type * as t from 'io-ts';
import {
  catchError,
  defer,
  from,
  last,
  map,
  type Observable,
  of,
  type SchedulerLike,
  switchMap,
  tap,
  throwError,
  timer,
} from 'rxjs';
import { bannedLocally } from '../errors/clientErrors.js';
import { fromDecodeError, fromHttpResponse, fromTransportError } from '../errors/classifyError.js';
import { DecodeError } from '../errors/DecodeError.js';
import { type ErrorContext, ExchangeError } from '../errors/ExchangeError.js';
import { formatValidationErrors } from '../errors/formatValidationErrors.js';
import type { HttpRequest, HttpResponse, HttpTransport } from '../http/HttpTransport.js';
import { parseJsonLossless } from '../internal/parseJsonLossless.js';
import { type Logger, logsAt } from '../logging/Logger.js';
import type { Secret } from '../session/Secret.js';
import { encodeRestParams, signRestRequest, signRestRequestNow } from '../signing/restSignaturePayload.js';
import type { Signer } from '../signing/Signer.js';
import type { AccountOrderLimits, RequestLimits } from './RequestLimits.js';
import type { RestEndpoint } from './RestEndpoint.js';
import { retryIdempotent } from './retryIdempotent.js';
import type { ServerTime } from './ServerTime.js';

/** Who signs a request: the session's key, signer and receive window. */
export interface SignedCaller {
  readonly apiKey: Secret;
  readonly signer: Signer;
  /** Binance's `recvWindow`, ms (default 5000, at most 60000). */
  readonly recvWindow: number;
}

/** One REST call. */
export interface RestCall<A> {
  readonly endpoint: RestEndpoint;
  /** Parameters in the order they are sent (and signed). */
  readonly params?: readonly (readonly [string, string])[];
  /** Decodes the 2xx body. */
  readonly codec: t.Decoder<unknown, A>;
  /** Required for TRADE and USER_DATA endpoints. */
  readonly caller?: SignedCaller;
  /** The account's ORDERS buckets, for endpoints that place orders. */
  readonly orders?: AccountOrderLimits;
  /** The library operation, for errors and logs (`placeOrder`, ...). */
  readonly operation: string;
  readonly context?: ErrorContext;
}

/** What a {@link RestClient} is built from. */
export interface RestClientOptions {
  readonly baseUrl: string;
  readonly transport: HttpTransport;
  readonly limits: RequestLimits;
  readonly serverTime: ServerTime;
  readonly scheduler: SchedulerLike;
  readonly logger: Logger;
  /** Per request; a placement that times out has an unknown outcome. Default 10000. */
  readonly timeoutMs: number;
  /**
   * Makes sure the limits follow the server's published ones (`exchangeInfo.rateLimits`) before the first request
   * that is not itself `exchangeInfo` or `time`; its failure leaves Binance's documented defaults in place.
   */
  readonly loadLimits?: () => Observable<unknown>;
}

/**
 * Sends REST requests the way Binance wants them, as cold Observables: held back by the client's limits (request
 * weight per IP, orders per account, nothing at all while banned), signed with a fresh server-synced timestamp,
 * answered by a decoded body or by a classified {@link ExchangeError}.
 *
 * - The response headers correct the limits; a 429 pauses them until `Retry-After`; a 418 bans the client.
 * - A -1021 (timestamp outside the receive window) resyncs the clock and sends the request once more: Binance
 *   refused it before doing anything.
 * - Only idempotent requests (reads, cancels) are retried automatically, and only for retryable errors.
 * - Unsubscribing aborts the HTTP request.
 * - Errors never carry the URL, the signature or the key: they are classified before they leave.
 */
export class RestClient {
  /** True once the server's limits were read: later requests need not wait for them. */
  private limitsLoaded = false;
  private nextRequestId = 1;

  constructor(private readonly options: RestClientOptions) {}

  /** The request, sent on subscription. */
  call<A>(call: RestCall<A>): Observable<A> {
    const request = this.attempt(call, false);
    return call.endpoint.idempotent ? request.pipe(retryIdempotent(this.options.scheduler)) : request;
  }

  /** One attempt; `clockRetried` once it is the second, after a -1021 and a clock resync. */
  private attempt<A>(call: RestCall<A>, clockRetried: boolean): Observable<A> {
    return defer(() => {
      const { loadLimits } = this.options;
      const bootstrap = call.endpoint.path === '/api/v3/exchangeInfo' || call.endpoint.path === '/api/v3/time';
      // Once read, the limits stay configured (the exchangeInfo cache refreshes them): no detour per request.
      if (loadLimits === undefined || bootstrap || this.limitsLoaded) return this.reserveAndSend(call, clockRetried);
      // Before the first real request, the server's limits (exchangeInfo). A failure leaves the documented defaults:
      // the request itself will say what is wrong.
      return loadLimits().pipe(
        tap(() => (this.limitsLoaded = true)),
        catchError(() => of(undefined)),
        last(undefined, undefined),
        switchMap(() => this.reserveAndSend(call, clockRetried)),
      );
    });
  }

  /** Books the request on the limits, waits if they say so, signs it and sends it. */
  private reserveAndSend<A>(call: RestCall<A>, clockRetried: boolean): Observable<A> {
    this.refuseIfBanned(call);
    const { weight } = call.endpoint;
    const cost = typeof weight === 'function' ? weight(new Map(call.params ?? [])) : weight;
    const wait = this.options.limits.reserve(cost, call.endpoint.placesOrder ? call.orders : undefined);
    const proceed = (): Observable<A> => {
      // A ban may have begun while this request waited for its turn.
      this.refuseIfBanned(call);
      if (call.caller === undefined) return this.send(this.unsigned(call), call, cost, clockRetried);
      // Signed on the spot when the clock is synced and the signer is synchronous: no promise, no extra operator.
      const now = this.signedNow(call, call.caller);
      return now !== undefined
        ? this.send(now, call, cost, clockRetried)
        : this.signed(call, call.caller).pipe(switchMap((request) => this.send(request, call, cost, clockRetried)));
    };
    // No timer when nothing to wait for: even a 0 ms timer costs a macrotask (about a millisecond) per request.
    return wait > 0 ? timer(wait, this.options.scheduler).pipe(switchMap(proceed)) : proceed();
  }

  private refuseIfBanned(call: RestCall<unknown>): void {
    const until = this.options.limits.bannedUntil();
    if (until !== undefined) throw bannedLocally(until, call.operation, call.context);
  }

  private unsigned(call: RestCall<unknown>): HttpRequest {
    const query = encodeRestParams(call.params ?? []);
    return this.request(call, query, {});
  }

  private signed(call: RestCall<unknown>, caller: SignedCaller): Observable<HttpRequest> {
    const sign = (): Observable<HttpRequest> => {
      const query = this.signedQuery(call, caller);
      return from(signRestRequest(caller.signer, query)).pipe(
        map((signature) => this.signedRequest(call, caller, query, signature)),
      );
    };
    const { serverTime } = this.options;
    return serverTime.synced ? sign() : serverTime.ensureSynced().pipe(switchMap(sign));
  }

  /** The signed request, when it can be built right away (clock synced, synchronous signer); else undefined. */
  private signedNow(call: RestCall<unknown>, caller: SignedCaller): HttpRequest | undefined {
    if (!this.options.serverTime.synced || caller.signer.signNow === undefined) return undefined;
    const query = this.signedQuery(call, caller);
    const signature = signRestRequestNow(caller.signer, query);
    return signature === undefined ? undefined : this.signedRequest(call, caller, query, signature);
  }

  /** The query to sign: the call's parameters, then `recvWindow` and a fresh `timestamp`. */
  private signedQuery(call: RestCall<unknown>, caller: SignedCaller): string {
    // The timestamp is taken after any wait for the limits, right before signing: it must be fresh when it lands.
    // Both are digits, which encode as themselves.
    const own = encodeRestParams(call.params ?? []);
    const signing = `recvWindow=${caller.recvWindow}&timestamp=${this.options.serverTime.clock.now()}`;
    return own === '' ? signing : `${own}&${signing}`;
  }

  private signedRequest(call: RestCall<unknown>, caller: SignedCaller, query: string, signature: string): HttpRequest {
    return this.request(call, `${query}&signature=${signature}`, { 'X-MBX-APIKEY': caller.apiKey.reveal() });
  }

  private request(call: RestCall<unknown>, query: string, headers: Record<string, string>): HttpRequest {
    const { baseUrl, timeoutMs } = this.options;
    const { method, path } = call.endpoint;
    return { method, url: `${baseUrl}${path}${query === '' ? '' : `?${query}`}`, headers, timeoutMs };
  }

  /**
   * Sends the request and reads the answer. Every failure leaves as an `ExchangeError`: the answer's own, or the
   * transport's classified (anything else thrown while reading an answer counts as a lost answer: for a placement,
   * an unknown outcome, which the session resolves by looking the order up). A -1021 on a signed request resyncs the
   * clock and makes one more attempt: Binance refused it before doing anything.
   */
  private send<A>(request: HttpRequest, call: RestCall<A>, weight: number, clockRetried: boolean): Observable<A> {
    const { scheduler, logger } = this.options;
    const requestId = this.nextRequestId++;
    const started = scheduler.now();
    return this.options.transport.request(request).pipe(
      map((response) => {
        // Building this line costs more than the rest of reading the answer: not when the logger drops it.
        if (logsAt(logger, 'debug')) {
          logger.debug(
            {
              // The context names the user (and symbol) of a session's request: the client's one logger serves all.
              ...call.context,
              requestId,
              endpoint: call.endpoint.path,
              method: call.endpoint.method,
              weight,
              status: response.status,
              durationMs: scheduler.now() - started,
            },
            `${call.operation} ${response.status}`,
          );
        }
        return this.read(response, call, requestId);
      }),
      catchError((error: unknown) => {
        const failure =
          error instanceof ExchangeError
            ? error
            : fromTransportError(error, {
                operation: this.operationOf(call),
                context: { ...call.context, requestId: String(requestId) },
                idempotent: call.endpoint.idempotent,
                now: this.options.serverTime.clock.now(),
              });
        if (clockRetried || call.caller === undefined || failure.category !== 'clock') {
          return throwError(() => failure);
        }
        logger.warn({ operation: call.operation }, 'timestamp refused (-1021): resyncing the clock and retrying once');
        return this.options.serverTime.resync().pipe(switchMap(() => this.attempt(call, true)));
      }),
    );
  }

  private read<A>(response: HttpResponse, call: RestCall<A>, requestId: number): A {
    const { limits } = this.options;
    const orders = call.endpoint.placesOrder ? call.orders : undefined;
    limits.sync(response.headers, orders);
    const body = parseBody(response.body);
    if (response.status >= 200 && response.status < 300) return this.decode(call, body, response.body, requestId);
    const error = fromHttpResponse({
      status: response.status,
      body,
      headers: response.headers,
      operation: this.operationOf(call),
      context: { ...call.context, requestId: String(requestId) },
      idempotent: call.endpoint.idempotent,
      now: this.options.serverTime.clock.now(),
    });
    limits.onLimited(error, orders);
    throw error;
  }

  private decode<A>(call: RestCall<A>, body: unknown, text: string, requestId: number): A {
    const first = call.codec.decode(body);
    if (either.isRight(first)) return first.right;
    // JSON.parse makes integers beyond 2^53 inexact and the codecs refuse them; only then parse again, losslessly.
    let exact: unknown = undefined;
    try {
      exact = parseJsonLossless(text);
    } catch {
      // Not JSON at all: reported below with the first attempt's reasons.
    }
    const second = exact === undefined ? first : call.codec.decode(exact);
    if (either.isRight(second)) return second.right;
    throw fromDecodeError(new DecodeError(call.codec.name, formatValidationErrors(second.left), body), {
      ...call.context,
      operation: call.operation,
      endpoint: call.endpoint.path,
      requestId: String(requestId),
    });
  }

  private operationOf(call: RestCall<unknown>): { name: string; method: string; path: string } {
    return { name: call.operation, method: call.endpoint.method, path: call.endpoint.path };
  }
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
