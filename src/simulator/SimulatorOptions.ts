import { DEFAULT_SYMBOLS } from './market/defaultSymbols.js';
import type { SymbolConfig } from './market/SymbolConfig.js';
import type { RateLimitConfig } from './rest/RateLimitConfig.js';
import type { StreamLimits } from './streams/StreamLimits.js';

/**
 * How to start a {@link BinanceSimulator}. Every field is optional; the defaults are Binance's own limits
 * (PROTOCOL §1.2), so a client that passes against the defaults respects the real exchange. Tests shrink the
 * intervals to reach a limit quickly.
 *
 * @example
 * ```ts
 * const sim = await BinanceSimulator.start({ symbols: ['BTCUSDT'], pingIntervalMs: 200, pongTimeoutMs: 500 });
 * ```
 */
export interface SimulatorOptions {
  /** Interface to listen on (default `'127.0.0.1'`). */
  readonly host?: string;
  /** Port (default 0: a free port chosen by the system). */
  readonly port?: number;
  /**
   * The symbols traded, as names or full configs (default: the market's `DEFAULT_SYMBOLS`, i.e. BTCUSDT, ETHUSDT,
   * BNBUSDT, SOLUSDT, ETHBTC). A name that is one of the defaults gets its config; any other name gets a generic one
   * (price 100, tick 0.01, step 0.001, quote asset read from its suffix).
   */
  readonly symbols?: readonly (string | SymbolConfig)[];
  /** Seed of the synthetic market, so a run can be replayed (default 1). */
  readonly seed?: number;
  /** Period of the synthetic market's clock, in ms (default 100). */
  readonly tickMs?: number;
  /** REST limits (default: Binance's current ones, see {@link RateLimitConfig}). */
  readonly rateLimits?: RateLimitConfig;
  /** How often market-stream connections are pinged (default 20 000 ms). */
  readonly pingIntervalMs?: number;
  /** How long a ping may stay unanswered before the connection is closed (default 60 000 ms). */
  readonly pongTimeoutMs?: number;
  /** Most incoming messages per connection in any 1-second window; one more closes it with 1008 (default 5). */
  readonly maxIncomingPerSecond?: number;
  /** Most streams per connection (default 1024). */
  readonly maxStreamsPerConnection?: number;
  /** When a connection is closed, counted from its opening (default 24 h). */
  readonly connectionLifetimeMs?: number;
  /** Most WebSocket upgrade requests in any 5 minutes; more get HTTP 429 (default 300). */
  readonly maxConnectionAttemptsPer5Minutes?: number;
  /** How long after a `serverShutdown` event the server closes the connections (default 5 000 ms). */
  readonly serverShutdownGraceMs?: number;
  /** The clock of timestamps, records and rate windows (default `Date.now`). Timers still run in real time. */
  readonly now?: () => number;
}

/** {@link SimulatorOptions} with every default applied. */
export interface ResolvedSimulatorOptions extends StreamLimits {
  readonly host: string;
  readonly port: number;
  readonly symbols: readonly SymbolConfig[];
  readonly seed: number;
  readonly tickMs: number;
  readonly rateLimits: RateLimitConfig | undefined;
  readonly maxConnectionAttemptsPer5Minutes: number;
  readonly serverShutdownGraceMs: number;
  readonly now: () => number;
}

const QUOTE_ASSETS = ['USDT', 'USDC', 'FDUSD', 'TUSD', 'BTC', 'ETH', 'BNB', 'EUR', 'TRY'];

/**
 * Applies the defaults and checks the values.
 *
 * @throws TypeError for a non-positive interval or limit, or a malformed symbol name.
 */
export function resolveSimulatorOptions(options: SimulatorOptions = {}): ResolvedSimulatorOptions {
  const resolved: ResolvedSimulatorOptions = {
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    symbols: (options.symbols ?? DEFAULT_SYMBOLS).map(toSymbolConfig),
    seed: options.seed ?? 1,
    tickMs: options.tickMs ?? 100,
    rateLimits: options.rateLimits,
    pingIntervalMs: options.pingIntervalMs ?? 20_000,
    pongTimeoutMs: options.pongTimeoutMs ?? 60_000,
    maxIncomingPerSecond: options.maxIncomingPerSecond ?? 5,
    maxStreamsPerConnection: options.maxStreamsPerConnection ?? 1024,
    connectionLifetimeMs: options.connectionLifetimeMs ?? 24 * 60 * 60_000,
    maxConnectionAttemptsPer5Minutes: options.maxConnectionAttemptsPer5Minutes ?? 300,
    serverShutdownGraceMs: options.serverShutdownGraceMs ?? 5_000,
    now: options.now ?? Date.now,
  };
  for (const key of [
    'tickMs',
    'pingIntervalMs',
    'pongTimeoutMs',
    'maxIncomingPerSecond',
    'maxStreamsPerConnection',
    'connectionLifetimeMs',
    'maxConnectionAttemptsPer5Minutes',
  ] as const) {
    if (!(resolved[key] > 0)) throw new TypeError(`${key} must be positive, got ${resolved[key]}`);
  }
  if (!(resolved.serverShutdownGraceMs >= 0)) throw new TypeError('serverShutdownGraceMs must not be negative');
  if (!Number.isInteger(resolved.port) || resolved.port < 0 || resolved.port > 65535) {
    throw new TypeError(`Invalid port: ${resolved.port}`);
  }
  return resolved;
}

function toSymbolConfig(entry: string | SymbolConfig): SymbolConfig {
  if (typeof entry !== 'string') return entry;
  const name = entry.toUpperCase();
  const known = DEFAULT_SYMBOLS.find((config) => config.symbol === name);
  if (known !== undefined) return known;
  const quote = QUOTE_ASSETS.find((asset) => name.endsWith(asset) && name.length > asset.length);
  if (quote === undefined || !/^[A-Z0-9]+$/.test(name)) throw new TypeError(`Cannot derive a symbol from "${entry}"`);
  return {
    symbol: name,
    baseAsset: name.slice(0, -quote.length),
    quoteAsset: quote,
    initialPrice: '100.00',
    tickSize: '0.01',
    stepSize: '0.001',
  };
}
