import type { IncomingMessage, ServerResponse } from 'node:http';

/** What the REST side has seen; tests read it to prove what a client did or did not send. */
export interface RestStats {
  /** Every request received, with its path and the weight charged. */
  readonly requests: number;
  /** Requests that arrived while that IP was told to wait (after a 429, before its Retry-After) or was banned (418). */
  readonly requestsWhileLimited: number;
  /** How many 429 and 418 answers were sent. */
  readonly tooManyRequests: number;
  readonly bans: number;
}

/** The simulator's REST side, mounted by the HTTP server for every non-upgrade request. */
export interface RestHandler {
  handle(req: IncomingMessage, res: ServerResponse): void;
  stats(): RestStats;
  close(): void;
}
