import type { SchedulerLike } from 'rxjs';
import type { Logger } from '../logging/Logger.js';
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
}
