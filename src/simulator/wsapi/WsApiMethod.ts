import type { ApiKeyRecord } from '../exchange/AccountRegistry.js';
import type { OrderCountUsage } from '../exchange/OrderCountLimiter.js';
import type { TimeConversion } from '../exchange/orderJson.js';
import type { ParamReader } from '../rest/ParamReader.js';
import type { WsApiConnection } from './WsApiConnection.js';

/**
 * How a method is authorized: `'NONE'` (public, or a method that checks its own credentials such as `session.logon`),
 * `'SIGNED'` (TRADE / USER_DATA: `apiKey` + `timestamp` + `signature`, or a connection authenticated with
 * `session.logon` and a `timestamp`).
 */
export type WsApiSecurity = 'NONE' | 'SIGNED';

/** What a method handler receives. */
export interface WsApiCall {
  /** The parameters, read with Binance's checks; unread ones are refused (-1104) after the handler returns. */
  readonly params: ParamReader;
  /** The parameters as text, as the signature covers them. */
  readonly values: ReadonlyMap<string, string>;
  readonly connection: WsApiConnection;
  /** Server time of the request (epoch ms). */
  readonly now: number;
  /** Converts an epoch-ms value to the connection's time unit. */
  readonly time: TimeConversion;
  /** The account a SIGNED method acts for (undefined for NONE methods). */
  readonly account: string | undefined;
  /** Verifies `apiKey`, `timestamp`, `recvWindow` and `signature` sent with the request; optionally Ed25519 keys only. */
  readonly verify: (options?: { readonly ed25519Only?: boolean }) => ApiKeyRecord;
  /** The account's ORDERS windows, for the response's `rateLimits`. */
  readonly reportOrderCounts: (usage: readonly OrderCountUsage[]) => void;
  /** When a 429 caused by the handler may be retried (epoch ms), for `error.data.retryAfter`. */
  readonly reportRetryAfter: (epochMs: number) => void;
}

/**
 * One method of the WebSocket API. Its handler returns the `result` or throws a `RestError` (Binance's code, message
 * and status). A handler with side effects calls `params.assertAllRead()` itself before acting.
 */
export interface WsApiMethod {
  readonly name: string;
  readonly security: WsApiSecurity;
  /** Request weight: a number, or a function of the parameters as text (it must not throw). */
  readonly weight: number | ((values: ReadonlyMap<string, string>) => number);
  /** Weight when the request succeeds, if it differs (successful order placements and cancels cost 0). */
  readonly weightOnSuccess?: number;
  readonly handle: (call: WsApiCall) => unknown;
}
