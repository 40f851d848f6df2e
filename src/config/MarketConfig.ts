/**
 * How market-data connections behave. Every field is optional; the defaults follow Binance's limits with margin.
 */
export interface MarketConfig {
  /** Streams per socket before another socket (shard) is opened. Default 200; Binance allows at most 1024. */
  readonly maxStreamsPerConnection?: number;
  /**
   * Control messages (SUBSCRIBE, UNSUBSCRIBE, probes) sent per socket in any one-second window. Default 4: Binance
   * disconnects above 5 incoming messages per second, and the pongs that answer its pings count too, so one slot
   * per second is left for them.
   */
  readonly maxMessagesPerSecond?: number;
  /** Connection attempts allowed per window for the whole client. Default 300 per 5 minutes (Binance's limit). */
  readonly connectionAttempts?: { readonly limit: number; readonly windowMs: number };
  /** Reconnection backoff: 1 s doubling to 30 s, ±20 % jitter, reset after 60 s of stable connection. */
  readonly reconnect?: {
    readonly initialDelay?: number;
    readonly maxDelay?: number;
    readonly jitter?: number;
    readonly resetAfter?: number;
    /** Give up after this many consecutive failures (default: never). Streams then error. */
    readonly maxRetries?: number;
  };
  /** Circuit breaker over connection attempts: opens after 5 consecutive failures, half-opens after 60 s. */
  readonly circuitBreaker?: { readonly failureThreshold?: number; readonly cooldown?: number };
  /**
   * A socket on which nothing (no frame, no ping, no reply) arrived for this long is declared dead and replaced.
   * Default 30000. After half of it in silence, a cheap request is sent to provoke a reply.
   */
  readonly staleAfterMs?: number;
  /** Sockets are replaced (make-before-break) after this age. Default 23 h: Binance cuts connections at 24 h. */
  readonly rotateAfterMs?: number;
  /** The longest the old and new sockets of a rotation overlap before the old one is closed. Default 10000. */
  readonly handoffTimeoutMs?: number;
  /** How long to wait for the reply to a control message. Default 10000. */
  readonly requestTimeoutMs?: number;
  /** A socket left without streams is closed after this long (a quick re-subscribe reuses it). Default 5000. */
  readonly idleCloseMs?: number;
}

/** {@link MarketConfig} with every default applied. */
export interface ResolvedMarketConfig {
  readonly maxStreamsPerConnection: number;
  readonly maxMessagesPerSecond: number;
  readonly connectionAttempts: { readonly limit: number; readonly windowMs: number };
  readonly reconnect: {
    readonly initialDelay: number;
    readonly maxDelay: number;
    readonly jitter: number;
    readonly resetAfter: number;
    readonly maxRetries: number;
  };
  readonly circuitBreaker: { readonly failureThreshold: number; readonly cooldown: number };
  readonly staleAfterMs: number;
  readonly rotateAfterMs: number;
  readonly handoffTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly idleCloseMs: number;
}

/** Binance's hard limit of streams on one connection. */
export const MAX_STREAMS_PER_CONNECTION = 1024;

function positive(setting: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(value > 0) || !Number.isFinite(value))
    throw new TypeError(`${setting} must be a positive number, got ${value}`);
  return value;
}

/**
 * Applies defaults and checks ranges.
 *
 * @throws TypeError for a setting out of range (e.g. more than 1024 streams per connection, or more than 5
 * messages per second).
 */
export function resolveMarketConfig(config: MarketConfig = {}): ResolvedMarketConfig {
  const maxStreams = positive('market.maxStreamsPerConnection', config.maxStreamsPerConnection, 200);
  if (!Number.isInteger(maxStreams) || maxStreams > MAX_STREAMS_PER_CONNECTION) {
    throw new TypeError(`market.maxStreamsPerConnection must be an integer from 1 to 1024, got ${maxStreams}`);
  }
  const perSecond = positive('market.maxMessagesPerSecond', config.maxMessagesPerSecond, 4);
  if (!Number.isInteger(perSecond) || perSecond > 5) {
    throw new TypeError(
      `market.maxMessagesPerSecond must be an integer from 1 to 5 (Binance's limit), got ${perSecond}`,
    );
  }
  const staleAfterMs = positive('market.staleAfterMs', config.staleAfterMs, 30_000);
  const reconnect = config.reconnect ?? {};
  const breaker = config.circuitBreaker ?? {};
  const attempts = config.connectionAttempts ?? { limit: 300, windowMs: 300_000 };
  return {
    maxStreamsPerConnection: maxStreams,
    maxMessagesPerSecond: perSecond,
    connectionAttempts: {
      limit: positive('market.connectionAttempts.limit', attempts.limit, 300),
      windowMs: positive('market.connectionAttempts.windowMs', attempts.windowMs, 300_000),
    },
    reconnect: {
      initialDelay: positive('market.reconnect.initialDelay', reconnect.initialDelay, 1_000),
      maxDelay: positive('market.reconnect.maxDelay', reconnect.maxDelay, 30_000),
      jitter: reconnect.jitter ?? 0.2,
      resetAfter: positive('market.reconnect.resetAfter', reconnect.resetAfter, 60_000),
      maxRetries: reconnect.maxRetries ?? Infinity,
    },
    circuitBreaker: {
      failureThreshold: positive('market.circuitBreaker.failureThreshold', breaker.failureThreshold, 5),
      cooldown: positive('market.circuitBreaker.cooldown', breaker.cooldown, 60_000),
    },
    staleAfterMs,
    rotateAfterMs: positive('market.rotateAfterMs', config.rotateAfterMs, 23 * 3_600_000),
    handoffTimeoutMs: positive('market.handoffTimeoutMs', config.handoffTimeoutMs, 10_000),
    requestTimeoutMs: positive('market.requestTimeoutMs', config.requestTimeoutMs, 10_000),
    idleCloseMs: positive('market.idleCloseMs', config.idleCloseMs, 5_000),
  };
}
