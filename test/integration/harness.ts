import { firstValueFrom, type Observable, take, timeout, toArray } from 'rxjs';
import type { BinanceConfig } from '../../src/config/BinanceConfig.js';
import type { ExchangeError } from '../../src/errors/ExchangeError.js';
import { Binance } from '../../src/index.node.js';
import { BinanceSimulator } from '../../src/simulator/BinanceSimulator.js';
import type { SimulatorOptions } from '../../src/simulator/SimulatorOptions.js';
import { recordSecretsOf, suiteLogger } from './suiteLog.js';

/** A simulator on a free port of 127.0.0.1, with small symbols list by default. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<BinanceSimulator> {
  const sim = await BinanceSimulator.start({ symbols: ['BTCUSDT', 'ETHUSDT', 'BNBUSDT'], tickMs: 20, ...options });
  recordSecretsOf(sim);
  return sim;
}

/** A client of `sim` that logs into the suite's log, with fast reconnection so that tests do not wait for a backoff. */
export function clientOf(sim: BinanceSimulator, config: Omit<BinanceConfig, 'endpoints'> = {}): Binance {
  return new Binance({
    logger: suiteLogger(),
    ...config,
    endpoints: { restUrl: sim.restUrl, wsUrl: sim.wsUrl, wsApiUrl: sim.wsApiUrl },
    market: { reconnect: { initialDelay: 50, maxDelay: 500 }, ...config.market },
  });
}

/** The error `source` ends with, as the library classified it; a test failure when it succeeds instead. */
export async function firstError(source: Observable<unknown>): Promise<ExchangeError> {
  try {
    await firstValueFrom(source);
  } catch (error) {
    return error as ExchangeError;
  }
  throw new Error('expected an error');
}

/** The first `count` values of `source`, or a timeout error naming `what`. */
export function firstValues<T>(source: Observable<T>, count: number, what: string, timeoutMs = 5000): Promise<T[]> {
  return firstValueFrom(
    source.pipe(
      take(count),
      toArray(),
      timeout({ first: timeoutMs, with: () => Promise.reject(new Error(`timed out waiting for ${count} ${what}`)) }),
    ),
  );
}

/**
 * Resolves once `condition` holds, checking it now and after each event the simulator emits (connections, control
 * messages, disconnects); rejects after `timeoutMs` with `what`.
 */
export function simulatorCondition(
  sim: BinanceSimulator,
  condition: () => boolean,
  what: string,
  timeoutMs = 5000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (!condition()) return;
      cleanup();
      resolve();
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      sim.events.off('connection', check).off('control', check).off('disconnect', check);
    };
    sim.events.on('connection', check).on('control', check).on('disconnect', check);
    check();
  });
}
