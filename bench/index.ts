// `npm run bench`: every figure beside a baseline measured in the same run, as a ratio. Machines are noisy; only
// same-run ratios mean anything. Not part of `npm test`.
import type { Observable } from 'rxjs';
import type { Binance } from '../src/index.node.js';
import { type Flood, measure, median, type Sample } from './measure.js';
import { SimulatorProcess } from './SimulatorProcess.js';
import { measureSteadyHeap } from './heapBench.js';
import { compareOrderBooks } from './orderBookBench.js';
import { handSignedAxios, sessionOrders } from './orderClients.js';
import { libraryClient, rawClient } from './streamClients.js';

interface Comparison {
  readonly name: string;
  readonly flood: Flood;
  readonly select: (binance: Binance) => Observable<unknown>;
  /** `throughput`: higher is better, target is a minimum ratio; `cpu`: CPU per message, target is a maximum ratio. */
  readonly metric: 'throughput' | 'cpu';
  readonly target: number;
}

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
/** `BENCH_ONLY=streams`, `orders`, `books` or `heap` runs one part. */
const ONLY = process.env['BENCH_ONLY'];

const comparisons: readonly Comparison[] = [
  {
    name: 'trade stream throughput',
    flood: { stream: 'btcusdt@trade', rate: 'max' },
    select: (b) => b.market.trades('BTCUSDT'),
    metric: 'throughput',
    target: 0.8,
  },
  {
    name: 'diff depth (10 levels) throughput',
    flood: { stream: 'btcusdt@depth@100ms', rate: 'max', levels: 10 },
    select: (b) => b.market.diffDepth('BTCUSDT', { speedMs: 100 }),
    metric: 'throughput',
    target: 0.7,
  },
  {
    name: 'depth20 throughput',
    flood: { stream: 'btcusdt@depth20@100ms', rate: 'max' },
    select: (b) => b.market.depth('BTCUSDT', 20, { speedMs: 100 }),
    metric: 'throughput',
    target: 0.8,
  },
  {
    name: 'CPU per message, trades paced at 20,000/s',
    flood: { stream: 'btcusdt@trade', rate: 20_000 },
    select: (b) => b.market.trades('BTCUSDT'),
    metric: 'cpu',
    target: 1.3,
  },
];

function figure(sample: number, metric: Comparison['metric']): string {
  return metric === 'throughput'
    ? `${Math.round(sample).toLocaleString('en-US')} msg/s`
    : `${sample.toFixed(2)} µs/msg`;
}

async function main(): Promise<void> {
  const sim = await SimulatorProcess.start();
  const errors = { count: 0 };
  const rows: string[][] = [];
  let failed = 0;
  try {
    for (const c of ONLY === undefined || ONLY === 'streams' ? comparisons : []) {
      const raw: Sample[] = [];
      const ours: Sample[] = [];
      const stream = c.flood.stream;
      // Alternate the two clients so that drifts of the machine hit both alike.
      for (let round = 0; round < ROUNDS; round++) {
        raw.push(await measure(sim, c.flood, rawClient(stream)));
        ours.push(await measure(sim, c.flood, libraryClient(c.select, errors)));
      }
      const pick = (s: Sample): number => (c.metric === 'throughput' ? s.perSecond : s.cpuPerMessageUs);
      const base = median(raw.map(pick));
      const mine = median(ours.map(pick));
      // The median of each round's ratio: the two clients of a round ran back to back, under the same conditions.
      const ratio = median(ours.map((sample, i) => pick(sample) / pick(raw[i] as Sample)));
      const ok = c.metric === 'throughput' ? ratio >= c.target : ratio <= c.target;
      if (!ok) failed++;
      rows.push([
        c.name,
        figure(base, c.metric),
        figure(mine, c.metric),
        ratio.toFixed(2),
        `${c.metric === 'throughput' ? '≥' : '≤'} ${c.target.toFixed(2)}`,
        ok ? 'ok' : 'MISSED',
      ]);
      console.error(`measured: ${c.name}`);
    }
    if (ONLY === undefined || ONLY === 'orders') {
      rows.push(await compareOrders(sim));
      if (rows.at(-1)?.[5] !== 'ok') failed++;
    }
    if (ONLY === undefined || ONLY === 'books') {
      rows.push(await compareBooks());
      if (rows.at(-1)?.[5] !== 'ok') failed++;
    }
    if (ONLY === undefined || ONLY === 'heap') {
      rows.push(await heap(sim));
      if (rows.at(-1)?.[5] !== 'ok') failed++;
    }
  } finally {
    await sim.close();
  }
  const header = ['', 'baseline (same run)', 'crypto-exchange', 'ratio', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number)))
      .join('   ');
  console.log(
    `crypto-exchange benchmark — ${ROUNDS} alternating rounds, figures and ratios are medians; every library message validated and decoded`,
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(
    'baselines: streams — a bare ws socket with JSON.parse; orders — axios with a query signed by hand (node:crypto);',
  );
  console.log(
    '           order book — two sorted arrays of floats per side (binary search, splice); heap — one bare ws socket on the same 50 streams',
  );
  console.log(`decode errors during the run: ${errors.count}`);
  if (failed > 0) console.log(`${failed} figure(s) missed their target`);
}

