import { isRecord } from '../codecs/primitives.js';
import {
  type BinanceErrorCode,
  binanceErrorCodes,
  errorCode,
  filterFailureHints,
  matchingEngineReasons,
  type RejectionReason,
  streamControlErrorCodes,
} from './binanceErrorCodes.js';
import type { DecodeError } from './DecodeError.js';
import { type ErrorCategory, type ErrorContext, ExchangeError, type ExchangeErrorInit } from './ExchangeError.js';
import { pathOnly, redact, sanitizeContext } from './redact.js';

// THE one place where failures become ExchangeErrors (DESIGN §4). It is longer than most files because every input
// kind (HTTP response, transport failure, WebSocket API error, stream control error, decode failure) shares one
// classification and one sanitiser, and keeping them together is what makes "one place" true.
//
// Secrets: inputs may carry an API key (X-MBX-APIKEY header, apiKey parameter), a signature (in URLs and bodies), a
// listen key (in stream URLs) or even a secret (an axios error's config). Nothing is copied from them except
// Binance's code and message, the HTTP status, the method and a path without query, and every text that is copied
// goes through `redact` as a second line of defence.

/** What was attempted, for the error's details and context. Never put a query string in it; it would be dropped. */
export interface RequestOperation {
  /** The library operation, e.g. `placeOrder`. */
  readonly name: string;
  /** The HTTP method (`POST`) or WebSocket API method (`order.place`). */
  readonly method?: string;
  /** The REST path. A full URL is accepted: only its path is kept (no host, query, fragment or credentials). */
  readonly path?: string;
}

/** An HTTP error response, as given to {@link fromHttpResponse}. */
export interface HttpErrorInput {
  readonly status: number;
  /** The response body: Binance's `{code, msg}` (parsed or as JSON text), HTML, empty, or anything else. */
  readonly body: unknown;
  /** The response headers (any letter case); only `Retry-After` is read. */
  readonly headers?: Readonly<Record<string, unknown>> | undefined;
  readonly operation: RequestOperation;
  readonly context?: ErrorContext | undefined;
  /** Whether sending the request twice is harmless (GET, DELETE, queries). Decides retries of unknown outcomes. */
  readonly idempotent: boolean;
  /** The current time, epoch ms (from the session's scheduler): turns `Retry-After` seconds into `retryAfter`. */
  readonly now: number;
}

/** Options of {@link fromTransportError}. */
export interface TransportErrorOptions {
  readonly operation: RequestOperation;
  readonly context?: ErrorContext | undefined;
  readonly idempotent: boolean;
  /**
   * Whether any of the request may have reached the server. `false` when the caller knows nothing was written (the
   * connection never opened); default: unknown, treated as possibly sent.
   */
  readonly sent?: boolean | undefined;
  /** The current time, epoch ms; needed for `retryAfter` when the error carries an HTTP response (axios). */
  readonly now?: number | undefined;
}

/** A WebSocket API error response, as given to {@link fromWsApiError}. */
export interface WsApiErrorInput {
  /** The response's HTTP-like status. */
  readonly status: number;
  readonly error: {
    readonly code: number;
    readonly msg: string;
    /** For 429/418, `retryAfter` here is already epoch ms. Nothing else of it is kept. */
    readonly data?: unknown;
  };
  readonly operation: RequestOperation;
  readonly context?: ErrorContext | undefined;
  readonly idempotent: boolean;
}

/**
 * Classifies a failed HTTP response (PROTOCOL §3.2, §3.9).
 *
 * - 418, or -1003 "IP banned until …": `banned`, critical.
 * - 5xx, -1000, -1006, -1007: `unknown-outcome` (the request may have been executed), retryable only if idempotent.
 * - 429, -1003, -1015: `rate-limit`, retryable after `retryAfter` (from `Retry-After`, in seconds).
 * - Any other Binance code: as in {@link binanceErrorCodes}, refined by the message (-1013 names the filter in
 *   `reason`, -2010 the engine's reason; -2011 is `not-found` only for "Unknown order sent.").
 * - No Binance code (HTML, empty, other JSON): by status; 401 `auth`, other 4xx `rejected`.
 *
 * Only the status, Binance's code and message (redacted) and the operation's method and path are kept.
 */
export function fromHttpResponse(input: HttpErrorInput): ExchangeError {
  return httpError(input, input.now);
}

