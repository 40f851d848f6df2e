import type { WsApiId } from './parseWsApiRequest.js';

/** One request a client sent to the WebSocket API, valid or not, and how it was answered (`sim.wsApi.requestLog()`). */
export interface WsApiRequestLogEntry {
  readonly connectionId: number;
  /** When it arrived, on the simulator's clock. */
  readonly at: number;
  /** The request id when it was valid, else undefined. Integers beyond 2^53 are bigints. */
  readonly id: WsApiId | undefined;
  /** The `method` field as sent (with any `v3/` prefix) when it was a string, else null. */
  readonly method: string | null;
  /** The parameters as sent, without `signature`. */
  readonly params: Readonly<Record<string, unknown>>;
  /** The response's status (200, 400, 401, 429, 418, 5xx …). */
  readonly status: number;
  /** The error sent back, when the request failed. */
  readonly error?: { readonly code: number; readonly msg: string };
}
