import type { ClientOptions } from 'ws';
import type { SimulatorOptions } from '../../../src/simulator/SimulatorOptions.js';
import { BinanceSimulator } from '../../../src/simulator/BinanceSimulator.js';
import type { ConnectionInfo } from '../../../src/simulator/streams/ConnectionInfo.js';
import type { ControlLogEntry } from '../../../src/simulator/streams/ControlLogEntry.js';
import type { FakeMarketFeed, FakeRestHandler } from './FakeMarketFeed.js';
import { fakeBackend } from './FakeMarketFeed.js';
import { TestClient } from './TestClient.js';

/** A simulator over a fake market, and the clients a test opened on it; `close()` releases all of them. */
export interface Harness {
  readonly sim: BinanceSimulator;
  readonly feed: FakeMarketFeed;
  readonly rest: FakeRestHandler;
  /** Opens a client on `path` (e.g. `/ws/btcusdt@trade`), closed with the harness. */
  connect(path: string, options?: ClientOptions): Promise<TestClient>;
  /** Resolves with the next `'disconnect'` record matching `predicate`. */
  disconnect(predicate?: (info: ConnectionInfo) => boolean): Promise<ConnectionInfo>;
  /** Resolves with the next `'control'` entry matching `predicate`. */
  control(predicate?: (entry: ControlLogEntry) => boolean): Promise<ControlLogEntry>;
  close(): Promise<void>;
}

/** Starts a simulator on port 0 over a fake market. */
export async function startHarness(options: SimulatorOptions = {}): Promise<Harness> {
  const { feed, rest, factory } = fakeBackend();
  const sim = await BinanceSimulator.start({ port: 0, ...options }, factory);
  const clients: TestClient[] = [];
  return {
    sim,
    feed,
    rest,
    async connect(path, clientOptions) {
      const client = await TestClient.open(`${sim.wsUrl}${path}`, clientOptions);
      clients.push(client);
      return client;
    },
    disconnect: (predicate = () => true) => next(sim, 'disconnect', predicate),
    control: (predicate = () => true) => next(sim, 'control', predicate),
    async close() {
      await Promise.all(clients.map((client) => client.terminate()));
      await sim.close();
    },
  };
}

function next<K extends 'disconnect' | 'control'>(
  sim: BinanceSimulator,
  event: K,
  predicate: (value: K extends 'disconnect' ? ConnectionInfo : ControlLogEntry) => boolean,
): Promise<K extends 'disconnect' ? ConnectionInfo : ControlLogEntry> {
  type Value = K extends 'disconnect' ? ConnectionInfo : ControlLogEntry;
  return new Promise((resolve) => {
    const listener = (value: Value): void => {
      if (!predicate(value)) return;
      sim.events.off(event, listener as never);
      resolve(value);
    };
    sim.events.on(event, listener as never);
  });
}
