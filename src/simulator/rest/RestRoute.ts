import type { IncomingHttpHeaders } from 'node:http';
import type { ParamReader } from './ParamReader.js';

/** Binance's endpoint security types (PROTOCOL §3.3). */
export type RouteSecurity = 'NONE' | 'TRADE' | 'USER_DATA' | 'USER_STREAM';

/** The HTTP methods Binance's REST API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What a route handler receives. */
export interface RestRequest {
  readonly method: HttpMethod;
  readonly path: string;
  readonly params: ParamReader;
  readonly headers: IncomingHttpHeaders;
  readonly ip: string;
  /** Server time of the request (epoch ms). */
  readonly now: number;
  /** The account the security check authenticated (`undefined` on NONE routes). */
  readonly account: string | undefined;
  /** Converts an epoch-ms value to the unit the client asked for (`X-MBX-TIME-UNIT`). */
  readonly time: (ms: number) => number;
}

/** What a security check sees: the request before its handler runs, with the raw text that was signed. */
export interface SecurityContext {
  readonly security: Exclude<RouteSecurity, 'NONE'>;
  readonly method: HttpMethod;
  readonly path: string;
  readonly params: ParamReader;
  readonly headers: IncomingHttpHeaders;
  /** The query string as received (without `?`). */
  readonly rawQuery: string;
  /** The request body as received ('' when none). */
  readonly rawBody: string;
  readonly ip: string;
  readonly now: number;
}

/**
 * The hook that signed endpoints (TRADE, USER_DATA, USER_STREAM) plug in: it checks the API key, timestamp and
 * signature, reading its parameters (`timestamp`, `signature`, `recvWindow`) from `params`, and returns the account;
 * it throws a `RestError` (-1021, -1022, -2014, -2015 …) to refuse.
 */
export type SecurityCheck = (context: SecurityContext) => { readonly account: string };

/** One endpoint. */
export interface RestRoute {
  readonly method: HttpMethod;
  /** Exact path, e.g. `/api/v3/depth`. */
  readonly path: string;
  readonly security: RouteSecurity;
  /**
   * Request weight: a number, or a function of the raw parameters (it must not throw on bad values: weight is
   * charged before validation, as on Binance).
   */
  readonly weight: number | ((params: ReadonlyMap<string, string>) => number);
  /**
   * Returns the JSON body of a 200 answer, or throws a `RestError`. It must read every parameter it accepts: unread
   * ones are refused (-1104) after it returns, so a handler with side effects (orders) calls
   * `params.assertAllRead()` itself before acting.
   */
  readonly handle: (request: RestRequest) => unknown;
}
