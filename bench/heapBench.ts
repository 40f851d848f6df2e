import { setTimeout as delay } from 'node:timers/promises';
import type { Subscription } from 'rxjs';
import { Binance } from '../src/index.node.js';
import type { SimulatorProcess } from './SimulatorProcess.js';

/** What {@link measureSteadyHeap} found, in bytes. */
export interface HeapFigures {
  /** Heap in use before the client existed (the process, its modules, the benchmark). */
  readonly before: number;
  /** Heap in use with the client running 50 streams and 10 sessions, after a garbage collection. */
  readonly steady: number;
}

function collect(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run the benchmark with node --expose-gc (npm run bench does)');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * The client's steady-state heap: 50 market streams (10 kinds over 5 symbols) and 10 trading sessions with their
 * user data subscribed, running for `runMs` against the simulator, measured after a full garbage collection.
 */
export async function measureSteadyHeap(sim: SimulatorProcess, runMs = 8_000): Promise<HeapFigures> {
  const accounts = [];
  for (let i = 0; i < 10; i++) accounts.push(await sim.account());
  const before = collect();
  const binance = new Binance({ endpoints: sim.urls });
  const subscriptions: Subscription[] = [];
  try {
    const { market } = binance;
    for (const symbol of ['BTCUSDT', 'ETHUSDT', 'BNBUSDT', 'SOLUSDT', 'ETHBTC']) {
      subscriptions.push(
        market.trades(symbol).subscribe(),
        market.aggTrades(symbol).subscribe(),
        market.bookTicker(symbol).subscribe(),
        market.ticker(symbol).subscribe(),
        market.miniTicker(symbol).subscribe(),
        market.windowTicker(symbol, '1h').subscribe(),
        market.klines(symbol, '1m').subscribe(),
        market.depth(symbol, 5).subscribe(),
        market.diffDepth(symbol, { speedMs: 100 }).subscribe(),
        market.avgPrice(symbol).subscribe(),
      );
    }
    accounts.forEach((credentials, i) => {
      subscriptions.push(binance.users.connect(`user-${i}`, credentials).userData$.subscribe());
    });
    await delay(runMs);
    const steady = collect();
    return { before, steady };
  } finally {
    for (const subscription of subscriptions) subscription.unsubscribe();
    binance.close();
  }
}
