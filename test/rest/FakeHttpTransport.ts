import { defer, isObservable, type Observable, of, throwError } from 'rxjs';
import type { HttpRequest, HttpResponse, HttpTransport } from '../../src/http/HttpTransport.js';

/** What a test answers to one request: a response at once, a transport failure, or an Observable of its own. */
export type FakeAnswer = HttpResponse | Error | Observable<HttpResponse>;

/** A request as the fake saw it, with the time (of the given clock) at which it was sent. */
export interface SentRequest extends HttpRequest {
  readonly at: number;
}

/**
 * An {@link HttpTransport} that the test answers: `answer` is called once per request actually sent (on
 * subscription), with the request and its index among those sent.
 */
export class FakeHttpTransport implements HttpTransport {
  readonly sent: SentRequest[] = [];

  constructor(
    private readonly answer: (request: HttpRequest, index: number) => FakeAnswer,
    private readonly now: () => number = () => 0,
  ) {}

  request(request: HttpRequest): Observable<HttpResponse> {
    return defer(() => {
      this.sent.push({ ...request, at: this.now() });
      const answer = this.answer(request, this.sent.length - 1);
      if (answer instanceof Error) return throwError(() => answer);
      return isObservable(answer) ? answer : of(answer);
    });
  }

  /** The requests sent to `path`. */
  to(path: string): SentRequest[] {
    return this.sent.filter((r) => new URL(r.url).pathname === path);
  }
}

/** A response with a JSON body (or the text as it is, for a string). */
export function respond(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) };
}
