// The benchmark's simulator, in a process of its own: the client's CPU time is then the client's alone, and the
// server's work runs on the other core.
import { BinanceSimulator } from '../src/simulator/BinanceSimulator.js';

/** What the benchmark asks of this process. */
export type SimulatorCommand =
  | { readonly type: 'flood'; readonly stream: string; readonly rate: number | 'max'; readonly levels?: number }
  | { readonly type: 'stop' }
  | { readonly type: 'account' }
  | { readonly type: 'close' };

const send = (message: unknown): void => {
  process.send?.(message);
};

const sim = await BinanceSimulator.start({
  // Binance's usual suspects (BTCUSDT, ETHUSDT, BNBUSDT, SOLUSDT, ETHBTC): the heap figure uses all five.
  // The benchmark's clients are the only ones; a generous limit keeps the baseline's raw socket from being cut.
  maxIncomingPerSecond: 1000,
  // The order round trips must measure the clients, not the limits: both clients get the same generous ones.
  rateLimits: {
    rules: [
      { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 1_000_000 },
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 1_000_000 },
      { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 10_000_000 },
      { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, limit: 10_000_000 },
    ],
  },
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
    case 'account': {
      const { credentials } = sim.accounts.create({ balances: { USDT: '1000000000', BTC: '1000' } });
      send({ type: 'account', credentials });
      break;
    }
    case 'close':
      void sim.close().then(() => process.exit(0));
      break;
  }
});
send({ type: 'ready', wsUrl: sim.wsUrl, restUrl: sim.restUrl, wsApiUrl: sim.wsApiUrl });
