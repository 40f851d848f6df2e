/**
 * What kind of failure an {@link ExchangeError} is. The category decides what a caller can do about it.
 *
 * - `validation`: a parameter or an exchange filter was violated (11xx/12xx codes, -1013 with the filter in `reason`).
 * - `rejected`: Binance refused the request (4xx with a Binance code that is not one of the kinds below, e.g. -2010
 *   with the engine's reason in `reason`).
 * - `auth`: bad key, signature or permissions (-1002, -1022, -2014, -2015).
 * - `clock`: the timestamp was outside the receive window (-1021).
 * - `rate-limit`: a request or order limit was hit (429, -1003, -1015); retry after `retryAfter`.
 * - `banned`: the IP is banned (418, or -1003 "IP banned until …"); nothing may be sent before `retryAfter`.
 * - `not-found`: the order does not exist (-2011 "Unknown order sent.", -2013, -2026).
 * - `unknown-outcome`: the request may or may not have been executed (any 5xx, -1000, -1006, -1007, a connection
 *   lost, timed out or aborted after a non-idempotent request may have been sent).
 * - `server`: Binance is busy or failing and the request was certainly not executed (-1001, -1008, -1016 under a
 *   4xx status; under a 5xx status the outcome is unknown).
 * - `network`: the request or socket failed below HTTP (DNS, refused, reset).
 * - `timeout`: no answer in time.
 * - `decode`: a payload did not match its codec.
 * - `stream`: a control message on a market socket was refused.
 * - `circuit-open`: connection attempts are suspended after repeated failures.
 */
export type ErrorCategory =
  | 'validation'
  | 'rejected'
  | 'auth'
  | 'clock'
  | 'rate-limit'
  | 'banned'
  | 'not-found'
  | 'unknown-outcome'
  | 'server'
  | 'network'
  | 'timeout'
  | 'decode'
  | 'stream'
  | 'circuit-open';

/** How bad it is: `critical` needs a human (ban, revoked key), `info` is routine. */
export type ErrorSeverity = 'info' | 'warning' | 'error' | 'critical';

/** Where an error happened. Never contains a secret. */
export interface ErrorContext {
  /** The user id of the session, when the error belongs to one. */
  readonly userId?: string;
  /** The symbol concerned. */
  readonly symbol?: string;
  /** The library operation (`placeOrder`, `subscribe`, ...). */
  readonly operation?: string;
  /** The market stream name, for stream errors. */
  readonly stream?: string;
  /** The REST path or WebSocket API method. */
  readonly endpoint?: string;
  /** The request id, when the request had one. */
  readonly requestId?: string;
  /** The client order id of the order concerned. */
  readonly clientOrderId?: string;
}

/** Everything an {@link ExchangeError} is made of. */
export interface ExchangeErrorInit {
  readonly category: ErrorCategory;
  readonly severity: ErrorSeverity;
  readonly retryable: boolean;
  /** One sentence for an end user. */
  readonly userMessage: string;
  /** What exactly happened, for a developer. Must not contain secrets. */
  readonly details: string;
  readonly suggestions?: readonly string[];
  readonly code?: number;
  readonly reason?: string;
  readonly status?: number;
  readonly retryAfter?: number;
  readonly context?: ErrorContext;
  readonly cause?: unknown;
}

/**
 * The one error type of the library: a classified value that says what failed, whether retrying can help, and what
 * to do about it.
 *
 * Built in one place (`classifyError` and its helpers) from an HTTP status, a Binance error code, a transport
 * failure or a decode failure. It never carries an API key, a secret or a signature: its message, `details`,
 * `JSON.stringify` and `util.inspect` output are all safe to log.
 *
 * @example
 * ```ts
 * session.placeOrder(order).subscribe({
 *   error: (e: ExchangeError) => (e.retryable ? scheduleRetry(e.retryAfter) : alert(e.userMessage)),
 * });
 * ```
 */
export class ExchangeError extends Error {
  override readonly name = 'ExchangeError';
  /** What kind of failure this is. */
  readonly category: ErrorCategory;
  /** How serious it is. */
  readonly severity: ErrorSeverity;
  /** Whether sending the same request again later can succeed. Never true for an order of unknown outcome. */
  readonly retryable: boolean;
  /** Binance's error code (`-2010`, or the small non-negative codes of stream control errors), when known. */
  readonly code: number | undefined;
  /**
   * A machine-readable refinement: the filter of a -1013 (`LOT_SIZE`), the engine reason of a -2010
   * (`INSUFFICIENT_BALANCE`), the transport failure (`ECONNRESET`), Binance's name of an unrefined code.
   */
  readonly reason: string | undefined;
  /** The HTTP status (or WebSocket API status), when there was one. */
  readonly status: number | undefined;
  /** Epoch milliseconds before which a retry is pointless (rate limits, bans, open circuits). */
  readonly retryAfter: number | undefined;
  /** One sentence for an end user. */
  readonly userMessage: string;
  /** What exactly happened, for a developer. */
  readonly details: string;
  /** What can be done about it. */
  readonly suggestions: readonly string[];
  /** Where it happened. */
  readonly context: ErrorContext;

  constructor(init: ExchangeErrorInit) {
    super(init.details, init.cause === undefined ? undefined : { cause: init.cause });
    this.category = init.category;
    this.severity = init.severity;
    this.retryable = init.retryable;
    this.code = init.code;
    this.reason = init.reason;
    this.status = init.status;
    this.retryAfter = init.retryAfter;
    this.userMessage = init.userMessage;
    this.details = init.details;
    this.suggestions = init.suggestions ?? [];
    this.context = init.context ?? {};
  }

  /** A plain, secret-free description for logs and JSON. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      category: this.category,
      severity: this.severity,
      retryable: this.retryable,
      code: this.code,
      reason: this.reason,
      status: this.status,
      retryAfter: this.retryAfter,
      userMessage: this.userMessage,
      details: this.details,
      suggestions: this.suggestions,
      context: this.context,
    };
  }
}
