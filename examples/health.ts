// The client's health while the embedded simulator stalls the market connection (open, but silent): healthy →
// degraded → healthy once the watchdog has replaced the socket.
// Run: npx tsx examples/health.ts
import { filter, firstValueFrom, timeout } from 'rxjs';
import { Binance, HEALTH_COMPONENTS, type HealthReport, type HealthStatus } from '../src/index.node.js';
import { BinanceSimulator } from '../src/simulator/index.js';

const sim = await BinanceSimulator.start({ symbols: ['BTCUSDT'], seed: 42 });
const binance = new Binance({
  endpoints: { restUrl: sim.restUrl, wsUrl: sim.wsUrl, wsApiUrl: sim.wsApiUrl },
  // A socket silent for 1.5 s is dead (default 30 s); after half of that it already counts as degraded.
  market: { staleAfterMs: 1500 },
});

/** One line per report: the overall status, then each component's, with its reason when not healthy. */
const describe = (report: HealthReport): string =>
  `${report.status.padEnd(9)} ` +
  HEALTH_COMPONENTS.map((name) => {
    const { status, reason } = report.components[name];
    return `${name}=${status}${reason === undefined ? '' : ` (${reason})`}`;
  }).join(' ');

/** The next report in which the market connections have `status`. */
const connections = (status: HealthStatus): Promise<HealthReport> =>
  firstValueFrom(
    binance.health$.pipe(
      filter((report) => report.components.connections.status === status),
      timeout(8000),
    ),
  );

// health$ judges every second while subscribed and emits at once, then on every change of a component's status.
const changes = binance.health$.subscribe((report) => console.log(describe(report)));
// Something to be healthy about: a stream that delivers every 100 ms.
const depth = binance.market.depth('BTCUSDT', 5, { speedMs: 100 }).subscribe();

try {
  await connections('healthy');
  console.log('-- stalling the market connection');
  sim.faults.stall();
  await connections('degraded');
  await connections('healthy'); // replaced, reconnected and subscribed again, by itself
  const { details } = binance.health('connections');
  console.log('-- recovered:', JSON.stringify(details['sockets']));
} finally {
  changes.unsubscribe();
  depth.unsubscribe();
  binance.close();
  await sim.close();
}
