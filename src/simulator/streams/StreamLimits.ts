/** Binance's per-connection rules for market streams (PROTOCOL §1.2), as the simulator enforces them. */
export interface StreamLimits {
  /** How often the server pings (Binance: 20 s). */
  readonly pingIntervalMs: number;
  /** How long a ping may stay unanswered before the connection is closed (Binance: 1 minute). */
  readonly pongTimeoutMs: number;
  /** Most incoming messages (text, ping and pong frames) in any 1-second window (Binance: 5). */
  readonly maxIncomingPerSecond: number;
  /** Most streams one connection may hold (Binance: 1024). */
  readonly maxStreamsPerConnection: number;
  /** When the server closes a connection, counted from its opening (Binance: 24 h). */
  readonly connectionLifetimeMs: number;
}
