import type * as t from 'io-ts';

/** Where a payload sits in its stream: the first and last sequence numbers it covers (equal for one trade). */
export interface StreamPosition {
  readonly first: number | bigint;
  readonly last: number | bigint;
}

/**
 * How one kind of stream is decoded: the wire codec its stream name selects, the mapping to the model subscribers
 * receive, and the payload's position, used to remove the overlap of two sockets while one replaces the other.
 */
export interface StreamDecoder<R = unknown, T = unknown> {
  /** Validates the `data` part of a frame; `is` is its cheap yes-or-no test, tried first. */
  readonly codec: t.Decoder<unknown, R> & { readonly is: t.Is<R> };
  /** Builds the model from a validated payload; `stream` supplies what the payload lacks (partial depth's symbol). */
  toModel(raw: R, stream: { readonly name: string; readonly symbol: string | undefined }): T;
  /** The payload's position in its stream, or undefined when the kind has none. */
  position(raw: R): StreamPosition | undefined;
  /**
   * True when each payload's `first` is the previous payload's `last` + 1 (trade ids, aggregate ids, depth `U`/`u`):
   * a hole can then be told from a delay.
   */
  readonly gapless: boolean;
  /**
   * A pattern that the whole frame text matches only when its payload is valid (see `PARTIAL_DEPTH_FRAME`): a
   * matching frame skips the value-by-value validation. Optional; a frame that does not match is validated as usual.
   */
  readonly validFrame?: RegExp;
}
