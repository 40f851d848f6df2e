import { asyncScheduler, map, merge, type Observable, Subject } from 'rxjs';
import { RawServerTime } from './codecs/RawServerTime.js';
import type { BinanceConfig } from './config/BinanceConfig.js';
import type { Endpoints } from './config/endpoints.js';
import { resolveMarketConfig } from './config/MarketConfig.js';
import { processEnv, resolveEndpoints } from './config/resolveEndpoints.js';
import type { ExchangeError } from './errors/ExchangeError.js';
import { HealthMonitor } from './health/HealthMonitor.js';
import {
  type ComponentHealth,
  HEALTH_COMPONENTS,
  type HealthComponent,
  type HealthReport,
} from './health/HealthReport.js';
import { AxiosTransport } from './http/AxiosTransport.js';
import { redactingLogger } from './logging/redactingLogger.js';
import { silentLogger } from './logging/silentLogger.js';
import type { ConnectionEvent } from './market/ConnectionEvent.js';
import { MarketStreams } from './market/MarketStreams.js';
import { OrderBooks } from './market/OrderBooks.js';
import { StreamMux } from './market/StreamMux.js';
import type { ExchangeInfo } from './models/ExchangeInfo.js';
import { SlidingWindowLimiter } from './resilience/SlidingWindowLimiter.js';
import { RequestLimits } from './rest/RequestLimits.js';
import { RestClient } from './rest/RestClient.js';
import { ENDPOINTS } from './rest/RestEndpoint.js';
import { ServerTime } from './rest/ServerTime.js';
import { AveragePrices } from './session/AveragePrices.js';
import type { Credentials } from './session/Credentials.js';
import { ExchangeInfoCache } from './session/ExchangeInfoCache.js';
import { resolveSessionConfig, type SessionConfig } from './session/SessionConfig.js';
import { UserRegistry } from './session/UserRegistry.js';
import { type SessionServices, UserSession } from './session/UserSession.js';
import { resolveWebSocketFactory } from './transport/defaultWebSocketFactory.js';
import { WsApiClient } from './wsapi/WsApiClient.js';

/**
 * A client of the Binance Spot exchange: the root of everything the library does.
 *
 * @example
 * ```ts
 * import { Binance } from 'crypto-exchange';
 *
 * const binance = new Binance();                       // production, or the BINANCE_* URLs of the environment
 * binance.market.ticker('BTCUSDT').subscribe((t) => console.log(t.lastPrice.toFixed()));
 * const alice = binance.users.connect('alice', { apiKey, apiSecret });
 * alice.balances().subscribe(console.log);
 * // ...
 * binance.close();                                     // releases every socket and timer
 * ```
 */
export class Binance {
  /** The URLs this client talks to. */
  readonly endpoints: Endpoints;
  /** Every market stream as a typed, shared Observable. */
  readonly market: MarketStreams;
  /** The sessions of this client, by user id. */
  readonly users: UserRegistry;
  /**
   * Problems that did not end anything: frames that failed validation (with their stream), refused control
   * messages, connections given up. Hot: subscribe early to see them all.
   */
  readonly errors$: Observable<ExchangeError>;
  /** Connection events of the market-data sockets: connecting, open, reconnecting, rotating, closed, circuit. */
  readonly connection$: Observable<ConnectionEvent>;
  /**
   * The client's health, judged every second while subscribed: emits at once, then whenever the status of a
   * component (connections, streams, orderBooks, trading, userData, app) changes.
   */
  readonly health$: Observable<HealthReport>;
  private readonly errors = new Subject<ExchangeError>();
  private readonly connections = new Subject<ConnectionEvent>();
  private readonly mux: StreamMux;
  private readonly serverTime: ServerTime;
  private readonly services: SessionServices;
  private readonly sessionDefaults: SessionConfig;
  private readonly monitor: HealthMonitor;
  private readonly wsApi: WsApiClient;
  private readonly books: OrderBooks;
  private readonly sessions = new Set<UserSession>();
  private anonymous = 0;
  private closed = false;

