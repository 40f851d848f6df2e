import { asyncScheduler, type Observable, Subject } from 'rxjs';
import type { BinanceConfig } from './config/BinanceConfig.js';
import type { Endpoints } from './config/endpoints.js';
import { resolveMarketConfig } from './config/MarketConfig.js';
import { processEnv, resolveEndpoints } from './config/resolveEndpoints.js';
import type { ExchangeError } from './errors/ExchangeError.js';
import { silentLogger } from './logging/silentLogger.js';
import type { ConnectionEvent } from './market/ConnectionEvent.js';
import { MarketStreams } from './market/MarketStreams.js';
import { StreamMux } from './market/StreamMux.js';
import { SlidingWindowLimiter } from './resilience/SlidingWindowLimiter.js';
import { resolveWebSocketFactory } from './transport/defaultWebSocketFactory.js';

/**
 * A client of the Binance Spot exchange: the root of everything the library does.
 *
 * @example
 * ```ts
 * import { Binance } from 'crypto-exchange';
 *
 * const binance = new Binance();                       // production, or the BINANCE_* URLs of the environment
 * binance.market.ticker('BTCUSDT').subscribe((t) => console.log(t.lastPrice.toFixed()));
 * binance.connection$.subscribe((e) => console.log(e.type));
 * // ...
 * binance.close();                                     // releases every socket and timer
 * ```
 */
export class Binance {
  /** The URLs this client talks to. */
  readonly endpoints: Endpoints;
  /** Every market stream as a typed, shared Observable. */
  readonly market: MarketStreams;
  /**
   * Problems that did not end anything: frames that failed validation (with their stream), refused control
   * messages, connections given up. Hot: subscribe early to see them all.
   */
  readonly errors$: Observable<ExchangeError>;
  /** Connection events of the market-data sockets: connecting, open, reconnecting, rotating, closed, circuit. */
  readonly connection$: Observable<ConnectionEvent>;
  private readonly errors = new Subject<ExchangeError>();
  private readonly connections = new Subject<ConnectionEvent>();
  private readonly mux: StreamMux;
  private closed = false;

  /**
   * @throws TypeError for invalid configuration (bad URL, unencrypted remote URL, out-of-range setting), or when
   * no WebSocket implementation exists.
   */
  constructor(config: BinanceConfig = {}) {
    const scheduler = config.scheduler ?? asyncScheduler;
    const logger = config.logger ?? silentLogger;
    this.endpoints = resolveEndpoints(config.endpoints, config.env ?? processEnv());
    const market = resolveMarketConfig(config.market);
    this.errors$ = this.errors.asObservable();
    this.connection$ = this.connections.asObservable();
    const streamLog = logger.child({ component: 'market' });
    this.mux = new StreamMux({
      wsUrl: this.endpoints.wsUrl,
      factory: resolveWebSocketFactory(config.webSocketFactory),
      scheduler,
      config: market,
      connectionAttempts: new SlidingWindowLimiter(
        market.connectionAttempts.limit,
        market.connectionAttempts.windowMs,
        scheduler,
      ),
      reportError: (error) => {
        streamLog.warn({ error: error.toJSON() }, error.userMessage);
        this.errors.next(error);
      },
      reportConnection: (event) => {
        if (event.type === 'reconnecting' || event.type === 'circuit')
          streamLog.warn({ ...event }, `connection ${event.type}`);
        else streamLog.info({ ...event }, `connection ${event.type}`);
        this.connections.next(event);
      },
    });
    this.market = new MarketStreams(this.mux);
  }

  /**
   * Closes every socket and timer: every stream completes, `errors$` and `connection$` complete, later
   * subscriptions error. Safe to call twice.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.mux.close();
    this.errors.complete();
    this.connections.complete();
  }
}
