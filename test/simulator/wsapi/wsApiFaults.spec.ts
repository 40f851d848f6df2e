import { expect } from 'chai';
import { request } from 'node:http';
import { BinanceSimulator } from '../../../src/simulator/BinanceSimulator.js';
import { fakeBackend } from '../fakes/FakeMarketFeed.js';
import { TestClient } from '../fakes/TestClient.js';
import { startWsApiSim, type WsApiSim } from './wsApiHarness.js';

function getJson(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => {
        resolve(JSON.parse(body));
      });
    })
      .on('error', reject)
      .end();
  });
}

describe('faults and state the live tests need', () => {
  describe('on the WebSocket API', () => {
    let h: WsApiSim;
    beforeEach(async () => {
      h = await startWsApiSim({ serverShutdownGraceMs: 50 });
    });
    afterEach(() => h.close());

    it('dropWsApiConnections resets every socket; a client that comes back must subscribe again', async () => {
      const ed = h.account({ keyType: 'ED25519' });
      const first = await h.connect();
      await first.signed('session.logon', {}, ed.credentials);
      await first.call('userDataStream.subscribe');
      const idle = await h.connect();
      expect(h.sim.faults.dropWsApiConnections()).to.equal(2);
      expect((await first.closed).code).to.equal(1006);
      expect((await idle.closed).code).to.equal(1006);
      expect(h.sim.wsApi.connections().map((c) => [c.closeCode, c.subscriptions])).to.deep.equal([
        [1006, []],
        [1006, []],
      ]);
      const again = await h.connect();
      expect((await again.call('session.status')).result).to.deep.include({ apiKey: null, userDataStream: false });
      await again.signed('session.logon', {}, ed.credentials);
      expect((await again.call('userDataStream.subscribe')).result).to.deep.equal({ subscriptionId: 0 });
      h.sim.accounts.deposit(ed.accountId, 'BTC', '1');
      expect(await again.nextEvent(0)).to.deep.include({ e: 'balanceUpdate', d: '1.00000000' });
    });

    it('stallWsApi freezes open connections (requests unheard, no answers or events) until resumeWsApi', async () => {
      const hmac = h.account();
      const client = await h.connect();
      await client.signed('userDataStream.subscribe.signature', {}, hmac.credentials);
      expect(h.sim.faults.stallWsApi()).to.equal(1);
      client.sendRaw('{"id":"lost","method":"ping"}');
      h.sim.accounts.deposit(hmac.accountId, 'BTC', '1');
      const later = await h.connect();
      expect((await later.call('ping')).status).to.equal(200);
      h.sim.faults.resumeWsApi();
      expect((await client.call('ping')).status).to.equal(200);
      expect(client.unread).to.deep.equal([]);
      h.sim.accounts.deposit(hmac.accountId, 'BTC', '2');
      expect(await client.nextEvent(0)).to.deep.include({ e: 'balanceUpdate', d: '2.00000000' });
    });

    it('wsApiServerShutdown announces the shutdown as an event, then closes with 1001', async () => {
      const client = await h.connect();
      const before = Date.now();
      expect(h.sim.faults.wsApiServerShutdown()).to.equal(1);
      const event = await client.waitFor((m) => 'event' in m);
      expect(Object.keys(event)).to.deep.equal(['event']);
      expect((event['event'] as Record<string, unknown>)['e']).to.equal('serverShutdown');
      expect((event['event'] as { E: number }).E).to.be.within(before, Date.now());
      expect(await client.closed).to.deep.equal({ code: 1001, reason: 'Server shutdown' });
    });

    it('trueBook is the exact book REST serves', async () => {
      const depth = await getJson(`${h.sim.restUrl}/api/v3/depth?symbol=BTCUSDT&limit=5`);
      expect(h.sim.trueBook('BTCUSDT', 5)).to.deep.equal(depth);
      const full = h.sim.trueBook('BTCUSDT');
      expect(full.bids.length).to.be.above(5);
      expect(full.bids[0]?.[0]).to.be.a('string');
      expect(Number(full.bids[0]?.[0])).to.be.above(Number(full.bids[1]?.[0]));
      expect(Number(full.asks[0]?.[0])).to.be.below(Number(full.asks[1]?.[0]));
      expect(() => h.sim.trueBook('NOPEUSDT')).to.throw(RangeError);
    });
  });

  describe('on the market streams', () => {
    it('skipFrames withholds the next frames of a stream from every connection: a gap in U/u', async () => {
      const sim = await BinanceSimulator.start({ symbols: ['BTCUSDT'], tickMs: 20 });
      try {
        const clients = await Promise.all([
          TestClient.open(`${sim.wsUrl}/ws/btcusdt@depth@100ms`),
          TestClient.open(`${sim.wsUrl}/stream?streams=btcusdt@depth@100ms/btcusdt@trade`),
        ]);
        const depth = async (client: TestClient): Promise<{ U: number; u: number }> => {
          for (;;) {
            const frame = (await client.nextJson()) as { stream?: string; data?: unknown; U?: number };
            if (frame.stream === undefined) return frame as { U: number; u: number };
            if (frame.stream === 'btcusdt@depth@100ms') return frame.data as { U: number; u: number };
          }
        };
        const seen = await Promise.all(clients.map((client) => depth(client)));
        sim.faults.skipFrames({ stream: 'btcusdt@depth@100ms', count: 2 });
        const gaps = await Promise.all(
          clients.map(async (client, i) => {
            let last = seen[i] as { U: number; u: number };
            const found: number[] = [];
            for (let n = 0; n < 6; n++) {
              const next = await depth(client);
              if (next.U !== last.u + 1) found.push(next.U - last.u - 1);
              last = next;
            }
            return found;
          }),
        );
        expect(gaps[0]?.length).to.equal(1);
        expect(gaps[0]?.[0]).to.be.above(0);
        expect(gaps[1]).to.deep.equal(gaps[0]);
        expect(() => sim.faults.skipFrames({ stream: 'not a stream', count: 1 })).to.throw(TypeError);
        expect(() => sim.faults.skipFrames({ stream: 'btcusdt@trade', count: 0 })).to.throw(TypeError);
        await Promise.all(clients.map((client) => client.terminate()));
      } finally {
        await sim.close();
      }
    });

    it('trueBook needs a synthetic market', async () => {
      const sim = await BinanceSimulator.start({}, fakeBackend().factory);
      try {
        expect(() => sim.trueBook('BTCUSDT')).to.throw(TypeError);
      } finally {
        await sim.close();
      }
    });
  });
});
