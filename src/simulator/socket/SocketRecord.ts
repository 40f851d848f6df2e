/** What the simulator records of every connection, market stream or WebSocket API, live or closed. */
export interface SocketRecord {
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
}
