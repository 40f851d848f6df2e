/**
 * A payload did not match its codec.
 *
 * Carries the codec's name, one `path: reason` line per failure and the offending payload. The payload is kept as
 * a non-enumerable property so that logging or serialising the error does not dump a whole frame.
 */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  /** The name of the codec that rejected the payload (`RawTrade`, ...). */
  readonly codec: string;
  /** One `path: reason` line per failed check. */
  readonly paths: readonly string[];
  /** The payload that failed (non-enumerable). */
  declare readonly payload: unknown;

  constructor(codec: string, paths: readonly string[], payload: unknown) {
    super(`${codec} rejected the payload: ${paths.join('; ')}`);
    this.codec = codec;
    this.paths = paths;
    Object.defineProperty(this, 'payload', { value: payload, enumerable: false });
  }
}
