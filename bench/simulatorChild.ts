// The benchmark's simulator, in a process of its own: the client's CPU time is then the client's alone, and the
// server's work runs on the other core.
import { BinanceSimulator } from '../src/simulator/BinanceSimulator.js';

/** What the benchmark asks of this process. */
export type SimulatorCommand =
  | { readonly type: 'flood'; readonly stream: string; readonly rate: number | 'max'; readonly levels?: number }
  | { readonly type: 'stop' }
  | { readonly type: 'close' };

const send = (message: unknown): void => {
  process.send?.(message);
};

const sim = await BinanceSimulator.start({
  symbols: ['BTCUSDT', 'ETHUSDT'],
  // The benchmark's clients are the only ones; a generous limit keeps the baseline's raw socket from being cut.
  maxIncomingPerSecond: 1000,
});

process.on('message', (command: SimulatorCommand) => {
  switch (command.type) {
    case 'flood':
      sim.faults.highRate(command.levels === undefined ? command : { ...command, levels: command.levels });
      send({ type: 'flooding' });
      break;
    case 'stop':
      sim.faults.stopHighRate();
      send({ type: 'stopped' });
      break;
    case 'close':
      void sim.close().then(() => process.exit(0));
      break;
  }
});
send({ type: 'ready', wsUrl: sim.wsUrl, restUrl: sim.restUrl, wsApiUrl: sim.wsApiUrl });
