import { expect } from 'chai';
import sinon from 'sinon';
import type { Harness } from '../fakes/simulatorHarness.js';
import { startHarness } from '../fakes/simulatorHarness.js';
import { upgradeStatus } from '../fakes/TestClient.js';

describe('StreamServer', () => {
  let h: Harness;

  afterEach(async () => {
    sinon.restore();
    await h.close();
  });

  describe('endpoints', () => {
    beforeEach(async () => {
      h = await startHarness({ maxIncomingPerSecond: 100 });
    });

    it('sends bare payloads on /ws/<name>', async () => {
      const client = await h.connect('/ws/btcusdt@trade');
      h.feed.emit('btcusdt@trade', { e: 'trade', t: 1 });
      expect(await client.next()).to.equal('{"e":"trade","t":1}');
    });

    it('sends envelopes on /stream?streams=<a>/<b>', async () => {
      const client = await h.connect('/stream?streams=btcusdt@trade/ethusdt@depth20');
      h.feed.emit('btcusdt@trade', { t: 1 });
      h.feed.emit('ethusdt@depth20', { lastUpdateId: 2 });
      expect(await client.next()).to.equal('{"stream":"btcusdt@trade","data":{"t":1}}');
      expect(await client.next()).to.equal('{"stream":"ethusdt@depth20","data":{"lastUpdateId":2}}');
    });

    it('serves /ws and /stream without streams, for SUBSCRIBE', async () => {
      const raw = await h.connect('/ws');
      const combined = await h.connect('/stream');
      expect(await raw.request({ method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 1 })).to.deep.equal({
        result: null,
        id: 1,
      });
      expect(await combined.request({ method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 2 })).to.deep.equal({
        result: null,
        id: 2,
      });
      h.feed.emit('btcusdt@trade', { t: 3 });
      expect(await raw.nextJson()).to.deep.equal({ t: 3 });
      expect(await combined.nextJson()).to.deep.equal({ stream: 'btcusdt@trade', data: { t: 3 } });
    });

    it('accepts URL-encoded names', async () => {
      const client = await h.connect('/stream?streams=btcusdt%40kline_1m%40%2B08%3A00');
      expect(h.feed.subscriptions).to.deep.equal(['btcusdt@kline_1m@+08:00']);
      h.feed.emit('btcusdt@kline_1m@+08:00', { k: 1 });
      expect(await client.nextJson()).to.deep.equal({ stream: 'btcusdt@kline_1m@+08:00', data: { k: 1 } });
    });

    it('refuses unknown paths with 404 and bad stream URLs with 400', async () => {
      expect(await upgradeStatus(`${h.sim.wsUrl}/nowhere`)).to.equal(404);
      expect(await upgradeStatus(`${h.sim.wsUrl}/ws-api/v3`)).to.equal(404);
      expect(await upgradeStatus(`${h.sim.wsUrl}/ws/BTCUSDT@trade`)).to.equal(400);
      expect(await upgradeStatus(`${h.sim.wsUrl}/ws/btcusdt@trade/ethusdt@trade`)).to.equal(400);
      expect(await upgradeStatus(`${h.sim.wsUrl}/stream?streams=btcusdt@trade//ethusdt@trade`)).to.equal(400);
      expect(await upgradeStatus(`${h.sim.wsUrl}/stream?streams=btcusdt@nothing`)).to.equal(400);
      expect(h.sim.market.connections()).to.deep.equal([]);
      expect(h.sim.market.connectionAttempts()).to.equal(6);
    });
  });

  it('refuses a URL with more streams than a connection may hold', async () => {
    h = await startHarness({ maxStreamsPerConnection: 2 });
    const url = `${h.sim.wsUrl}/stream?streams=btcusdt@trade/ethusdt@trade/bnbusdt@trade`;
    expect(await upgradeStatus(url)).to.equal(400);
  });

  it('counts connection attempts and answers 429 beyond the 5-minute limit', async () => {
    let clock = 1_000_000;
    h = await startHarness({ maxConnectionAttemptsPer5Minutes: 2, now: () => clock });
    await h.connect('/ws');
    expect(await upgradeStatus(`${h.sim.wsUrl}/nowhere`)).to.equal(404);
    expect(await upgradeStatus(`${h.sim.wsUrl}/ws`)).to.equal(429);
    expect(h.sim.market.connectionAttempts()).to.equal(3);
    clock += 5 * 60_000;
    await h.connect('/ws');
    expect(h.sim.market.connectionAttempts()).to.equal(4);
    expect(h.sim.market.connections()).to.have.length(2);
  });

  describe('fan-out', () => {
    beforeEach(async () => {
      h = await startHarness({ maxIncomingPerSecond: 100 });
    });

    it('subscribes to the feed once per stream, serializes each payload once, and releases it when nobody holds it', async () => {
      const clients = await Promise.all([
        h.connect('/ws/btcusdt@trade'),
        h.connect('/stream?streams=btcusdt@trade'),
        h.connect('/stream?streams=btcusdt@trade'),
      ]);
      expect(h.feed.subscriptions).to.deep.equal(['btcusdt@trade']);
      const stringify = sinon.spy(JSON, 'stringify');
      const payload = { e: 'trade', t: 7 };
      h.feed.emit('btcusdt@trade', payload);
      stringify.restore();
      expect(stringify.getCalls().filter((call) => call.args[0] === payload)).to.have.length(1);
      const texts = await Promise.all(clients.map((client) => client.next()));
      expect(texts).to.deep.equal([
        '{"e":"trade","t":7}',
        '{"stream":"btcusdt@trade","data":{"e":"trade","t":7}}',
        '{"stream":"btcusdt@trade","data":{"e":"trade","t":7}}',
      ]);

      const [first, second, third] = clients;
      await first.request({ method: 'UNSUBSCRIBE', params: ['btcusdt@trade'], id: 1 });
      await second.terminate();
      expect(h.feed.unsubscriptions).to.deep.equal([]);
      const gone = h.disconnect();
      await third.terminate();
      await gone;
      expect(h.feed.unsubscriptions).to.deep.equal(['btcusdt@trade']);
      expect(h.feed.listenerCount('btcusdt@trade')).to.equal(0);
    });

    it('sends nothing for streams a connection does not hold', async () => {
      const client = await h.connect('/ws/btcusdt@trade');
      h.feed.emit('ethusdt@trade', { t: 1 });
      h.feed.emit('btcusdt@trade', { t: 2 });
      expect(await client.nextJson()).to.deep.equal({ t: 2 });
    });
  });

  describe('introspection', () => {
    it('records every connection, live or closed, and every control message, and emits events', async () => {
      let clock = 5_000;
      h = await startHarness({ now: () => clock });
      const opened = new Promise((resolve) => h.sim.events.once('connection', resolve));
      const client = await h.connect('/stream?streams=btcusdt@trade');
      expect(await opened).to.deep.include({ id: 1, path: '/stream?streams=btcusdt@trade', openedAt: 5_000 });
      clock = 5_100;
      const control = h.control();
      client.send({ method: 'SUBSCRIBE', params: ['ethusdt@trade'], id: 'a1' });
      expect(await control).to.deep.equal({
        connectionId: 1,
        at: 5_100,
        method: 'SUBSCRIBE',
        params: ['ethusdt@trade'],
        id: 'a1',
      });
      expect(h.sim.market.connections()[0]).to.deep.include({
        streams: ['btcusdt@trade', 'ethusdt@trade'],
        messagesReceived: 1,
        rateLimited: false,
        combined: true,
      });
      clock = 6_000;
      const disconnect = h.disconnect();
      client.ws.close(4000, 'bye');
      expect(await disconnect).to.deep.include({ id: 1, closedAt: 6_000, closeCode: 4000, closeReason: 'bye' });
      expect(h.sim.market.connections()[0]).to.deep.include({ streams: [], closedAt: 6_000 });
      expect(h.sim.market.controlLog()).to.have.length(1);
    });
  });
});
