import type { ClientOptions } from 'ws';
import { BinanceSimulator, type SimulatorBackendFactory } from '../../../src/simulator/BinanceSimulator.js';
import type { AccountOptions, CreatedAccount } from '../../../src/simulator/exchange/AccountRegistry.js';
import { createSecurityCheck } from '../../../src/simulator/exchange/createSecurityCheck.js';
import { Exchange } from '../../../src/simulator/exchange/Exchange.js';
import { SimulatorAccounts } from '../../../src/simulator/exchange/SimulatorAccounts.js';
import { MarketHub } from '../../../src/simulator/market/MarketHub.js';
import { createRestHandler } from '../../../src/simulator/rest/createRestHandler.js';
import { IpRateLimiter } from '../../../src/simulator/rest/IpRateLimiter.js';
import { DEFAULT_RATE_LIMITS } from '../../../src/simulator/rest/RateLimitConfig.js';
import { accountRoutes } from '../../../src/simulator/rest/routes/accountRoutes.js';
import { orderRoutes } from '../../../src/simulator/rest/routes/orderRoutes.js';
import type { SimulatorOptions } from '../../../src/simulator/SimulatorOptions.js';
import { ROOMY_LIMITS } from '../exchange/exchangeHarness.js';
import { SignedClient } from '../exchange/signedClient.js';
import { TEST_SYMBOLS, UNITS } from '../market/marketFixtures.js';
import { WsApiTestClient } from './WsApiTestClient.js';

/** A running simulator over a market that moves only when a test says so, and the clients a test opened on it. */
export interface WsApiSim {
  readonly sim: BinanceSimulator;
  readonly hub: MarketHub;
  /** Takes every synthetic order out of a symbol's book, so that a test controls all its liquidity. */
  emptyBook(symbol: string): void;
  /** Opens an account (any key type). */
  account(options?: AccountOptions): CreatedAccount;
  /** Opens a WebSocket API client (`query` appended to `/ws-api/v3`), closed with the harness. */
  connect(query?: string, options?: ClientOptions): Promise<WsApiTestClient>;
  /** A signed REST client for an account's credentials. */
  rest(account: CreatedAccount): SignedClient;
  close(): Promise<void>;
}

/**
 * Starts a {@link BinanceSimulator} whose backend is the default one except for the market: a manual-mode hub (no
 * synthetic activity unless stepped) over the test symbols, so that fills are the tests' own. Limits are roomy
 * unless `options.rateLimits` says otherwise.
 */
export async function startWsApiSim(options: SimulatorOptions = {}): Promise<WsApiSim> {
  let hub: MarketHub | undefined;
  const factory: SimulatorBackendFactory = (config) => {
    hub = new MarketHub({
      symbols: [...TEST_SYMBOLS, UNITS],
      seed: 11,
      autoStart: false,
      preHistoryMs: 0,
      now: config.now,
    });
    const rateLimits = config.rateLimits ?? DEFAULT_RATE_LIMITS;
    const exchange = new Exchange({ hub, orderLimits: rateLimits.rules });
    const limiter = new IpRateLimiter(rateLimits);
    const rest = createRestHandler({
      hub,
      now: config.now,
      rateLimits,
      limiter,
      security: createSecurityCheck(exchange.registry),
      routes: [...orderRoutes({ exchange }), ...accountRoutes({ exchange })],
      faults: config.restFaults,
    });
    return { feed: hub, rest, exchange, accounts: new SimulatorAccounts(exchange, config.now), hub, limiter };
  };
  const sim = await BinanceSimulator.start({ rateLimits: ROOMY_LIMITS, ...options }, factory);
  const market = hub as MarketHub;
  const clients: WsApiTestClient[] = [];
  const port = Number(new URL(sim.restUrl).port);
  return {
    sim,
    hub: market,
    emptyBook(symbol) {
      const found = market.market(symbol);
      if (found === undefined) throw new RangeError(symbol);
      for (const side of ['BUY', 'SELL'] as const) {
        for (const order of found.book.ordersOf(side)) if (order.owner === 'market') found.cancel(order.orderId);
      }
    },
    account: (accountOptions = {}) => sim.accounts.create(accountOptions),
    async connect(query = '', clientOptions = {}) {
      const client = await WsApiTestClient.open(`${sim.wsApiUrl}${query}`, clientOptions);
      clients.push(client);
      return client;
    },
    rest: (account) => new SignedClient(port, account.credentials, Date.now),
    async close() {
      await Promise.all(clients.map((client) => client.terminate()));
      await sim.close();
    },
  };
}
