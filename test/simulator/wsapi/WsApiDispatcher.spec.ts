import { expect } from 'chai';
import { request } from 'node:http';
import type { RateLimitConfig } from '../../../src/simulator/rest/RateLimitConfig.js';
import { upgradeStatus } from '../fakes/TestClient.js';
import { startWsApiSim, type WsApiSim } from './wsApiHarness.js';
import type { Reply, WsApiTestClient } from './WsApiTestClient.js';

const DAY_MS = 86_400_000;
/** A budget a test can exhaust; a 1-DAY window does not roll over during a test (except at midnight UTC). */
const SMALL: RateLimitConfig = {
  rules: [
    { rateLimitType: 'REQUEST_WEIGHT', interval: 'DAY', intervalNum: 1, limit: 10 },
    { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50 },
    { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, limit: 300000 },
  ],
  maxRequestsWhileLimited: 1,
};

const weightOf = (reply: Reply): unknown => reply.rateLimits?.find((r) => r['rateLimitType'] === 'REQUEST_WEIGHT');

function restGet(url: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false }, (response) => {
      response.resume();
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers });
      });
    })
      .on('error', reject)
      .end();
  });
}

describe('WsApiDispatcher (requests on /ws-api/v3)', () => {
  describe('envelope', () => {
    let h: WsApiSim;
    let client: WsApiTestClient;
    beforeEach(async () => {
      h = await startWsApiSim();
      client = await h.connect();
    });
    afterEach(() => h.close());

    it('answers ping and time with status, result and the REQUEST_WEIGHT used (connecting cost 2)', async () => {
      const before = Date.now();
      const ping = await client.call('ping');
      expect(ping).to.deep.equal({
        id: 1,
        status: 200,
        result: {},
        rateLimits: [
          { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 1_000_000, count: 3 },
        ],
      });
      const time = await client.call('v3/time', undefined, 'e2a85d9f-07a5-4f94-8d5f-789dc3deb097');
      expect(time.id).to.equal('e2a85d9f-07a5-4f94-8d5f-789dc3deb097');
      const { serverTime } = time.result as { serverTime: number };
      expect(serverTime).to.be.within(before, Date.now());
      expect(weightOf(time)).to.include({ count: 4 });
    });

    it('echoes ids exactly (64-bit integers, strings, null)', async () => {
      client.sendRaw('{"id":9223372036854775807,"method":"ping"}');
      const frame = await new Promise<string>((resolve) =>
        client.ws.once('message', (data: Buffer) => resolve(data.toString())),
      );
      expect(frame.startsWith('{"id":9223372036854775807,"status":200,')).to.equal(true);
      expect((await client.call('ping', undefined, null)).id).to.equal(null);
    });

    it('refuses malformed requests, unknown methods and unread parameters with status 400', async () => {
      client.sendRaw('{"id":1,"method":');
      expect(await client.waitFor(() => true)).to.deep.include({
        id: null,
        status: 400,
        error: { code: -1135, msg: 'Invalid JSON Request' },
      });
      const cases: [string, Record<string, unknown> | undefined, number, string][] = [
        ['nope', undefined, -1102, "Mandatory parameter 'method' was not sent, was empty/null, or malformed."],
        ['depth', { symbol: 'BTCUSDT' }, -1020, 'This operation is not supported.'],
        ['ping', { extra: 1 }, -1104, "Not all sent parameters were read; read '0' parameter(s) but was sent '1'."],
        [
          'time',
          { returnRateLimits: 'maybe' },
          -1100,
          "Illegal characters found in parameter 'returnRateLimits'; legal range is '^(true|false)$'.",
        ],
        [
          'order.status',
          { symbol: 'NOPE', orderId: 1, timestamp: 1 },
          -1102,
          "Mandatory parameter 'apiKey' was not sent, was empty/null, or malformed.",
        ],
      ];
      for (const [method, params, code, msg] of cases) {
        const reply = await client.call(method, params as never);
        expect([reply.status, reply.error], method).to.deep.equal([400, { code, msg }]);
        expect(weightOf(reply), method).to.not.equal(undefined);
      }
      client.sendRaw('{"id":5,"method":"ping","params":[1]}');
      expect((await client.waitFor((m) => m['id'] === 5))['error']).to.deep.equal({
        code: -1000,
        msg: "Invalid 'params' in JSON request; expected an object.",
      });
    });

    it('leaves rateLimits out when the connection or the request says so', async () => {
      expect(await client.call('ping', { returnRateLimits: false })).to.deep.equal({ id: 1, status: 200, result: {} });
      const quiet = await h.connect('?returnRateLimits=false');
      expect(await quiet.call('ping')).to.not.have.property('rateLimits');
      expect(await quiet.call('ping', { returnRateLimits: true })).to.have.property('rateLimits');
      expect(((await quiet.call('session.status')).result as Record<string, unknown>)['returnRateLimits']).to.equal(
        false,
      );
    });

    it('answers times in microseconds with timeUnit=MICROSECOND, and refuses a bad timeUnit', async () => {
      const micro = await h.connect('?timeUnit=MICROSECOND');
      const { serverTime } = (await micro.call('time')).result as { serverTime: number };
      expect(serverTime).to.be.within((Date.now() - 5_000) * 1000, (Date.now() + 1) * 1000);
      expect(await upgradeStatus(`${h.sim.wsApiUrl}?timeUnit=SECOND`)).to.equal(400);
    });
  });

  describe('request weight, shared with REST', () => {
    let h: WsApiSim;
    beforeEach(async () => {
      h = await startWsApiSim({ rateLimits: SMALL });
    });
    afterEach(() => h.close());

    it('answers 429 with retryAfter and serverTime, then 418 and a disconnect to an IP that keeps sending', async () => {
      const client = await h.connect();
      for (let i = 3; i <= 10; i++) expect(weightOf(await client.call('ping'))).to.include({ count: i, limit: 10 });
      const rest = await restGet(`${h.sim.restUrl}/api/v3/ping`);
      expect([rest.status, rest.headers['x-mbx-used-weight-1d'], rest.headers['retry-after']]).to.deep.equal([
        429,
        '11',
        String(Math.ceil((DAY_MS - (Date.now() % DAY_MS)) / 1000)),
      ]);
      const limited = await client.call('ping');
      const midnight = Date.now() - (Date.now() % DAY_MS) + DAY_MS;
      expect(limited.status).to.equal(429);
      expect(limited.error).to.deep.include({
        code: -1003,
        msg:
          'Too much request weight used; current limit is 10 request weight per 1 DAY. ' +
          'Please use WebSocket Streams for live updates to avoid polling the API.',
      });
      expect(limited.error?.data?.['retryAfter']).to.equal(midnight);
      expect(limited.error?.data?.['serverTime']).to.be.closeTo(Date.now(), 2_000);
      expect(weightOf(limited)).to.include({ count: 12 });
      const banned = await client.call('ping');
      expect(banned.status).to.equal(418);
      expect(banned.error?.msg).to.match(/^Way too much request weight used; IP banned until \d+\. /);
      expect(banned.error?.data?.['retryAfter']).to.be.closeTo(Date.now() + 120_000, 2_000);
      expect(await client.closed).to.deep.equal({ code: 1008, reason: 'IP banned' });
      expect(await upgradeStatus(h.sim.wsApiUrl)).to.equal(418);
      expect(h.sim.restStats()).to.deep.include({ tooManyRequests: 4, bans: 1 });
    });

    it('charges 2 per connection and refuses the upgrade with 429 when the budget is spent', async () => {
      const clients = await Promise.all([h.connect(), h.connect(), h.connect(), h.connect(), h.connect()]);
      const over = await clients[0].call('ping');
      expect([over.status, weightOf(over)]).to.deep.equal([
        429,
        { rateLimitType: 'REQUEST_WEIGHT', interval: 'DAY', intervalNum: 1, limit: 10, count: 11 },
      ]);
      expect(await upgradeStatus(h.sim.wsApiUrl)).to.equal(429);
      expect(h.sim.restStats()).to.deep.include({ usedWeight: 13, peakWeight: 13 });
      expect(h.sim.restStats().weight).to.deep.equal([
        { interval: 'DAY', intervalNum: 1, limit: 10, used: 13, peak: 13 },
      ]);
      // Every upgrade counts toward the server's connection attempts, refused ones included.
      expect(h.sim.market.connectionAttempts()).to.equal(6);
    });
  });
  describe('RAW_REQUESTS', () => {
    let h: WsApiSim;
    afterEach(() => h.close());

    it('counts REST requests only', async () => {
      h = await startWsApiSim({
        rateLimits: {
          rules: [
            { rateLimitType: 'REQUEST_WEIGHT', interval: 'DAY', intervalNum: 1, limit: 1000 },
            { rateLimitType: 'RAW_REQUESTS', interval: 'DAY', intervalNum: 1, limit: 2 },
          ],
        },
      });
      const client = await h.connect();
      for (let i = 0; i < 4; i++) expect((await client.call('ping')).status).to.equal(200);
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await restGet(`${h.sim.restUrl}/api/v3/ping`)).status);
      expect(statuses).to.deep.equal([200, 200, 429]);
    });
  });
});
