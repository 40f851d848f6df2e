import { expect } from 'chai';
import { either } from 'fp-ts';
import { request } from 'node:http';
import { Worker } from 'node:worker_threads';
import { RawTrade } from '../../src/codecs/RawTrade.js';
import { BinanceSimulator } from '../../src/simulator/BinanceSimulator.js';
import { DEFAULT_SYMBOLS } from '../../src/simulator/market/defaultSymbols.js';
import { resolveSimulatorOptions } from '../../src/simulator/SimulatorOptions.js';
import { fakeBackend } from './fakes/FakeMarketFeed.js';
import { TestClient } from './fakes/TestClient.js';

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body });
      });
    })
      .on('error', reject)
      .end();
  });
}

/** The sockets, servers and timers that keep the process alive, by kind. */
function openHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) {
    if (/^(TCP|Timeout|Immediate)/.test(kind)) counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

describe('BinanceSimulator', () => {
  it('serves streams, REST and the WebSocket API path on one port of 127.0.0.1, over the synthetic market', async () => {
    const sim = await BinanceSimulator.start({ symbols: ['BTCUSDT'], seed: 7, tickMs: 50 });
    try {
      const port = /^ws:\/\/127\.0\.0\.1:(\d+)$/.exec(sim.wsUrl)?.[1];
      expect(port).to.not.equal(undefined);
      expect(sim.restUrl).to.equal(`http://127.0.0.1:${port}`);
      expect(sim.wsApiUrl).to.equal(`ws://127.0.0.1:${port}/ws-api/v3`);
      const time = await get(`${sim.restUrl}/api/v3/time`);
      expect(time.status).to.equal(200);
      expect(JSON.parse(time.body)).to.have.property('serverTime');
      expect(sim.restStats().requests).to.equal(1);
      const client = await TestClient.open(`${sim.wsUrl}/ws/btcusdt@trade`);
      const trade = await client.nextJson();
      expect(either.isRight(RawTrade.decode(trade)), JSON.stringify(trade)).to.equal(true);
      await client.terminate();
    } finally {
      await sim.close();
    }
  });

  it('mounts the REST handler for every request that is not an upgrade, and starts and stops the backend', async () => {
    const backend = fakeBackend();
    const sim = await BinanceSimulator.start({}, backend.factory);
    expect(backend.feed.started).to.equal(true);
    expect((await get(`${sim.restUrl}/api/v3/ping`)).status).to.equal(404);
    expect((await get(`${sim.restUrl}/ws/btcusdt@trade`)).status).to.equal(404);
    expect(backend.rest.requests).to.equal(2);
    await sim.close();
    expect(backend.feed.stopped).to.equal(true);
    expect(backend.rest.closed).to.equal(true);
  });

  it('close() closes every connection and leaves no socket, server or timer behind', async () => {
    // After one turn of the event loop, so that mocha's own timeout timer is counted on both sides.
    await new Promise((resolve) => setImmediate(resolve));
    const before = openHandles();
    const backend = fakeBackend();
    const sim = await BinanceSimulator.start({ pingIntervalMs: 10, serverShutdownGraceMs: 60_000 }, backend.factory);
    const clients = await Promise.all([
      TestClient.open(`${sim.wsUrl}/ws/btcusdt@trade`),
      TestClient.open(`${sim.wsUrl}/stream?streams=btcusdt@trade`),
    ]);
    sim.faults.serverShutdown();
    sim.faults.highRate({ stream: 'btcusdt@trade', rate: 100 });
    const keepAlive = await get(`${sim.restUrl}/api/v3/ping`);
    expect(keepAlive.status).to.equal(404);
    const closing = sim.close();
    expect(sim.close()).to.equal(closing);
    await closing;
    for (const client of clients) expect((await client.closed).code).to.equal(1006);
    expect(backend.feed.listenerCount('btcusdt@trade')).to.equal(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(openHandles()).to.deep.equal(before);
  });

  it('rejects, leaving nothing open, when the port is taken', async () => {
    const first = await BinanceSimulator.start({}, fakeBackend().factory);
    const port = Number(new URL(first.restUrl).port);
    const second = fakeBackend();
    try {
      await BinanceSimulator.start({ port }, second.factory).then(
        () => expect.fail('started twice on one port'),
        (error: unknown) => expect(error).to.have.property('code', 'EADDRINUSE'),
      );
      expect(second.feed.started).to.equal(false);
      expect(second.rest.closed).to.equal(true);
    } finally {
      await first.close();
    }
  });

  it('starts in a worker thread', async function () {
    this.timeout(20_000);
    // The compiled test suite (coverage) runs .js files; the tsx one runs .ts.
    const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
    const entry = new URL(`./fakes/simulatorWorker.${extension}`, import.meta.url).href;
    // Node 20 cannot start a worker from a .ts file itself; the worker loads tsx first, then the entry.
    const source = `import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
    const worker = new Worker(source, { eval: true });
    const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
    const urls = await new Promise<{ wsUrl: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const client = await TestClient.open(`${urls.wsUrl}/ws/btcusdt@trade`);
    const flooding = new Promise((resolve) => worker.once('message', resolve));
    worker.postMessage('highRate');
    await flooding;
    const trade = (await client.nextJson()) as { t: number };
    expect(trade.t).to.be.at.least(1e12);
    worker.postMessage('close');
    expect((await client.closed).code).to.equal(1006);
    expect(await exited).to.equal(0);
  });
});

describe('resolveSimulatorOptions', () => {
  it("applies Binance's limits by default", () => {
    const options = resolveSimulatorOptions();
    expect(options).to.deep.include({
      host: '127.0.0.1',
      port: 0,
      pingIntervalMs: 20_000,
      pongTimeoutMs: 60_000,
      maxIncomingPerSecond: 5,
      maxStreamsPerConnection: 1024,
      connectionLifetimeMs: 86_400_000,
      maxConnectionAttemptsPer5Minutes: 300,
    });
    expect(options.symbols).to.deep.equal(DEFAULT_SYMBOLS);
  });

  it('turns symbol names into configs: the defaults by name, others derived from their quote asset', () => {
    const [btc, xrp] = resolveSimulatorOptions({ symbols: ['btcusdt', 'XRPBTC'] }).symbols;
    expect(btc).to.equal(DEFAULT_SYMBOLS[0]);
    expect(xrp).to.deep.include({ symbol: 'XRPBTC', baseAsset: 'XRP', quoteAsset: 'BTC' });
  });

  it('refuses invalid values', () => {
    expect(() => resolveSimulatorOptions({ pingIntervalMs: 0 })).to.throw(TypeError, /pingIntervalMs/);
    expect(() => resolveSimulatorOptions({ maxIncomingPerSecond: Number.NaN })).to.throw(TypeError);
    expect(() => resolveSimulatorOptions({ port: 70_000 })).to.throw(TypeError);
    expect(() => resolveSimulatorOptions({ symbols: ['NOQUOTE'] })).to.throw(TypeError, /NOQUOTE/);
  });
});
