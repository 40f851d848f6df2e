import { expect } from 'chai';
import { either } from 'fp-ts';
import { RawDepthUpdate } from '../../../../src/codecs/RawDepthUpdate.js';
import { RawTrade } from '../../../../src/codecs/RawTrade.js';
import type { Harness } from '../../fakes/simulatorHarness.js';
import { startHarness } from '../../fakes/simulatorHarness.js';
import type { TestClient } from '../../fakes/TestClient.js';

describe('SimulatorFaults', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness({ maxIncomingPerSecond: 1000, serverShutdownGraceMs: 30, now: () => 1_795_000_000_000 });
  });

  afterEach(async () => {
    await h.close();
  });

  it('dropConnections resets every socket without a close frame', async () => {
    const clients = await Promise.all([h.connect('/ws/btcusdt@trade'), h.connect('/stream')]);
    const gone = new Promise<void>((resolve) => {
      let count = 0;
      h.sim.events.on('disconnect', () => {
        if (++count === 2) resolve();
      });
    });
    expect(h.sim.faults.dropConnections()).to.equal(2);
    for (const client of clients) expect(await client.closed).to.deep.equal({ code: 1006, reason: '' });
    await gone;
    expect(h.sim.market.connections().map((info) => info.closeCode)).to.deep.equal([1006, 1006]);
    expect(h.feed.listenerCount('btcusdt@trade')).to.equal(0);
  });

  it('stall silences existing connections (data, control answers, pings) until resume; new ones are unaffected', async () => {
    await h.close();
    h = await startHarness({ maxIncomingPerSecond: 1000, pingIntervalMs: 15, pongTimeoutMs: 60_000 });
    const stalled = await h.connect('/ws/btcusdt@trade');
    expect(h.sim.faults.stall()).to.equal(1);
    const pingsBefore = stalled.pings.length;
    const fresh = await h.connect('/ws/btcusdt@trade');
    h.feed.emit('btcusdt@trade', { t: 1 });
    stalled.send({ method: 'LIST_SUBSCRIPTIONS', id: 1 });
    expect(await fresh.nextJson()).to.deep.equal({ t: 1 });
    await new Promise<void>((resolve) => {
      fresh.ws.on('ping', () => {
        if (fresh.pings.length >= 4) resolve();
      });
    });
    expect(stalled.pings.length).to.equal(pingsBefore);
    expect(stalled.pending).to.equal(0);
    h.sim.faults.resume();
    h.feed.emit('btcusdt@trade', { t: 2 });
    expect(await stalled.nextJson()).to.deep.equal({ t: 2 });
    expect(h.sim.market.connections()[0]?.closedAt).to.equal(undefined);
  });

  it('malformedFrame sends a bad payload or broken JSON to the subscribers of a stream only', async () => {
    const raw = await h.connect('/ws/btcusdt@trade');
    const combined = await h.connect('/stream?streams=btcusdt@trade');
    const other = await h.connect('/ws/ethusdt@trade');
    expect(h.sim.faults.malformedFrame({ stream: 'btcusdt@trade', kind: 'bad-payload' })).to.equal(2);
    const payload = (await raw.nextJson()) as Record<string, unknown>;
    expect(payload).to.deep.include({ e: 'trade', s: 'BTCUSDT', p: 'not-a-number' });
    expect(either.isRight(RawTrade.decode({ ...payload, p: '1.00' }))).to.equal(true);
    expect(await combined.nextJson()).to.deep.include({ stream: 'btcusdt@trade' });

    h.sim.faults.malformedFrame({ stream: 'btcusdt@trade', kind: 'invalid-json' });
    const text = await raw.next();
    expect(() => JSON.parse(text) as unknown).to.throw(SyntaxError);
    expect(text.startsWith('{"e":"trade"')).to.equal(true);

    h.feed.emit('ethusdt@trade', { t: 1 });
    expect(await other.nextJson()).to.deep.equal({ t: 1 });
  });

  it('malformedFrame without a stream reaches every connection, for its first stream', async () => {
    const depth = await h.connect('/stream?streams=btcusdt@depth');
    const idle = await h.connect('/ws');
    expect(h.sim.faults.malformedFrame({ kind: 'bad-payload' })).to.equal(2);
    const envelope = (await depth.nextJson()) as { stream: string; data: Record<string, unknown> };
    expect(envelope.stream).to.equal('btcusdt@depth');
    expect(envelope.data).to.deep.include({ e: 'depthUpdate', b: [['not-a-number', '1.000']] });
    expect(either.isRight(RawDepthUpdate.decode(envelope.data))).to.equal(false);
    expect(await idle.nextJson()).to.deep.include({ p: 'not-a-number' });
  });

  it('serverShutdown announces the shutdown in raw and combined form, then closes after the grace period', async () => {
    const raw = await h.connect('/ws/btcusdt@trade');
    const combined = await h.connect('/stream');
    expect(h.sim.faults.serverShutdown()).to.equal(2);
    expect(await raw.nextJson()).to.deep.equal({ e: 'serverShutdown', E: 1_795_000_000_000 });
    expect(await combined.nextJson()).to.deep.equal({
      stream: '!serverShutdown',
      data: { e: 'serverShutdown', E: 1_795_000_000_000 },
    });
    expect(await raw.closed).to.deep.equal({ code: 1001, reason: 'Server shutdown' });
    expect(await combined.closed).to.deep.equal({ code: 1001, reason: 'Server shutdown' });
  });

  describe('highRate', () => {
    async function receive(client: TestClient, count: number, check: (text: string, i: number) => void): Promise<void> {
      await new Promise<void>((resolve) => {
        let received = 0;
        client.ws.on('message', (data: Buffer) => {
          if (received < count) check(data.toString(), received);
          if (++received === count) resolve();
        });
      });
    }

    it('floods the subscribers of a stream with valid frames as fast as they drain', async function () {
      this.timeout(20_000);
      const client = await h.connect('/stream?streams=btcusdt@trade');
      const bystander = await h.connect('/stream?streams=ethusdt@trade');
      const started = performance.now();
      const run = h.sim.faults.highRate({ stream: 'btcusdt@trade', rate: 'max' });
      const total = 50_000;
      let invalid = 0;
      await receive(client, total, (text, i) => {
        // Full decode of a sample only: the check must not be what limits the rate.
        if (i % 1000 !== 0) return;
        const { stream, data } = JSON.parse(text) as { stream: string; data: { t: number } };
        if (stream !== 'btcusdt@trade' || !either.isRight(RawTrade.decode(data)) || data.t !== 1e12 + i) invalid++;
      });
      const elapsed = performance.now() - started;
      expect(invalid).to.equal(0);
      expect(run.framesSent()).to.be.at.least(total);
      expect(elapsed).to.be.lessThan(10_000);
      expect(h.sim.faults.stopHighRate()).to.be.at.least(total);
      expect(bystander.pending).to.equal(0);
    });

    it('paces frames at the requested rate, pauses normal data meanwhile, and resumes it when stopped', async function () {
      this.timeout(10_000);
      const client = await h.connect('/ws/btcusdt@depth');
      const rate = 2_000;
      const started = performance.now();
      h.sim.faults.highRate({ stream: 'btcusdt@depth', rate, levels: 5 });
      h.feed.emit('btcusdt@depth', { real: true });
      let previous: number | undefined;
      let gaps = 0;
      await receive(client, 1_000, (text) => {
        const event = JSON.parse(text) as { U: number; u: number; b: unknown[] };
        if ((previous !== undefined && event.U !== previous + 1) || event.b.length !== 5) gaps++;
        previous = event.u;
      });
      const elapsed = performance.now() - started;
      expect(gaps).to.equal(0);
      // 1000 frames at 2000/s take 500 ms; timers are coarse, so allow a wide margin.
      expect(elapsed).to.be.within(350, 1_500);
      client.ws.removeAllListeners('message');
      const next = new Promise<string>((resolve) => {
        client.ws.once('message', (data: Buffer) => {
          resolve(String(data));
        });
      });
      h.sim.faults.stopHighRate();
      h.feed.emit('btcusdt@depth', { real: 2 });
      expect(await next).to.equal('{"real":2}');
    });

    it('holds back the flood of a stalled connection until resume', async () => {
      const stalled = await h.connect('/ws/btcusdt@trade');
      h.sim.faults.stall();
      h.sim.faults.highRate({ stream: 'btcusdt@trade', rate: 'max' });
      const fresh = await h.connect('/ws/btcusdt@trade');
      await receive(fresh, 2_000, () => undefined);
      expect(stalled.pending).to.equal(0);
      h.sim.faults.resume();
      const trade = (await stalled.nextJson()) as { t: number };
      expect(trade.t).to.equal(1e12);
    });

    it('also floods connections that subscribe while it runs, and refuses streams it cannot generate', async () => {
      expect(() => h.sim.faults.highRate({ stream: 'btcusdt@kline_1m', rate: 'max' })).to.throw(TypeError);
      expect(() => h.sim.faults.highRate({ stream: 'btcusdt@trade', rate: 0 })).to.throw(TypeError);
      const run = h.sim.faults.highRate({ stream: 'btcusdt@depth20', rate: 500 });
      const client = await h.connect('/ws/btcusdt@depth20');
      const snapshot = (await client.nextJson()) as { lastUpdateId: number; bids: unknown[] };
      expect(snapshot.lastUpdateId).to.equal(1e12);
      expect(snapshot.bids).to.have.length(20);
      expect(run.framesSent()).to.be.greaterThan(0);
    });
  });
});
