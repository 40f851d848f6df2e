import axios, { type AxiosInstance } from 'axios';
import { Observable } from 'rxjs';
import type { HttpRequest, HttpResponse, HttpTransport } from './HttpTransport.js';
import { RequestAbort } from './RequestAbort.js';

/**
 * {@link HttpTransport} over axios, in Node and in browsers alike (axios picks its adapter). Bodies are read as
 * text; every status resolves (a redirect included: it is never followed); unsubscribing aborts the request (through
 * a light abort signal of its own).
 */
export class AxiosTransport implements HttpTransport {
  private readonly client: AxiosInstance;

  constructor(client?: AxiosInstance) {
    this.client =
      client ??
      axios.create({
        // The caller parses JSON itself (big integers must stay exact) and classifies every status.
        responseType: 'text',
        transformResponse: [(data: unknown) => data],
        validateStatus: () => true,
        // Proxies from the environment are the application's business, not a silent default of a library.
        proxy: false,
        // A redirect is answered, not followed: a signed request (and its API key header) goes to the host it was
        // signed for, or nowhere. Binance's API never redirects; not following also keeps axios from routing every
        // request through its redirect-following wrapper, a large share of its cost per request in Node.
        maxRedirects: 0,
      });
  }

  request(request: HttpRequest): Observable<HttpResponse> {
    return new Observable<HttpResponse>((subscriber) => {
      const abort = new RequestAbort();
      let settled = false;
      this.client
        .request<string>({
          method: request.method,
          url: request.url,
          headers: request.headers,
          timeout: request.timeoutMs,
          signal: abort,
        })
        .then(
          (response) => {
            settled = true;
            const headers: Record<string, string | undefined> = {};
            for (const [name, value] of Object.entries(response.headers as Record<string, unknown>)) {
              headers[name.toLowerCase()] = headerText(value);
            }
            subscriber.next({
              status: response.status,
              headers,
              body: typeof response.data === 'string' ? response.data : '',
            });
            subscriber.complete();
          },
          (error: unknown) => {
            settled = true;
            subscriber.error(error);
          },
        );
      return () => {
        // Only a request still under way needs aborting (and aborting builds an exception object, not free).
        if (!settled) abort.abort();
      };
    });
  }
}

/** A header value as text: axios gives strings, arrays (set-cookie) or numbers. */
function headerText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').join(', ');
  return undefined;
}