/**
 * Classifies a request that failed below HTTP (axios, Node or fetch errors), or returns an `ExchangeError` as it is.
 *
 * - Nothing sent (ENOTFOUND, EAI_AGAIN, ECONNREFUSED, unreachable host): `network`, retryable.
 * - Connection lost (ECONNRESET, EPIPE, "socket hang up", a browser network error): for a non-idempotent request
 *   that may have been sent, `unknown-outcome`, never retryable; otherwise `network`, retryable.
 * - Timeouts (ECONNABORTED, ETIMEDOUT, an axios or fetch timeout): likewise `unknown-outcome`, else `timeout`.
 * - Aborted (unsubscribed): `unknown-outcome` for a non-idempotent request that may have been sent, else `network`,
 *   not retryable.
 * - TLS certificate failures: `network`, not retryable.
 * - An axios error carrying a response: classified as that response ({@link fromHttpResponse}).
 *
 * The original error is never attached: `cause` is `{ name, code }` only.
 */
export function fromTransportError(error: unknown, options: TransportErrorOptions): ExchangeError {
  if (error instanceof ExchangeError) return error;
  const response = isRecord(error) && isRecord(error['response']) ? error['response'] : undefined;
  if (response !== undefined && typeof response['status'] === 'number') {
    const headers = isRecord(response['headers']) ? response['headers'] : undefined;
    return httpError({ ...options, status: response['status'], body: response['data'], headers }, options.now);
  }

  const facts = transportFacts(error);
  const kind = transportKind(facts);
  const mayBeSent = options.sent !== false && kind !== 'not-sent' && kind !== 'tls';
  const unknownOutcomeAfterSend = mayBeSent && !options.idempotent;
  const what = TRANSPORT_TEXT[kind];
  const label = redact(facts.code ?? facts.name ?? 'UNKNOWN');
  const base = unknownOutcomeAfterSend
    ? unknownOutcome(false, `The connection ${what.short}; the request may have been executed.`, label)
    : transportOutcome(kind, what.short, label);
  const sentNote =
    options.sent === false ? '; nothing was sent' : unknownOutcomeAfterSend ? '; it may have been executed' : '';
  return new ExchangeError({
    ...base,
    details: `${describeOperation(options.operation)} failed: ${what.long} (${label})${sentNote}`,
    context: sanitizeContext(options.context, options.operation),
    cause: { name: redact(facts.name ?? 'Error'), ...(facts.code === undefined ? {} : { code: redact(facts.code) }) },
  });
}

/**
 * Classifies a WebSocket API error response (PROTOCOL §4) with the same rules as {@link fromHttpResponse}; a
 * `retryAfter` in `error.data` is already epoch ms.
 */
export function fromWsApiError(input: WsApiErrorInput): ExchangeError {
  const data = input.error.data;
  const retryAfter = isRecord(data) && isFiniteNumber(data['retryAfter']) ? data['retryAfter'] : undefined;
  return binanceError({
    status: input.status,
    code: input.error.code,
    msg: typeof input.error.msg === 'string' ? input.error.msg : '',
    operation: input.operation,
    context: input.context,
    idempotent: input.idempotent,
    retryAfter,
    transport: 'WebSocket API',
  });
}

/** Classifies a refused market stream control message (PROTOCOL §1.3; codes 0–3, `0` included): category `stream`. */
export function fromStreamControlError(code: number, msg: string, context?: ErrorContext): ExchangeError {
  const entry =
    streamControlErrorCodes.get(code) ??
    errorCode('UNKNOWN_CONTROL_ERROR', 'stream', 'The stream control message was refused.');
  return new ExchangeError({
    ...entry,
    code,
    reason: entry.name,
    details: `Stream control request refused: code ${code} ${entry.name}: ${redact(msg)}`,
    context: sanitizeContext(context),
  });
}

