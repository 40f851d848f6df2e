import type { SchedulerLike } from 'rxjs';
import type { HttpTransport } from '../http/HttpTransport.js';
import type { Logger } from '../logging/Logger.js';
import type { SessionConfig } from '../session/SessionConfig.js';
import type { WebSocketFactory } from '../transport/WebSocketLike.js';
import type { EndpointPreset, Endpoints } from './endpoints.js';
import type { MarketConfig } from './MarketConfig.js';

/**
 * Configuration of a {@link Binance} client. Everything is optional: `new Binance()` talks to production (or to the
 * URLs in `BINANCE_API_URL`, `BINANCE_WS_URL`, `BINANCE_WS_API_URL`).
 */
export interface BinanceConfig {
  /**
   * Which Binance to talk to: a preset (`'production'`, `'testnet'`, `'demo'`, `'data'`), or URLs (any missing one is
   * taken from the environment, then from production). Plain `http:`/`ws:` is accepted only for 127.0.0.1 (the
   * simulator). A preset ignores the environment.
   */
  readonly endpoints?: EndpointPreset | Partial<Endpoints>;
  /** Where `BINANCE_*` variables are read. Default: `process.env` where it exists. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Socket implementation. Default: `ws` in Node (through the package's Node entry), the global one elsewhere. */
  readonly webSocketFactory?: WebSocketFactory;
  /** The clock of every timer, backoff and rate limit. Default `asyncScheduler`; a `TestScheduler` in tests. */
  readonly scheduler?: SchedulerLike;
  /** Where the library logs (pino-compatible). Default: silent. */
  readonly logger?: Logger;
  /** Market-data connection behaviour. */
  readonly market?: MarketConfig;
  /** REST and trading behaviour; the session settings are defaults for every session of this client. */
  readonly trading?: TradingConfig;
  /** HTTP implementation. Default: axios (Node and browsers). */
  readonly httpTransport?: HttpTransport;
}

/** REST and trading settings of a client. */
export interface TradingConfig extends SessionConfig {
  /** How long a REST request may take before its outcome is unknown. Default 10000 ms. */
  readonly requestTimeoutMs?: number;
  /** How often the server-time offset is measured again while signed requests are made. Default 10 minutes. */
  readonly clockSyncIntervalMs?: number;
}
