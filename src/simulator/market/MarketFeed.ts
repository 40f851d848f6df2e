/**
 * The seam between the simulator's synthetic market and its stream server: the stream server asks for payloads by
 * stream name and fans them out to connections; the market computes them only for names somebody listens to.
 */
export interface MarketFeed {
  /** Upper-case symbols the market trades. */
  readonly symbols: readonly string[];
  /**
   * True when `stream` is a well-formed spot stream name this simulator knows how to serve (`btcusdt@trade`,
   * `btcusdt@kline_1m`, `!miniTicker@arr`, ...). A well-formed name for an unknown symbol is accepted, like Binance
   * does, and simply never carries data.
   */
  isStreamName(stream: string): boolean;
  /**
   * Listens to one stream. The listener receives each payload (the `data` part of a combined frame). Payload objects
   * may be shared between listeners and must not be mutated. Returns the function that stops listening.
   */
  subscribe(stream: string, listener: (payload: object) => void): () => void;
  /** Starts the market's clock-driven activity. */
  start(): void;
  /** Stops every timer. */
  stop(): void;
}
