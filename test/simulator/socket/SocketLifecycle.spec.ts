import { expect } from 'chai';
import { startWsApiSim, type WsApiSim } from '../wsapi/wsApiHarness.js';

describe('SocketLifecycle (WebSocket API connections)', () => {
  let h: WsApiSim | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('pings with a payload to echo, and closes (1008) a connection whose pong does not come', async () => {
    h = await startWsApiSim({ pingIntervalMs: 40, pongTimeoutMs: 120 });
    const polite = await h.connect();
    const silent = await h.connect('', { autoPong: false });
    expect(await silent.closed).to.deep.equal({ code: 1008, reason: 'Pong timeout' });
    expect(silent.pings.length).to.be.at.least(1);
    expect(polite.pings.length).to.be.at.least(2);
    expect(new Set(polite.pings.map(String)).size).to.equal(polite.pings.length);
    expect((await polite.call('ping')).status).to.equal(200);
  });

  it('closes a connection at the end of its lifetime (1000)', async () => {
    h = await startWsApiSim({ connectionLifetimeMs: 150 });
    const client = await h.connect();
    expect(await client.closed).to.deep.equal({ code: 1000, reason: 'Connection lifetime exceeded' });
  });

  it('holds a close that falls due during a stall until the stall ends', async () => {
    h = await startWsApiSim({ connectionLifetimeMs: 200 });
    const stalled = await h.connect();
    h.sim.faults.stallWsApi();
    const other = await h.connect();
    // Opened later, the other connection's lifetime ends after the stalled one's.
    expect(await other.closed).to.deep.equal({ code: 1000, reason: 'Connection lifetime exceeded' });
    expect(h.sim.wsApi.connections()[0]?.closedAt).to.equal(undefined);
    h.sim.faults.resumeWsApi();
    expect(await stalled.closed).to.deep.equal({ code: 1000, reason: 'Connection lifetime exceeded' });
  });
});