/** Wraps a {@link DecodeError} (a payload that did not match its codec): category `decode`, not retryable. */
export function fromDecodeError(error: DecodeError, context?: ErrorContext): ExchangeError {
  const paths = error.paths.map(redact);
  return new ExchangeError({
    category: 'decode',
    severity: 'error',
    retryable: false,
    userMessage: 'A message from Binance could not be understood.',
    suggestions: ['Report it: the message format may have changed.'],
    reason: redact(error.codec),
    details: `${redact(error.codec)} rejected the payload: ${paths.join('; ')}`,
    context: sanitizeContext(context),
    cause: { name: 'DecodeError', codec: redact(error.codec), paths },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Binance codes and HTTP statuses

interface BinanceErrorInput {
  readonly status: number | undefined;
  readonly code: number | undefined;
  readonly msg: string;
  readonly operation: RequestOperation;
  readonly context: ErrorContext | undefined;
  readonly idempotent: boolean;
  readonly retryAfter: number | undefined;
  /** How the status is named in the details. */
  readonly transport: 'HTTP' | 'WebSocket API';
  /** What the body was, when it held no Binance error. */
  readonly bodyKind?: string;
}

type Classified = Omit<ExchangeErrorInit, 'details' | 'context' | 'cause' | 'status' | 'retryAfter' | 'code'>;

/** A table entry as a classification, with `reason` (default: the entry's name). */
function classified(entry: BinanceErrorCode, reason: string = entry.name): Classified {
  const { category, severity, retryable, userMessage, suggestions } = entry;
  return { category, severity, retryable, userMessage, suggestions, reason };
}

function httpError(input: Omit<HttpErrorInput, 'now'>, now: number | undefined): ExchangeError {
  const body = parseBody(input.body);
  const retryAfterHeader = header(input.headers, 'retry-after');
  const retryAfter =
    retryAfterHeader === undefined || now === undefined ? undefined : parseRetryAfter(retryAfterHeader, now);
  return binanceError({
    status: input.status,
    code: body.code,
    msg: body.msg,
    operation: input.operation,
    context: input.context,
    idempotent: input.idempotent,
    retryAfter,
    transport: 'HTTP',
    bodyKind: body.kind,
  });
}

function binanceError(input: BinanceErrorInput): ExchangeError {
  const msg = redact(input.msg);
  const classification = classify(input.status, input.code, msg, input.idempotent);
  // A ban message carries its end ("IP banned until 1700000000000") when no header does.
  const bannedUntil = /banned until (\d{12,})/i.exec(input.msg)?.[1];
  const retryAfter = input.retryAfter ?? (bannedUntil === undefined ? undefined : Number(bannedUntil));
  const status = input.status === undefined ? '' : ` ${input.transport} status ${input.status}`;
  const what =
    input.code === undefined
      ? `, ${input.bodyKind ?? 'no Binance error code'}`
      : `, Binance ${input.code} ${codeName(input.code)}${msg === '' ? '' : `: ${msg}`}`;
  return new ExchangeError({
    ...classification,
    ...(input.code === undefined ? {} : { code: input.code }),
    ...(input.status === undefined ? {} : { status: input.status }),
    ...(retryAfter === undefined ? {} : { retryAfter }),
    details: `${describeOperation(input.operation)} failed:${status}${what}`,
    context: sanitizeContext(input.context, input.operation),
  });
}

/** The classification itself: status, code and message to category, retryability, severity and advice. */
function classify(status: number | undefined, code: number | undefined, msg: string, idempotent: boolean): Classified {
  const entry = code === undefined ? undefined : binanceErrorCodes.get(code);

  if (status === 418 || (code === -1003 && /banned/i.test(msg))) {
    return classified(
      errorCode('IP_BANNED', 'banned', 'This IP address is banned by Binance for sending too many requests.', [
        'Send nothing before retryAfter.',
        'Find out why rate limits were ignored: bans grow from 2 minutes to 3 days.',
      ]),
    );
  }
  if ((status !== undefined && status >= 500) || entry?.category === 'unknown-outcome') {
    const text =
      entry?.category === 'unknown-outcome'
        ? entry.userMessage
        : `Binance answered with server error ${status ?? ''}; the request may have been executed.`;
    return unknownOutcome(idempotent, text, entry?.name ?? `HTTP_${status ?? ''}`);
  }
  if (status === 429 && entry?.category !== 'rate-limit') {
    const limit = errorCode('TOO_MANY_REQUESTS', 'rate-limit', 'Too many requests: a Binance rate limit was reached.', [
      'Wait until retryAfter before sending more requests.',
    ]);
    return classified(limit, entry?.name ?? limit.name);
  }
  if (entry !== undefined && code !== undefined) return refine(code, entry, msg);
  if (code !== undefined) {
    // A code newer than this table: 11xx/12xx are parameter errors, anything else a refusal.
    const category: ErrorCategory = code <= -1100 && code > -1300 ? 'validation' : 'rejected';
    const text = msg === '' ? 'Binance refused the request.' : `Binance refused the request: ${msg}`;
    return classified(errorCode('UNKNOWN_CODE', category, text));
  }
  return byStatus(status);
}

function refine(code: number, entry: BinanceErrorCode, msg: string): Classified {
  const base = classified(entry);
  if (code === -1013) {
    const filter = /filter failure:\s*([A-Z_]+)/i.exec(msg)?.[1]?.toUpperCase();
    if (filter !== undefined) {
      const hint = filterFailureHints[filter];
      return {
        ...base,
        reason: filter,
        userMessage: `The order breaks the ${filter} filter${hint === undefined ? '' : `: ${hint}`}.`,
        suggestions: [`Check the ${filter} filter of the symbol in exchangeInfo and adjust the order.`],
      };
    }
    const engine = engineReason(msg);
    if (engine !== undefined) return withReason(base, 'The request was rejected', engine);
    return msg === '' ? base : { ...base, userMessage: `The request breaks a trading rule: ${msg}` };
  }
  if (code === -2011) {
    const engine = engineReason(msg);
    // "Unknown order sent." means the order is gone; any other reason means it still exists and was not canceled,
    // which a caller must not mistake for "already filled or canceled".
    if (engine?.reason === 'UNKNOWN_ORDER') return { ...base, reason: engine.reason };
    if (engine === undefined && msg === '') return base;
    const rejected = classified(errorCode(entry.name, 'rejected', `The cancel was rejected: ${msg}`));
    return engine === undefined ? rejected : withReason(rejected, 'The cancel was rejected', engine);
  }
  if (code === -2010 || code === -1010 || code === -2038) {
    const subject =
      code === -2038
        ? 'The amendment was rejected'
        : code === -2010
          ? 'The order was rejected'
          : 'The request was rejected';
    const engine = engineReason(msg);
    if (engine !== undefined) return withReason(base, subject, engine);
    return msg === '' ? base : { ...base, userMessage: `${subject}: ${msg}` };
  }
  return base;
}

function withReason(base: Classified, subject: string, engine: RejectionReason): Classified {
  return {
    ...base,
    reason: engine.reason,
    userMessage: `${subject}: ${engine.text}.`,
    suggestions: engine.suggestions.length > 0 ? engine.suggestions : (base.suggestions ?? []),
  };
}

function engineReason(msg: string): RejectionReason | undefined {
  return matchingEngineReasons.find(([pattern]) => pattern.test(msg))?.[1];
}

function byStatus(status: number | undefined): Classified {
  const reason = `HTTP_${status ?? 'UNKNOWN'}`;
  if (status === 401)
    return classified(errorCode('UNAUTHORIZED', 'auth', 'The API key was refused.', ['Check the API key.']), reason);
  if (status === 403) {
    const waf = errorCode('WAF_BLOCKED', 'rejected', "The request was blocked by Binance's firewall.", [
      'Avoid SQL keywords in parameters; check that this IP is not blocked.',
    ]);
    return { ...classified(waf, reason), severity: 'error' };
  }
  const text =
    status === 404
      ? 'The endpoint does not exist.'
      : `Binance refused the request (HTTP ${status ?? 'status unknown'}).`;
  const suggestions = status === 404 ? ['Check the base URL and the endpoint path.'] : [];
  return { ...classified(errorCode('HTTP_ERROR', 'rejected', text, suggestions), reason), severity: 'error' };
}

function unknownOutcome(idempotent: boolean, userMessage: string, reason: string): Classified {
  const suggestions = idempotent
    ? ['Retry: the request is safe to repeat.']
    : ['Look the order up by its client order id before sending it again; never resend blindly.'];
  return {
    ...classified(errorCode('UNKNOWN_OUTCOME', 'unknown-outcome', userMessage, suggestions), reason),
    retryable: idempotent,
    severity: idempotent ? 'warning' : 'error',
  };
}

function codeName(code: number): string {
  return binanceErrorCodes.get(code)?.name ?? 'UNKNOWN_CODE';
}

// ---------------------------------------------------------------------------------------------------------------
// Transport failures

type TransportKind = 'not-sent' | 'tls' | 'reset' | 'timeout' | 'aborted' | 'unknown';

interface TransportFacts {
  readonly code: string | undefined;
  readonly name: string | undefined;
  /** Every code and name of the error and its causes. */
  readonly labels: readonly string[];
  /** Every message of the error and its causes, for matching only: never copied out. */
  readonly messages: readonly string[];
}

const NOT_SENT = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EAI_NONAME',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
]);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'ERR_NETWORK', 'UND_ERR_SOCKET', 'ERR_STREAM_PREMATURE_CLOSE']);
const TIMEOUT = new Set([
  'ECONNABORTED',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'TimeoutError',
]);
const ABORTED = new Set(['ERR_CANCELED', 'AbortError', 'CanceledError', 'ABORT_ERR', 'UND_ERR_ABORTED']);

