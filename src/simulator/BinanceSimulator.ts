import type { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { ClockSkew } from './exchange/ClockSkew.js';
import { createSecurityCheck } from './exchange/createSecurityCheck.js';
import { Exchange } from './exchange/Exchange.js';
import { SimulatorAccounts } from './exchange/SimulatorAccounts.js';
import { TradingFaults } from './exchange/TradingFaults.js';
import { SimulatorFaults } from './streams/faults/SimulatorFaults.js';
import type { MarketFeed } from './market/MarketFeed.js';
import { type BookSnapshot, MarketHub } from './market/MarketHub.js';
import type { SymbolConfig } from './market/SymbolConfig.js';
import { IpRateLimiter } from './rest/IpRateLimiter.js';
import { DEFAULT_RATE_LIMITS, type RateLimitConfig } from './rest/RateLimitConfig.js';
import { createRestHandler, type RestFaultHooks } from './rest/createRestHandler.js';
import { accountRoutes } from './rest/routes/accountRoutes.js';
import { orderRoutes } from './rest/routes/orderRoutes.js';
import type { RestHandler, RestStats } from './rest/RestHandler.js';
import type { SimulatorOptions } from './SimulatorOptions.js';
import { resolveSimulatorOptions } from './SimulatorOptions.js';
import type { MarketIntrospection } from './streams/MarketIntrospection.js';
import type { MarketStreamEvents } from './streams/MarketStreamEvents.js';
import { ConnectionAttempts } from './streams/ConnectionAttempts.js';
import { isStreamPath } from './streams/parseStreamUrl.js';
import { rejectUpgrade } from './streams/rejectUpgrade.js';
import { StreamServer } from './streams/StreamServer.js';
import type { UpgradeHandler } from './streams/UpgradeHandler.js';
import type { WsApiIntrospection } from './wsapi/WsApiIntrospection.js';
import { WsApiServer } from './wsapi/WsApiServer.js';

/** What the simulator's market and REST side are built from. */
export interface SimulatorBackendConfig {
  readonly symbols: readonly SymbolConfig[];
  readonly seed: number;
  readonly tickMs: number;
  readonly rateLimits: RateLimitConfig | undefined;
  /** The server's clock (skewed by `sim.tradingFaults.skewClock`). */
  readonly now: () => number;
  /** The trading faults the REST side should consult. */
  readonly restFaults: RestFaultHooks;
}

/**
 * The synthetic market the streams serve, the REST API mounted for every non-upgrade request, and (optional) the
 * exchange with its accounts.
 */
export interface SimulatorBackend {
  readonly feed: MarketFeed;
  readonly rest: RestHandler;
  readonly exchange?: Exchange;
  readonly accounts?: SimulatorAccounts;
  /** The market behind `feed`, for `sim.trueBook` (absent: a custom feed). */
  readonly hub?: MarketHub;
  /** The per-IP request weight REST charges; the WebSocket API shares it (absent: the simulator makes its own). */
  readonly limiter?: IpRateLimiter;
}

/** One REQUEST_WEIGHT window over REST and the WebSocket API together. */
export interface WeightWindowStats {
  readonly interval: 'SECOND' | 'MINUTE' | 'HOUR' | 'DAY';
  readonly intervalNum: number;
  readonly limit: number;
  /** Weight used in the current window (the busiest IP; every local client is 127.0.0.1). */
  readonly used: number;
  /** The most weight any window has held so far, the request that exceeded the limit included. */
  readonly peak: number;
}

/** {@link RestStats} with the request weight used per window, REST and WebSocket API requests alike. */
export interface SimulatorRestStats extends RestStats {
  /** Every REQUEST_WEIGHT rule's window. */
  readonly weight: readonly WeightWindowStats[];
  /** `used` of the first REQUEST_WEIGHT rule (0 when there is none). */
  readonly usedWeight: number;
  /** `peak` of the first REQUEST_WEIGHT rule: a client that stayed within budget has `peakWeight <= limit`. */
  readonly peakWeight: number;
}

/** Builds a {@link SimulatorBackend}; tests pass their own to drive the streams deterministically. */
export type SimulatorBackendFactory = (config: SimulatorBackendConfig) => SimulatorBackend;

/** One family of WebSocket endpoints of the HTTP server. */
interface UpgradeRoute {
  readonly matches: (pathname: string) => boolean;
  readonly handler: UpgradeHandler;
}

/**
 * A Binance-compatible exchange on 127.0.0.1: market streams (`/ws`, `/stream`), REST (`/api/v3/...`, public and
 * signed trading) and the WebSocket API (`/ws-api/v3`: sessions, orders, user data subscriptions; mounted when the
 * backend has an exchange), all on one HTTP server; accounts (`accounts`), the exchange core and its user data events
 * (`exchange`), fault injection (`faults`, `tradingFaults`) and what the server saw (`market`, `events`, `wsApi`,
 * `restStats()`, `trueBook()`) for tests. It runs in real time; `close()` releases every socket and timer.
 *
 * @example
 * ```ts
 * const sim = await BinanceSimulator.start({ symbols: ['BTCUSDT'] });
 * const socket = new WebSocket(`${sim.wsUrl}/stream?streams=btcusdt@trade`);
 * const { credentials } = sim.accounts.create({ balances: { USDT: '10000' } });
 * // ... sign requests to `${sim.restUrl}/api/v3/order` with credentials.apiSecret
 * await sim.close();
 * ```
 */
export class BinanceSimulator {
  /** Base of the market streams: append `/ws/<name>` or `/stream?streams=...`. */
  readonly wsUrl: string;
  /** Base of the REST API: append `/api/v3/...`. */
  readonly restUrl: string;
  /** The WebSocket API endpoint. */
  readonly wsApiUrl: string;
  /** Failures to inject into the market streams, and the benchmark's high-rate mode. */
  readonly faults: SimulatorFaults;
  /** Failures of the trading side: failed or delayed order answers, forced statuses, a skewed server clock. */
  readonly tradingFaults: TradingFaults;
  /** What the market-stream server has seen: connections, control messages, connection attempts. */
  readonly market: MarketIntrospection;
  /** `'connection'`, `'control'` and `'disconnect'` of the market streams, to wait on instead of sleeping. */
  readonly events: EventEmitter<MarketStreamEvents>;
  private closing: Promise<void> | undefined;

  private constructor(
    private readonly server: Server,
    private readonly sockets: ReadonlySet<Socket>,
    private readonly backend: SimulatorBackend,
    private readonly streams: StreamServer,
    private readonly wsApiServer: WsApiServer | undefined,
    private readonly limiter: IpRateLimiter,
    private readonly clock: () => number,
    faults: SimulatorFaults,
    tradingFaults: TradingFaults,
  ) {
    const address = server.address() as AddressInfo;
    const host = urlHost(address.address);
    this.wsUrl = `ws://${host}:${address.port}`;
    this.restUrl = `http://${host}:${address.port}`;
    this.wsApiUrl = `ws://${host}:${address.port}/ws-api/v3`;
    this.faults = faults;
    this.tradingFaults = tradingFaults;
    this.market = streams;
    this.events = streams.events;
  }

  /**
   * Starts a simulator and resolves once it listens. Works in worker threads as well as in the main thread.
   *
   * @param options see {@link SimulatorOptions}; all optional.
   * @param backend builds the market and REST side (default: the seeded synthetic market and its REST API).
   * @throws TypeError for invalid options; rejects when the port cannot be bound.
   */
  static async start(options: SimulatorOptions = {}, backend?: SimulatorBackendFactory): Promise<BinanceSimulator> {
    const resolved = resolveSimulatorOptions(options);
    // One clock for the whole server, so that a skewed clock shows in streams and REST alike.
    const clock = new ClockSkew(resolved.now);
    const { now } = clock;
    const tradingFaults = new TradingFaults(clock);
    const parts = (backend ?? defaultBackend)({
      symbols: resolved.symbols,
      seed: resolved.seed,
      tickMs: resolved.tickMs,
      rateLimits: resolved.rateLimits,
      now,
      restFaults: tradingFaults,
    });
    const attempts = new ConnectionAttempts(resolved.maxConnectionAttemptsPer5Minutes);
    const streams = new StreamServer({ feed: parts.feed, limits: resolved, attempts, now });
    const limiter = parts.limiter ?? new IpRateLimiter(resolved.rateLimits ?? DEFAULT_RATE_LIMITS);
    const { exchange } = parts;
    const wsApi =
      exchange === undefined
        ? undefined
        : new WsApiServer({
            exchange,
            limiter,
            limits: resolved,
            isSymbol: (symbol) => parts.feed.symbols.includes(symbol),
            now,
            orderFailures: tradingFaults,
          });
    const faults = new SimulatorFaults({
      server: streams,
      now,
      serverShutdownGraceMs: resolved.serverShutdownGraceMs,
      ...(wsApi === undefined ? {} : { wsApi }),
    });
    const routes: readonly UpgradeRoute[] = [
      { matches: isStreamPath, handler: streams },
      ...(wsApi === undefined ? [] : [{ matches: (path: string) => path === '/ws-api/v3', handler: wsApi }]),
    ];
    const server = createServer((request, response) => {
      serveRest(parts.rest, request, response);
    });
    const sockets = new Set<Socket>();
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      // Node drops its own error listener from upgraded sockets; a reset before the handshake must not crash us.
      socket.on('error', () => undefined);
      if (!attempts.record(now())) {
        rejectUpgrade(socket, 429, 'Too many connection attempts');
        return;
      }
      const pathname = (request.url ?? '/').split('?', 1)[0] ?? '/';
      const route = routes.find((candidate) => candidate.matches(pathname));
      if (route === undefined) rejectUpgrade(socket, 404, 'Not found');
      else route.handler.handleUpgrade(request, socket, head);
    });
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(resolved.port, resolved.host, () => {
          server.off('error', reject);
          resolve();
        });
      });
    } catch (error) {
      faults.close();
      streams.close();
      wsApi?.close();
      parts.rest.close();
      throw error;
    }
    parts.feed.start();
    return new BinanceSimulator(server, sockets, parts, streams, wsApi, limiter, now, faults, tradingFaults);
  }

  /**
   * The exchange core: user orders, balances, and the user data events of every account (`exchange.events`).
   *
   * @throws TypeError when the backend has no exchange (a custom backend).
   */
  get exchange(): Exchange {
    if (this.backend.exchange === undefined) throw new TypeError('this simulator has no exchange');
    return this.backend.exchange;
  }

  /**
   * The accounts: `create` (balances, API key of any type), `balances`, `deposit`, `revoke`.
   *
   * @throws TypeError when the backend has no exchange (a custom backend).
   */
  get accounts(): SimulatorAccounts {
    if (this.backend.accounts === undefined) throw new TypeError('this simulator has no accounts');
    return this.backend.accounts;
  }

  /**
   * What the WebSocket API has seen: `connections()`, `requestLog()`, and `events` (`'connection'`, `'request'`,
   * `'disconnect'`).
   *
   * @throws TypeError when the backend has no exchange (then there is no WebSocket API).
   */
  get wsApi(): WsApiIntrospection {
    if (this.wsApiServer === undefined) throw new TypeError('this simulator has no WebSocket API');
    return this.wsApiServer;
  }

  /**
   * What the REST side has seen (requests, 429s, bans), and the request weight used per window by REST and the
   * WebSocket API together (`usedWeight`, `peakWeight`, `weight`).
   */
  restStats(): SimulatorRestStats {
    const weight = this.limiter
      .windowStats(this.clock())
      .filter(({ rule }) => rule.rateLimitType === 'REQUEST_WEIGHT')
      .map(({ rule, used, peak }) => ({
        interval: rule.interval,
        intervalNum: rule.intervalNum,
        limit: rule.limit,
        used,
        peak,
      }));
    return { ...this.backend.rest.stats(), weight, usedWeight: weight[0]?.used ?? 0, peakWeight: weight[0]?.peak ?? 0 };
  }

  /**
   * The exact current book of a symbol, as `/api/v3/depth` would write it (decimal strings, best levels first; all
   * levels unless `limit`), with its `lastUpdateId`: what a locally synced order book must equal.
   *
   * @throws TypeError when the backend has no synthetic market; RangeError for a symbol it does not trade.
   */
  trueBook(symbol: string, limit?: number): BookSnapshot {
    if (this.backend.hub === undefined) throw new TypeError('this simulator has no synthetic market');
    return this.backend.hub.trueBook(symbol, limit);
  }

  /** Closes every connection, timer and the server. Resolves when nothing is left open; safe to call twice. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      this.faults.close();
      this.streams.close();
      this.wsApiServer?.close();
      this.backend.feed.stop();
      this.backend.rest.close();
      this.server.close(() => {
        resolve();
      });
      for (const socket of this.sockets) socket.destroy();
    });
    return this.closing;
  }
}

function serveRest(rest: RestHandler, request: IncomingMessage, response: ServerResponse): void {
  try {
    rest.handle(request, response);
  } catch {
    // A bug in a handler must answer like Binance's 5xx (unknown outcome), not take the whole simulator down.
    if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/json' });
    response.end('{"code":-1000,"msg":"An unknown error occurred while processing the request."}');
  }
}

function urlHost(address: string): string {
  if (address === '0.0.0.0' || address === '::') return '127.0.0.1';
  return address.includes(':') ? `[${address}]` : address;
}

/** The seeded synthetic market, the exchange over it, and the REST API of both. */
const defaultBackend: SimulatorBackendFactory = (config) => {
  const hub = new MarketHub({ symbols: config.symbols, seed: config.seed, tickMs: config.tickMs, now: config.now });
  const exchange = new Exchange({ hub, orderLimits: (config.rateLimits ?? DEFAULT_RATE_LIMITS).rules });
  // One limiter for REST and the WebSocket API: Binance counts request weight per IP across both.
  const limiter = new IpRateLimiter(config.rateLimits ?? DEFAULT_RATE_LIMITS);
  const rest = createRestHandler({
    hub,
    now: config.now,
    limiter,
    ...(config.rateLimits === undefined ? {} : { rateLimits: config.rateLimits }),
    security: createSecurityCheck(exchange.registry),
    routes: [...orderRoutes({ exchange }), ...accountRoutes({ exchange })],
    faults: config.restFaults,
  });
  return { feed: hub, rest, exchange, accounts: new SimulatorAccounts(exchange, config.now), hub, limiter };
};
