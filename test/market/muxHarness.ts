import { RecordingLogger } from '../fakes/RecordingLogger.js';
import type { TestScheduler } from 'rxjs/testing';
import { RawTrade } from '../../src/codecs/RawTrade.js';
import { resolveMarketConfig, type MarketConfig } from '../../src/config/MarketConfig.js';
import type { ExchangeError } from '../../src/errors/ExchangeError.js';
import type { ConnectionEvent } from '../../src/market/ConnectionEvent.js';
import type { StreamDecoder } from '../../src/market/StreamDecoder.js';
import { StreamMux } from '../../src/market/StreamMux.js';
import { toTrade, type Trade } from '../../src/models/Trade.js';
import { SlidingWindowLimiter } from '../../src/resilience/SlidingWindowLimiter.js';
import { FakeSocketServer } from '../fakes/FakeWebSocket.js';

/** A trade decoder as the catalog builds it, with a counter of models built. */
export function countingTradeDecoder(): StreamDecoder<RawTrade, Trade> & { built: number } {
  const decoder = {
    built: 0,
    codec: RawTrade,
    toModel(raw: RawTrade): Trade {
      decoder.built++;
      return toTrade(raw);
    },
    position: (raw: RawTrade) => ({ first: raw.t, last: raw.t }),
    gapless: true,
  };
  return decoder;
}

/** A valid trade payload with id `id`. */
export function tradePayload(id: number | bigint, symbol = 'BTCUSDT'): Record<string, unknown> {
  return {
    e: 'trade',
    E: 1_700_000_000_000,
    s: symbol,
    t: id,
    p: '50000.01',
    q: '0.001',
    T: 1_700_000_000_000,
    m: false,
    M: true,
  };
}

/** A multiplexer over fake sockets, in the virtual time of `scheduler`, recording what it reports. */
export function createTestMux(scheduler: TestScheduler, config: MarketConfig = {}) {
  const server = new FakeSocketServer(() => scheduler.now());
  const errors: ExchangeError[] = [];
  const events: ConnectionEvent[] = [];
  const logger = new RecordingLogger();
  const resolved = resolveMarketConfig({ reconnect: { jitter: 0 }, ...config });
  const mux = new StreamMux({
    wsUrl: 'wss://stream.example',
    factory: server.factory,
    scheduler,
    config: resolved,
    connectionAttempts: new SlidingWindowLimiter(
      resolved.connectionAttempts.limit,
      resolved.connectionAttempts.windowMs,
      scheduler,
    ),
    reportError: (error) => errors.push(error),
    reportConnection: (event) => events.push(event),
    logger,
  });
  /** Schedules `work` at virtual time `at` (ms from the start of the run). */
  const at = (time: number, work: () => void): void => {
    scheduler.schedule(work, time - scheduler.now());
  };
  return { mux, server, errors, events, logger, at };
}
