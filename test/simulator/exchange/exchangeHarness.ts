import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AccountOptions } from '../../../src/simulator/exchange/AccountRegistry.js';
import { createSecurityCheck } from '../../../src/simulator/exchange/createSecurityCheck.js';
import { Exchange } from '../../../src/simulator/exchange/Exchange.js';
import { SimulatorAccounts } from '../../../src/simulator/exchange/SimulatorAccounts.js';
import type { UserDataEvent } from '../../../src/simulator/exchange/userEvents.js';
import { MarketHub } from '../../../src/simulator/market/MarketHub.js';
import type { SymbolConfig } from '../../../src/simulator/market/SymbolConfig.js';
import type { SyntheticMarket } from '../../../src/simulator/market/SyntheticMarket.js';
import { createRestHandler, type RestFaultHooks } from '../../../src/simulator/rest/createRestHandler.js';
import type { RateLimitConfig } from '../../../src/simulator/rest/RateLimitConfig.js';
import type { RestStats } from '../../../src/simulator/rest/RestHandler.js';
import { accountRoutes } from '../../../src/simulator/rest/routes/accountRoutes.js';
import { orderRoutes } from '../../../src/simulator/rest/routes/orderRoutes.js';
import { T0, TEST_SYMBOLS } from '../market/marketFixtures.js';
import { rawRequest, type Reply, SignedClient } from './signedClient.js';

/** Limits high enough that only the tests about limits reach them. */
export const ROOMY_LIMITS: RateLimitConfig = {
  rules: [
    { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 1_000_000 },
    { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 10_000 },
    { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 1_000_000 },
  ],
};

/** A test account: its id, its signing client, and the events it received. */
export interface TestAccount {
  readonly id: string;
  readonly client: SignedClient;
  readonly events: UserDataEvent[];
}

/** The exchange's REST side on a real HTTP server on 127.0.0.1:0, over a manual-mode hub on a test clock. */
export interface ExchangeHarness {
  readonly hub: MarketHub;
  readonly exchange: Exchange;
  readonly accounts: SimulatorAccounts;
  readonly port: number;
  /** The server's clock. */
  readonly now: () => number;
  /** Moves the clock and the market by `ms` (default 100). */
  readonly step: (ms?: number) => void;
  /** Moves the clock only. */
  readonly advance: (ms: number) => void;
  readonly market: (symbol: string) => SyntheticMarket;
  /** Opens an account and returns its client (signing on the server's clock) and its event log. */
  readonly open: (options?: AccountOptions) => TestAccount;
  /** Takes every synthetic order out of a symbol's book, so that a test controls all its liquidity. */
  readonly emptyBook: (symbol: string) => void;
  readonly request: (method: string, path: string, body?: string, headers?: Record<string, string>) => Promise<Reply>;
  readonly stats: () => RestStats;
  readonly close: () => Promise<void>;
}

/** Starts a harness; every option is optional. */
export async function startExchange(
  options: {
    symbols?: readonly SymbolConfig[];
    rateLimits?: RateLimitConfig;
    faults?: RestFaultHooks;
    /** The clock's start (default the market fixtures' T0). */
    startTime?: number;
  } = {},
): Promise<ExchangeHarness> {
  let time = options.startTime ?? T0;
  const now = () => time;
  const hub = new MarketHub({
    symbols: options.symbols ?? TEST_SYMBOLS,
    seed: 11,
    autoStart: false,
    preHistoryMs: 0,
    now,
  });
  const rateLimits = options.rateLimits ?? ROOMY_LIMITS;
  const exchange = new Exchange({ hub, orderLimits: rateLimits.rules });
  const accounts = new SimulatorAccounts(exchange, now);
  const rest = createRestHandler({
    hub,
    now,
    rateLimits,
    security: createSecurityCheck(exchange.registry),
    routes: [...orderRoutes({ exchange }), ...accountRoutes({ exchange })],
    ...(options.faults === undefined ? {} : { faults: options.faults }),
  });
  const server = http.createServer((req, res) => {
    rest.handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const market = (symbol: string): SyntheticMarket => {
    const found = hub.market(symbol);
    if (found === undefined) throw new RangeError(symbol);
    return found;
  };
  return {
    hub,
    exchange,
    accounts,
    port,
    now,
    step: (ms = 100) => {
      time += ms;
      hub.step(time);
    },
    advance: (ms) => {
      time += ms;
    },
    market,
    open: (accountOptions = {}) => {
      const created = accounts.create(accountOptions);
      const events: UserDataEvent[] = [];
      exchange.events.on('user', (accountId, event) => {
        if (accountId === created.accountId) events.push(event);
      });
      return { id: created.accountId, client: new SignedClient(port, created.credentials, now), events };
    },
    emptyBook: (symbol) => {
      const { book } = market(symbol);
      for (const side of ['BUY', 'SELL'] as const) {
        for (const order of book.ordersOf(side)) if (order.owner === 'market') market(symbol).cancel(order.orderId);
      }
    },
    request: (method, path, body = '', headers = {}) => rawRequest(port, method, path, body, headers),
    stats: () => rest.stats(),
    close: async () => {
      rest.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The body of a reply as a record (for field access in assertions). */
export function json(reply: Reply): Record<string, unknown> {
  return reply.body as Record<string, unknown>;
}
