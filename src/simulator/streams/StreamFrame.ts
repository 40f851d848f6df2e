/**
 * One payload of one stream, serialized once for every connection that receives it: the bare JSON for raw
 * connections and, built on first use, the `{"stream":"<name>","data":<payload>}` envelope for combined ones.
 * Both are UTF-8 buffers, so `ws` writes the same bytes to every socket without encoding them again.
 */
export class StreamFrame {
  private rawBytes: Buffer | undefined;
  private combinedBytes: Buffer | undefined;

  /**
   * @param stream the stream name.
   * @param quotedStream the stream name as a JSON string literal (computed once per stream, not per frame).
   * @param json the payload's JSON text.
   */
  constructor(
    readonly stream: string,
    private readonly quotedStream: string,
    readonly json: string,
  ) {}

  /** The bare payload, as sent on raw (`/ws`) connections. */
  raw(): Buffer {
    this.rawBytes ??= Buffer.from(this.json);
    return this.rawBytes;
  }

  /** The combined envelope, as sent on `/stream` connections and raw ones with `combined` set. */
  combined(): Buffer {
    this.combinedBytes ??= Buffer.from(`{"stream":${this.quotedStream},"data":${this.json}}`);
    return this.combinedBytes;
  }
}