// 1000 orders a round (about a second per client): long enough that a passing hiccup of the machine weighs little.
const ORDERS_PER_ROUND = Number(process.env['BENCH_ORDERS'] ?? 1000);

/** Signed order round trips, one after the other: a session against hand-signed axios calls. */
async function compareOrders(sim: SimulatorProcess): Promise<string[]> {
  const credentials = await sim.account();
  const average = await fetch(`${sim.urls.restUrl}/api/v3/avgPrice?symbol=BTCUSDT`).then(
    (r) => r.json() as Promise<{ price: string }>,
  );
  // 5 % under the average: inside the percent-price band, far enough never to fill.
  const price = (Math.floor(Number(average.price) * 0.95 * 100) / 100).toFixed(2);
  const raw: number[] = [];
  const ours: number[] = [];
  // One unmeasured round each first: both paths compiled and optimised, as in a process that has been trading a while.
  await handSignedAxios(sim.urls, credentials, ORDERS_PER_ROUND, price);
  await sessionOrders(sim.urls, credentials, ORDERS_PER_ROUND, price);
  for (let round = 0; round < ROUNDS; round++) {
    raw.push(await handSignedAxios(sim.urls, credentials, ORDERS_PER_ROUND, price));
    ours.push(await sessionOrders(sim.urls, credentials, ORDERS_PER_ROUND, price));
  }
  const base = median(raw);
  const mine = median(ours);
  // Overhead: time per order of the session over time per order of the baseline, the median of the rounds' ratios.
  const overhead = median(raw.map((perSecond, i) => perSecond / (ours[i] as number)));
  console.error('measured: signed order round trips');
  return [
    'signed order round trips (time per order)',
    `${Math.round(base).toLocaleString('en-US')} orders/s (hand-signed axios)`,
    `${Math.round(mine).toLocaleString('en-US')} orders/s`,
    overhead.toFixed(2),
    '≤ 1.15',
    overhead <= 1.15 ? 'ok' : 'MISSED',
  ];
}

/** Diff events applied per second to a 1000-level book: ours (exact, with a view per event) against a float book. */
async function compareBooks(): Promise<string[]> {
  const { plainPerSecond, oursPerSecond } = await compareOrderBooks();
  const ratio = oursPerSecond / plainPerSecond;
  console.error('measured: order book');
  return [
    'order book: diff events applied (1000 levels)',
    `${Math.round(plainPerSecond).toLocaleString('en-US')} events/s (float arrays)`,
    `${Math.round(oursPerSecond).toLocaleString('en-US')} events/s`,
    ratio.toFixed(2),
    '≥ 1.00',
    ratio >= 1 ? 'ok' : 'MISSED',
  ];
}

const MB = 1024 * 1024;

/** A heap difference in MB with its sign (a collection may leave less behind than before). */
function signedMb(bytes: number): string {
  return `${bytes < 0 ? '−' : '+'}${(Math.abs(bytes) / MB).toFixed(1)} MB`;
}

/**
 * The steady-state heap with 50 streams and 10 sessions (user data subscribed): the whole benchmark process's heap
 * after a full collection — modules, loader and all — must stay within 30 MB; the client's own share is shown beside.
 */
async function heap(sim: SimulatorProcess): Promise<string[]> {
  const { before, steady, rawAdded } = await measureSteadyHeap(sim);
  console.error('measured: steady-state heap');
  return [
    'steady heap: 50 streams + 10 sessions',
    `${signedMb(rawAdded)} (bare socket, streams only)`,
    `${(steady / MB).toFixed(1)} MB (${signedMb(steady - before)} by the client)`,
    '—',
    '≤ 30 MB',
    steady <= 30 * MB ? 'ok' : 'MISSED',
  ];
}

await main();