const TRANSPORT_TEXT: Readonly<Record<TransportKind, { short: string; long: string }>> = {
  'not-sent': { short: 'could not be opened', long: 'could not connect' },
  tls: { short: 'failed its TLS check', long: 'the TLS certificate check failed' },
  reset: { short: 'was lost', long: 'the connection was lost' },
  timeout: { short: 'timed out', long: 'no answer in time' },
  aborted: { short: 'was aborted', long: 'the request was aborted' },
  unknown: { short: 'failed', long: 'the request failed' },
};

function transportFacts(error: unknown): TransportFacts {
  const codes: string[] = [];
  const names: string[] = [];
  const messages: string[] = typeof error === 'string' ? [error] : [];
  let current: unknown = error;
  // The cause chain: axios and fetch wrap the Node error that holds the real code.
  for (let depth = 0; depth < 4 && isRecord(current); depth++) {
    const { code, name, message } = current;
    if (typeof code === 'string') codes.push(code);
    if (typeof name === 'string') names.push(name);
    if (typeof message === 'string') messages.push(message);
    current = current['cause'];
  }
  return { code: codes[0], name: names[0], labels: [...codes, ...names], messages };
}

function transportKind(facts: TransportFacts): TransportKind {
  const has = (set: ReadonlySet<string>): boolean => facts.labels.some((label) => set.has(label));
  const says = (pattern: RegExp): boolean => facts.messages.some((message) => pattern.test(message));
  if (has(ABORTED)) return 'aborted';
  if (has(NOT_SENT)) return 'not-sent';
  if (facts.labels.some((label) => /^ERR_TLS|CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(label))) return 'tls';
  if (has(TIMEOUT) || says(/timeout|timed out/i)) return 'timeout';
  if (has(RESET) || says(/socket hang up|network error/i)) return 'reset';
  return 'unknown';
}

