import { expect } from 'chai';
import type { Harness } from '../fakes/simulatorHarness.js';
import { startHarness } from '../fakes/simulatorHarness.js';

const methods = '`SUBSCRIBE`, `UNSUBSCRIBE`, `LIST_SUBSCRIPTIONS`, `SET_PROPERTY`, `GET_PROPERTY`';

describe('StreamConnection', () => {
  let h: Harness;

  afterEach(async () => {
    await h.close();
  });

  describe('control messages', () => {
    beforeEach(async () => {
      h = await startHarness({ maxIncomingPerSecond: 1000 });
    });

    it('answers SUBSCRIBE, UNSUBSCRIBE and LIST_SUBSCRIPTIONS as documented', async () => {
      const client = await h.connect('/ws');
      const subscribe = { method: 'SUBSCRIBE', params: ['btcusdt@aggTrade', 'btcusdt@depth'], id: 1 };
      expect(await client.request(subscribe)).to.deep.equal({ result: null, id: 1 });
      expect(await client.request(subscribe)).to.deep.equal({ result: null, id: 1 });
      expect(await client.request({ method: 'LIST_SUBSCRIPTIONS', id: 3 })).to.deep.equal({
        result: ['btcusdt@aggTrade', 'btcusdt@depth'],
        id: 3,
      });
      expect(await client.request({ method: 'UNSUBSCRIBE', params: ['btcusdt@depth'], id: 312 })).to.deep.equal({
        result: null,
        id: 312,
      });
      expect(await client.request({ method: 'LIST_SUBSCRIPTIONS', id: 4 })).to.deep.equal({
        result: ['btcusdt@aggTrade'],
        id: 4,
      });
      expect(h.feed.unsubscriptions).to.deep.equal(['btcusdt@depth']);
      h.feed.emit('btcusdt@depth', { u: 1 });
      h.feed.emit('btcusdt@aggTrade', { a: 2 });
      expect(await client.nextJson()).to.deep.equal({ a: 2 });
    });

    it('switches a raw connection to envelopes with SET_PROPERTY combined, and reports it with GET_PROPERTY', async () => {
      const raw = await h.connect('/ws/btcusdt@trade');
      const combined = await h.connect('/stream');
      expect(await raw.request({ method: 'GET_PROPERTY', params: ['combined'], id: 2 })).to.deep.equal({
        result: false,
        id: 2,
      });
      expect(await combined.request({ method: 'GET_PROPERTY', params: ['combined'], id: 2 })).to.deep.equal({
        result: true,
        id: 2,
      });
      expect(await raw.request({ method: 'SET_PROPERTY', params: ['combined', true], id: 5 })).to.deep.equal({
        result: null,
        id: 5,
      });
      expect(await raw.request({ method: 'GET_PROPERTY', params: ['combined'], id: 6 })).to.deep.equal({
        result: true,
        id: 6,
      });
      h.feed.emit('btcusdt@trade', { t: 1 });
      expect(await raw.nextJson()).to.deep.equal({ stream: 'btcusdt@trade', data: { t: 1 } });
      await raw.request({ method: 'SET_PROPERTY', params: ['combined', false], id: 7 });
      h.feed.emit('btcusdt@trade', { t: 2 });
      expect(await raw.nextJson()).to.deep.equal({ t: 2 });
    });

    it('echoes string, null and 64-bit ids exactly', async () => {
      const client = await h.connect('/ws');
      expect(await client.request({ method: 'LIST_SUBSCRIPTIONS', id: 'abc123' })).to.deep.equal({
        result: [],
        id: 'abc123',
      });
      expect(await client.request({ method: 'LIST_SUBSCRIPTIONS', id: null })).to.deep.equal({ result: [], id: null });
      client.send('{"method":"LIST_SUBSCRIPTIONS","id":-9223372036854775808}');
      expect(await client.next()).to.equal('{"result":[],"id":-9223372036854775808}');
      expect(h.sim.market.controlLog().map((entry) => entry.id)).to.deep.equal(['abc123', null, -(2n ** 63n)]);
    });

    it('answers every documented error with its code and text', async () => {
      const client = await h.connect('/ws');
      const cases: [string, object][] = [
        ['{"method":"SET_PROPERTY","params":["size",1],"id":1}', { code: 0, msg: 'Unknown property', id: 1 }],
        [
          '{"method":"SET_PROPERTY","params":["combined","true"],"id":2}',
          { code: 1, msg: 'Invalid value type: expected Boolean', id: 2 },
        ],
        [
          '{"method":"GET_PROPERTY","params":[1],"id":3}',
          { code: 2, msg: 'Invalid request: property name must be a string', id: 3 },
        ],
        [
          '{"method":"LIST_SUBSCRIPTIONS","id":1.5}',
          { code: 2, msg: 'Invalid request: request ID must be an unsigned integer' },
        ],
        [
          '{"method":"subscribe","params":[],"id":4}',
          {
            code: 2,
            msg: `Invalid request: unknown variant \`subscribe\`, expected one of ${methods} at line 1 column 21`,
            id: 4,
          },
        ],
        [
          '{"method":"GET_PROPERTY","params":["combined","x"],"id":5}',
          { code: 2, msg: 'Invalid request: too many parameters', id: 5 },
        ],
        [
          '{"params":[],"id":6}',
          { code: 2, msg: 'Invalid request: missing field `method` at line 1 column 20', id: 6 },
        ],
        [
          '{"method":"SUBSCRIBE","params":["btcusdt@nonsense"],"id":7}',
          { code: 2, msg: 'Invalid request: invalid stream', id: 7 },
        ],
        ['{"method":"SUBSCRIBE",', { code: 3, msg: 'Invalid JSON: expected value at line 1 column 22' }],
      ];
      for (const [text, answer] of cases) expect(await client.request(text), text).to.deep.equal(answer);
      const log = h.sim.market.controlLog();
      expect(log).to.have.length(cases.length);
      expect(log.every((entry) => entry.error !== undefined)).to.equal(true);
      expect(log[0]).to.deep.include({ method: 'SET_PROPERTY', params: ['size', 1], id: 1 });
      expect(log[8]).to.deep.include({ method: null, id: undefined });
      expect(h.sim.market.connections()[0]?.streams).to.deep.equal([]);
    });

    it('never holds more than 1024 streams: a SUBSCRIBE that would exceed it is refused and not applied', async () => {
      const client = await h.connect('/ws');
      const names = (from: number, count: number): string[] =>
        Array.from({ length: count }, (_, i) => `s${from + i}usdt@trade`);
      const tooMany = {
        code: 2,
        msg: 'Invalid request: too many streams: a connection holds at most 1024',
      };
      expect(await client.request({ method: 'SUBSCRIBE', params: names(0, 1025), id: 1 })).to.deep.equal({
        ...tooMany,
        id: 1,
      });
      expect(h.feed.subscriptions).to.deep.equal([]);
      expect(await client.request({ method: 'SUBSCRIBE', params: names(0, 1000), id: 2 })).to.deep.equal({
        result: null,
        id: 2,
      });
      expect(await client.request({ method: 'SUBSCRIBE', params: names(990, 30), id: 3 })).to.deep.equal({
        result: null,
        id: 3,
      });
      expect(await client.request({ method: 'SUBSCRIBE', params: names(1020, 5), id: 4 })).to.deep.equal({
        ...tooMany,
        id: 4,
      });
      const list = (await client.request({ method: 'LIST_SUBSCRIPTIONS', id: 5 })) as { result: string[] };
      expect(list.result).to.have.length(1020);
      expect(await client.request({ method: 'SUBSCRIBE', params: names(1018, 6), id: 6 })).to.deep.equal({
        result: null,
        id: 6,
      });
      expect(h.sim.market.connections()[0]?.streams).to.have.length(1024);
    });
  });

  describe('incoming message limit', () => {
    it('closes a connection that sends 6 messages within a second, with 1008, and records it', async () => {
      h = await startHarness({ now: () => 1_000 });
      const client = await h.connect('/ws');
      const disconnect = h.disconnect();
      for (let i = 1; i <= 6; i++) client.send({ method: 'LIST_SUBSCRIPTIONS', id: i });
      const info = await disconnect;
      expect(info).to.deep.include({
        closeCode: 1008,
        closeReason: 'Too many requests',
        rateLimited: true,
        messagesReceived: 6,
        peakMessagesPerSecond: 6,
      });
      expect(await client.closed).to.deep.equal({ code: 1008, reason: 'Too many requests' });
      expect(h.sim.market.controlLog()).to.have.length(5);
    });

    it('counts pings and pongs too', async () => {
      h = await startHarness({ now: () => 1_000 });
      const client = await h.connect('/ws');
      const disconnect = h.disconnect();
      for (let i = 0; i < 3; i++) client.ws.ping();
      for (let i = 0; i < 3; i++) client.ws.pong();
      expect(await disconnect).to.deep.include({ rateLimited: true, messagesReceived: 6 });
    });

    it('allows 5 messages in every second', async () => {
      let clock = 1_000;
      h = await startHarness({ now: () => clock });
      const client = await h.connect('/ws');
      for (let second = 0; second < 3; second++) {
        for (let i = 0; i < 5; i++) {
          expect(await client.request({ method: 'LIST_SUBSCRIPTIONS', id: i })).to.deep.equal({ result: [], id: i });
        }
        clock += 1_000;
      }
      expect(h.sim.market.connections()[0]).to.deep.include({
        messagesReceived: 15,
        peakMessagesPerSecond: 5,
        rateLimited: false,
      });
      expect(h.sim.market.connections()[0]?.closedAt).to.equal(undefined);
    });
  });

  describe('heartbeat and lifetime', () => {
    it('pings with a payload every pingIntervalMs and keeps a connection that answers', async () => {
      h = await startHarness({ pingIntervalMs: 20, pongTimeoutMs: 60, maxIncomingPerSecond: 1000 });
      const client = await h.connect('/ws');
      await new Promise<void>((resolve) => {
        client.ws.on('ping', () => {
          if (client.pings.length >= 8) resolve();
        });
      });
      expect(client.pings.every((payload) => payload.length > 0)).to.equal(true);
      expect(new Set(client.pings.map(String)).size).to.equal(client.pings.length);
      expect(h.sim.market.connections()[0]?.closedAt).to.equal(undefined);
    });

    it('closes a connection whose pongs are withheld', async () => {
      h = await startHarness({ pingIntervalMs: 20, pongTimeoutMs: 50 });
      const client = await h.connect('/ws', { autoPong: false });
      const info = await h.disconnect();
      expect(info).to.deep.include({ closeCode: 1008, closeReason: 'Pong timeout', rateLimited: false });
      expect(client.pings.length).to.be.greaterThan(0);
    });

    it('does not count an unsolicited pong as an answer', async () => {
      h = await startHarness({ pingIntervalMs: 20, pongTimeoutMs: 50, maxIncomingPerSecond: 1000 });
      const client = await h.connect('/ws', { autoPong: false });
      client.ws.on('ping', () => {
        client.ws.pong('');
      });
      expect(await h.disconnect()).to.deep.include({ closeReason: 'Pong timeout' });
    });

    it('closes a connection when it reaches connectionLifetimeMs', async () => {
      h = await startHarness({ connectionLifetimeMs: 30 });
      const client = await h.connect('/stream?streams=btcusdt@trade');
      expect(await h.disconnect()).to.deep.include({ closeCode: 1000, closeReason: 'Connection lifetime exceeded' });
      expect((await client.closed).code).to.equal(1000);
      expect(h.feed.listenerCount('btcusdt@trade')).to.equal(0);
    });
  });
});
