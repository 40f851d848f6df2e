import type { Observable } from 'rxjs';

/** The HTTP methods Binance's REST API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One HTTP request, fully built (signed, if it needs to be). */
export interface HttpRequest {
  readonly method: HttpMethod;
  /** Absolute URL including the query string. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Give up after this long (the outcome of a non-idempotent request is then unknown). */
  readonly timeoutMs: number;
}

/** An HTTP response of any status, with its body as text (parsed by the caller, so that big integers stay exact). */
export interface HttpResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
}

/**
 * Sends HTTP requests. Cold: nothing is sent until subscription, and unsubscribing aborts the request. Every status is
 * a response (the caller classifies errors); only transport failures (DNS, refused, reset, timeout, abort) error.
 * Inject another implementation to use a different HTTP stack.
 */
export interface HttpTransport {
  request(request: HttpRequest): Observable<HttpResponse>;
}
