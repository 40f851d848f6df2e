/** A control request id as Binance accepts it: a signed 64-bit integer, an alphanumeric string of 36 or fewer, or null. */
export type ControlId = number | bigint | string | null;

/** One text message a client sent on a market-stream connection, valid or not. */
export interface ControlLogEntry {
  readonly connectionId: number;
  /** When it arrived, on the simulator's clock. */
  readonly at: number;
  /** The `method` field when it was a string, else null (malformed JSON, missing or non-string method). */
  readonly method: string | null;
  /** The `params` field as sent (undefined when absent). */
  readonly params: unknown;
  /** The request id when it was valid, else undefined. Integers beyond 2^53 are bigints. */
  readonly id: ControlId | undefined;
  /** The error sent back, when the request was refused. */
  readonly error?: { readonly code: number; readonly msg: string };
}