  /**
   * @throws TypeError for invalid configuration (bad URL, unencrypted remote URL, out-of-range setting), or when
   * no WebSocket implementation exists.
   */
  constructor(config: BinanceConfig = {}) {
    const scheduler = config.scheduler ?? asyncScheduler;
    // Redaction at the boundary: whatever is logged through the library reaches the application without secrets.
    const logger = config.logger === undefined ? silentLogger : redactingLogger(config.logger);
    this.endpoints = resolveEndpoints(config.endpoints, config.env ?? processEnv());
    const market = resolveMarketConfig(config.market);
    this.errors$ = this.errors.asObservable();
    this.connection$ = this.connections.asObservable();
    const streamLog = logger.child({ component: 'market' });
    const factory = resolveWebSocketFactory(config.webSocketFactory);
    // Binance counts connection attempts per IP: market sockets and the WebSocket API share one limiter.
    const connectionAttempts = new SlidingWindowLimiter(
      market.connectionAttempts.limit,
      market.connectionAttempts.windowMs,
      scheduler,
    );
    this.mux = new StreamMux({
      wsUrl: this.endpoints.wsUrl,
      factory,
      scheduler,
      config: market,
      connectionAttempts,
      logger: streamLog,
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

    const trading = config.trading ?? {};
    this.sessionDefaults = trading;
    resolveSessionConfig(trading); // fail at construction for a bad default, not at the first session
    let rest: RestClient | undefined = undefined;
    this.serverTime = new ServerTime(
      () =>
        (rest as RestClient)
          .call({ endpoint: ENDPOINTS.time, codec: RawServerTime, operation: 'serverTime' })
          .pipe(map((r) => r.serverTime)),
      scheduler,
      trading.clockSyncIntervalMs,
    );
    const limits = new RequestLimits(() => this.serverTime.clock.now());
    rest = new RestClient({
      baseUrl: this.endpoints.restUrl,
      transport: config.httpTransport ?? new AxiosTransport(),
      limits,
      serverTime: this.serverTime,
      scheduler,
      logger: logger.child({ component: 'rest' }),
      timeoutMs: trading.requestTimeoutMs ?? 10_000,
      loadLimits: () => this.services.exchangeInfo.info(),
    });
    const reportError = (error: ExchangeError): void => {
      if (!this.closed) this.errors.next(error);
    };
    this.wsApi = new WsApiClient({
      url: this.endpoints.wsApiUrl,
      factory,
      scheduler,
      config: market,
      connectionAttempts,
      limits,
      serverTime: this.serverTime,
      logger: logger.child({ component: 'ws-api' }),
      reportError,
    });
    this.services = {
      rest,
      limits,
      exchangeInfo: new ExchangeInfoCache(rest, limits, scheduler),
      averagePrices: new AveragePrices(rest, scheduler),
      scheduler,
      logger: logger.child({ component: 'session' }),
      wsApi: this.wsApi,
      reportError,
    };
    this.books = new OrderBooks({
      mux: this.mux,
      rest,
      exchangeInfo: this.services.exchangeInfo,
      scheduler,
      reportError,
    });
    this.market = new MarketStreams(this.mux, this.books);
    this.users = new UserRegistry((userId, credentials, sessionConfig) =>
      this.createSession(userId, credentials, sessionConfig),
    );
    this.monitor = new HealthMonitor(
      {
        mux: () => this.mux.snapshot(),
        orderBooks: () => this.books.statuses(),
        sessions: () => this.sessions.size,
        limits: () => limits.snapshot(),
        userData: () => [...this.sessions].map((session) => session.userDataState()),
        wsApi: () => this.wsApi.state(),
      },
      scheduler,
      market.staleAfterMs,
      undefined,
      // A socket lost and reopened within one interval (market, or the WebSocket API) must still show in health$.
      merge(this.connections, this.wsApi.connected$),
    );
    this.health$ = this.monitor.health$;
  }

  /** The health of every component, judged now. */
  health(): HealthReport;
  /**
   * The health of one component.
   *
   * @throws TypeError for an unknown component name.
   */
  health(component: HealthComponent): ComponentHealth;
  health(component?: HealthComponent): HealthReport | ComponentHealth {
    const report = this.monitor.report();
    if (component === undefined) return report;
    if (!(HEALTH_COMPONENTS as readonly string[]).includes(component)) {
      throw new TypeError(
        `Unknown health component ${JSON.stringify(component)}: expected one of ${HEALTH_COMPONENTS.join(', ')}`,
      );
    }
    return report.components[component];
  }

  /**
   * A session outside the registry, for a single user (or a script).
   *
   * @throws TypeError for malformed credentials.
   */
  session(credentials: Credentials, config?: SessionConfig): UserSession {
    return this.createSession(`anonymous-${++this.anonymous}`, credentials, config, false);
  }

  /** The exchange's rules and limits (`GET /api/v3/exchangeInfo`), cached for an hour and shared by every session. */
  exchangeInfo(): Observable<ExchangeInfo> {
    return this.services.exchangeInfo.info();
  }

  /**
   * Closes every socket, timer and session: every stream completes, `errors$` and `connection$` complete, later
   * calls error. Safe to call twice.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.users.disconnectAll();
    for (const session of [...this.sessions]) session.close();
    this.mux.close();
    this.wsApi.close();
    this.serverTime.stop();
    this.errors.complete();
    this.connections.complete();
  }

  private createSession(
    userId: string,
    credentials: Credentials,
    config: SessionConfig | undefined,
    registered = true,
  ): UserSession {
    if (this.closed) throw new TypeError('This client is closed');
    const resolved = resolveSessionConfig({ ...this.sessionDefaults, ...config });
    const session = new UserSession(
      userId,
      credentials,
      { ...this.services, logger: this.services.logger.child({ userId }) },
      resolved,
      (closed) => {
        this.sessions.delete(closed);
        if (registered) this.users.forget(closed);
      },
    );
    this.sessions.add(session);
    return session;
  }
}
