import { expect } from 'chai';
import { once } from 'node:events';
import { BinanceSimulator } from '../../../src/simulator/BinanceSimulator.js';
import type { WsApiConnectionInfo } from '../../../src/simulator/wsapi/WsApiConnectionInfo.js';
import type { WsApiRequestLogEntry } from '../../../src/simulator/wsapi/WsApiRequestLogEntry.js';
import { fakeBackend } from '../fakes/FakeMarketFeed.js';
import { upgradeStatus } from '../fakes/TestClient.js';
import { startWsApiSim, type WsApiSim } from './wsApiHarness.js';
import { WsApiTestClient } from './WsApiTestClient.js';

describe('WsApiServer (/ws-api/v3)', () => {
  let h: WsApiSim | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('records connections and requests (without signature) and emits events to wait on', async () => {
    h = await startWsApiSim();
    const client = await h.connect();
    const requestEvent = once(h.sim.wsApi.events, 'request') as Promise<[WsApiRequestLogEntry]>;
    await client.call('ping', { signature: 'secret-looking', returnRateLimits: true });
    const [entry] = await requestEvent;
    expect(entry).to.deep.include({ connectionId: 1, id: 1, method: 'ping', status: 400 });
    expect(entry.params).to.deep.equal({ returnRateLimits: true });
    expect(entry.error?.code).to.equal(-1104);
    expect(h.sim.wsApi.requestLog()).to.deep.equal([entry]);
    const connected = once(h.sim.wsApi.events, 'connection') as Promise<[WsApiConnectionInfo]>;
    const second = await h.connect('?returnRateLimits=false');
    expect((await connected)[0]).to.deep.include({ id: 2, path: '/ws-api/v3?returnRateLimits=false', requests: 0 });
    const gone = once(h.sim.wsApi.events, 'disconnect') as Promise<[WsApiConnectionInfo]>;
    await second.terminate();
    const [closed] = await gone;
    expect(closed).to.deep.include({ id: 2, closeCode: 1006, subscriptions: [] });
    expect(closed.closedAt).to.be.a('number');
    expect(h.sim.wsApi.connections().map((c) => [c.id, c.requests, c.closedAt === undefined])).to.deep.equal([
      [1, 1, true],
      [2, 0, false],
    ]);
  });

  it('is not mounted without an exchange', async () => {
    const sim = await BinanceSimulator.start({}, fakeBackend().factory);
    try {
      expect(await upgradeStatus(sim.wsApiUrl)).to.equal(404);
      expect(() => sim.wsApi).to.throw(TypeError);
      expect(sim.faults.dropWsApiConnections()).to.equal(0);
    } finally {
      await sim.close();
    }
  });

  it('close() closes every connection and leaves nothing open', async () => {
    await new Promise((resolve) => setImmediate(resolve));
    const before = openHandles();
    const sim = await BinanceSimulator.start({
      symbols: ['BTCUSDT'],
      pingIntervalMs: 10,
      serverShutdownGraceMs: 60_000,
    });
    const account = sim.accounts.create({ keyType: 'ED25519' });
    const client = await WsApiTestClient.open(sim.wsApiUrl);
    const logon = await client.signed('session.logon', {}, account.credentials);
    expect(logon.status).to.equal(200);
    expect((await client.call('userDataStream.subscribe')).result).to.deep.equal({ subscriptionId: 0 });
    sim.faults.wsApiServerShutdown();
    sim.faults.stallWsApi();
    await sim.close();
    expect((await client.closed).code).to.equal(1006);
    expect(sim.exchange.events.listenerCount('user')).to.equal(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(openHandles()).to.deep.equal(before);
  });
});

/** The sockets, servers and timers that keep the process alive, by kind. */
function openHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) {
    if (/^(TCP|Timeout|Immediate)/.test(kind)) counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}
