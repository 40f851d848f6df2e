/**
 * What the simulator knows about one market-stream connection, live or closed. Tests read it to prove what a client
 * did: how many messages it sent, how fast, which streams it holds, and how the connection ended.
 */
export interface ConnectionInfo {
  /** Sequential id, starting at 1, in the order connections were accepted. */
  readonly id: number;
  /** The request URL as the client sent it (path and query), e.g. `/stream?streams=btcusdt@trade`. */
  readonly path: string;
  /** When the upgrade completed, on the simulator's clock. */
  readonly openedAt: number;
  /** When the connection closed; absent while it is open. */
  readonly closedAt?: number;
  /**
   * The close code: the one the simulator sent when it closed the connection (1008 rate limit, 1001 shutdown, ...),
   * else the one the client sent, or 1006 when the TCP connection ended without a close frame.
   */
  readonly closeCode?: number;
  readonly closeReason?: string;
  /** The streams the connection is subscribed to now (empty once closed), in subscription order. */
  readonly streams: readonly string[];
  /** Every message received: text and binary frames, pings and pongs (Binance counts them all). */
  readonly messagesReceived: number;
  /** The most messages received in any 1-second window. */
  readonly peakMessagesPerSecond: number;
  /** True when the simulator closed the connection for exceeding the incoming message limit. */
  readonly rateLimited: boolean;
  /** Whether the connection currently delivers combined envelopes (`/stream`, or `SET_PROPERTY combined true`). */
  readonly combined: boolean;
}