function transportOutcome(kind: TransportKind, short: string, reason: string): Classified {
  switch (kind) {
    case 'not-sent':
      return classified(
        errorCode('NETWORK', 'network', 'Binance could not be reached.', ['Check the network.']),
        reason,
      );
    case 'tls': {
      const tls = errorCode('TLS', 'network', 'The secure connection to Binance could not be verified.', [
        'Check the system clock and certificates; never disable TLS checks.',
      ]);
      return { ...classified(tls, reason), retryable: false, severity: 'critical' };
    }
    case 'timeout':
      return classified(errorCode('TIMEOUT', 'timeout', 'Binance did not answer in time.', ['Retry later.']), reason);
    case 'aborted':
      return {
        ...classified(errorCode('ABORTED', 'network', 'The request was aborted.'), reason),
        retryable: false,
        severity: 'info',
      };
    case 'reset':
      return classified(errorCode('NETWORK', 'network', `The connection ${short}.`, ['Retry later.']), reason);
    case 'unknown':
      return {
        ...classified(errorCode('NETWORK', 'network', 'The request failed.'), reason),
        retryable: false,
        severity: 'error',
      };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs: bodies, headers, operations, context

interface ParsedBody {
  readonly code: number | undefined;
  readonly msg: string;
  readonly kind: string;
}

function parseBody(body: unknown): ParsedBody {
  let value = body;
  if (typeof body === 'string') {
    const text = body.trim();
    if (text === '') return { code: undefined, msg: '', kind: 'an empty body' };
    if (text.startsWith('<')) return { code: undefined, msg: '', kind: 'an HTML body' };
    try {
      value = JSON.parse(text) as unknown;
    } catch {
      return { code: undefined, msg: '', kind: 'a body that is not JSON' };
    }
  }
  if (body === undefined || body === null) return { code: undefined, msg: '', kind: 'an empty body' };
  if (isRecord(value) && typeof value['code'] === 'number' && Number.isInteger(value['code'])) {
    return { code: value['code'], msg: typeof value['msg'] === 'string' ? value['msg'] : '', kind: 'a Binance error' };
  }
  return { code: undefined, msg: '', kind: 'a body without a Binance error code' };
}

function header(headers: Readonly<Record<string, unknown>> | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() !== name) continue;
    const value = headers[key];
    const first: unknown = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string' || typeof first === 'number') return String(first).trim();
  }
  return undefined;
}

/** `Retry-After` is seconds on Binance (PROTOCOL §3.8); an HTTP date is accepted too. */
function parseRetryAfter(value: string, now: number): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(value)) return now + Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date;
}

function describeOperation(operation: RequestOperation): string {
  const method = operation.method === undefined ? '' : `${redact(operation.method)} `;
  const path = operation.path === undefined ? '' : `${pathOnly(operation.path)} `;
  return `${method}${path}(${redact(operation.name)})`;
}

function isFiniteNumber(u: unknown): u is number {
  return typeof u === 'number' && Number.isFinite(u);
}
