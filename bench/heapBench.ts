import { setTimeout as delay } from 'node:timers/promises';
import type { Observable, Subscription } from 'rxjs';
import { WebSocket } from 'ws';
import { Binance } from '../src/index.node.js';
import type { SimulatorProcess } from './SimulatorProcess.js';

/** What {@link measureSteadyHeap} found, in bytes. */
export interface HeapFigures {
  /** Heap in use before the client existed (the process, its modules, the benchmark). */
  readonly before: number;
  /** Heap in use with the client running 50 streams and 10 sessions, after a garbage collection. */
  readonly steady: number;
  /** Heap added by the baseline: one bare `ws` socket on the same 50 streams, each frame `JSON.parse`d. */
  readonly rawAdded: number;
}

const SYMBOLS = ['BTCUSDT', 'ETHUSDT', 'BNBUSDT', 'SOLUSDT', 'ETHBTC'];
/** The 50 streams both clients run: the same names the library's calls below subscribe. */
const STREAM_NAMES = SYMBOLS.flatMap((symbol) =>
  [
    'trade',
    'aggTrade',
    'bookTicker',
    'ticker',
    'miniTicker',
    'ticker_1h',
    'kline_1m',
    'depth5',
    'depth@100ms',
    'avgPrice',
  ].map((kind) => `${symbol.toLowerCase()}@${kind}`),
);

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
  const rawAdded = await rawHeap(sim, runMs);
  const before = collect();
  const binance = new Binance({ endpoints: sim.urls });
  const subscriptions: Subscription[] = [];
  try {
    const { market } = binance;
    const streams = SYMBOLS.flatMap((symbol): Observable<unknown>[] => [
      market.trades(symbol),
      market.aggTrades(symbol),
      market.bookTicker(symbol),
      market.ticker(symbol),
      market.miniTicker(symbol),
      market.windowTicker(symbol, '1h'),
      market.klines(symbol, '1m'),
      market.depth(symbol, 5),
      market.diffDepth(symbol, { speedMs: 100 }),
      market.avgPrice(symbol),
    ]);
    // A stream that never delivered would flatter the figure: each must have carried data by the end.
    const flowing = new Set<number>();
    streams.forEach((stream, i) => subscriptions.push(stream.subscribe(() => flowing.add(i))));
    const sessions = accounts.map((credentials, i) => binance.users.connect(`user-${i}`, credentials));
    for (const session of sessions) subscriptions.push(session.userData$.subscribe());
    await delay(runMs);
    if (flowing.size !== streams.length) throw new Error(`only ${flowing.size} of ${streams.length} streams flowed`);
    const live = sessions.filter((session) => session.userDataState().state === 'live').length;
    if (live !== sessions.length) throw new Error(`only ${live} of ${sessions.length} user data streams are live`);
    const steady = collect();
    return { before, steady, rawAdded };
  } finally {
    for (const subscription of subscriptions) subscription.unsubscribe();
    binance.close();
  }
}

/** The heap a bare socket adds while carrying the same 50 streams (its last parsed frame kept alive). */
async function rawHeap(sim: SimulatorProcess, runMs: number): Promise<number> {
  const before = collect();
  const socket = new WebSocket(`${sim.urls.wsUrl}/stream?streams=${STREAM_NAMES.join('/')}`, {
    perMessageDeflate: false,
  });
  let last: unknown;
  socket.on('message', (data: Buffer) => {
    last = JSON.parse(data.toString());
  });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('message', () => resolve());
      socket.once('error', reject);
    });
    await delay(runMs);
    const steady = collect();
    if (last === undefined) throw new Error('the baseline socket received nothing');
    return steady - before;
  } finally {
    socket.terminate();
  }
}
