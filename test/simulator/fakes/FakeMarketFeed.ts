import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimulatorBackendFactory } from '../../../src/simulator/BinanceSimulator.js';
import type { MarketFeed } from '../../../src/simulator/market/MarketFeed.js';
import type { RestHandler, RestStats } from '../../../src/simulator/rest/RestHandler.js';

const STREAM =
  /^(?:[a-z0-9]+@(?:trade|aggTrade|bookTicker|depth(?:5|10|20)?(?:@100ms)?|kline_(?:1s|1m|3m|5m|15m|30m|1h|2h|4h|6h|8h|12h|1d|3d|1w|1M)(?:@\+08:00)?|miniTicker|ticker|avgPrice)|!miniTicker@arr)$/;

/** A market feed the test drives by hand: `emit(stream, payload)` delivers synchronously to the listeners. */
export class FakeMarketFeed implements MarketFeed {
  readonly symbols = ['BTCUSDT', 'ETHUSDT'];
  readonly subscriptions: string[] = [];
  readonly unsubscriptions: string[] = [];
  started = false;
  stopped = false;
  private readonly listeners = new Map<string, Set<(payload: object) => void>>();

  isStreamName(stream: string): boolean {
    return STREAM.test(stream);
  }

  subscribe(stream: string, listener: (payload: object) => void): () => void {
    this.subscriptions.push(stream);
    let set = this.listeners.get(stream);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(stream, set);
    }
    set.add(listener);
    return () => {
      this.unsubscriptions.push(stream);
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(stream);
    };
  }

  /** How many listeners `stream` has. */
  listenerCount(stream: string): number {
    return this.listeners.get(stream)?.size ?? 0;
  }

  emit(stream: string, payload: object): void {
    for (const listener of this.listeners.get(stream) ?? []) listener(payload);
  }

  start(): void {
    this.started = true;
  }

  stop(): void {
    this.stopped = true;
  }
}

/** A REST side that answers 404 to everything and counts requests. */
export class FakeRestHandler implements RestHandler {
  requests = 0;
  closed = false;

  handle(_request: IncomingMessage, response: ServerResponse): void {
    this.requests++;
    response.writeHead(404, { 'Content-Type': 'application/json' });
    response.end('{"code":-1,"msg":"fake"}');
  }

  stats(): RestStats {
    return { requests: this.requests, requestsWhileLimited: 0, tooManyRequests: 0, bans: 0 };
  }

  close(): void {
    this.closed = true;
  }
}

/** A backend factory over a fake feed and REST handler, both returned for inspection. */
export function fakeBackend(): { feed: FakeMarketFeed; rest: FakeRestHandler; factory: SimulatorBackendFactory } {
  const feed = new FakeMarketFeed();
  const rest = new FakeRestHandler();
  return { feed, rest, factory: () => ({ feed, rest }) };
}
