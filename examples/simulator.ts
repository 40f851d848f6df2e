// A strategy's market-data side tested offline: the simulator drops the connection, the stream carries on.
// Run: npx tsx examples/simulator.ts
import { filter, firstValueFrom, take, toArray } from 'rxjs';
import { Binance } from '../src/index.node.js';
import { BinanceSimulator } from '../src/simulator/index.js';

const sim = await BinanceSimulator.start({ symbols: ['BTCUSDT', 'ETHUSDT'], seed: 42 });
const binance = new Binance({ endpoints: { restUrl: sim.restUrl, wsUrl: sim.wsUrl, wsApiUrl: sim.wsApiUrl } });

const trades = binance.market.trades('BTCUSDT');
console.log(
  'first trades:',
  (await firstValueFrom(trades.pipe(take(3), toArray()))).map((t) => t.price.toFixed()),
);

const reconnected = firstValueFrom(binance.connection$.pipe(filter((e) => e.type === 'open')));
sim.faults.dropConnections();
await reconnected;
console.log(
  'after the drop:',
  (await firstValueFrom(trades.pipe(take(3), toArray()))).map((t) => t.price.toFixed()),
);

binance.close();
await sim.close();
