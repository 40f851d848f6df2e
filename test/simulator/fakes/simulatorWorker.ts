import { parentPort } from 'node:worker_threads';
import { BinanceSimulator } from '../../../src/simulator/BinanceSimulator.js';

// Starts a simulator inside a worker thread (as the benchmark does), reports its URLs, and closes it on request.
const port = parentPort;
if (port === null) throw new Error('simulatorWorker must run in a worker thread');
const sim = await BinanceSimulator.start({ symbols: ['BTCUSDT'], maxIncomingPerSecond: 1000 });
port.on('message', (message: unknown) => {
  if (message === 'highRate') {
    sim.faults.highRate({ stream: 'btcusdt@trade', rate: 'max' });
    port.postMessage('flooding');
  }
  if (message === 'close') {
    void sim.close().then(() => {
      port.close();
    });
  }
});
port.postMessage({ wsUrl: sim.wsUrl, restUrl: sim.restUrl });
