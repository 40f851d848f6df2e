import { expect } from 'chai';
import sinon from 'sinon';
import { RestError } from '../../../src/simulator/rest/RestError.js';
import type { RestRoute, SecurityCheck } from '../../../src/simulator/rest/RestRoute.js';
import { type RestTestServer, startRestServer } from './restTestServer.js';

const TINY_LIMITS = {
  rules: [
    { rateLimitType: 'REQUEST_WEIGHT', interval: 'SECOND', intervalNum: 10, limit: 10 },
    { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 100 },
    { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, limit: 1000 },
  ],
} as const;

/** A signed test endpoint: echoes the authenticated account and reads a decimal parameter. */
const ECHO: RestRoute = {
  method: 'POST',
  path: '/api/v3/echo',
  security: 'TRADE',
  weight: 1,
  handle: ({ params, account }) => ({
    account,
    quantity: String(params.decimal('quantity', 8)),
    side: params.string('side'),
  }),
};

describe('createRestHandler', () => {
  let server: RestTestServer;
  afterEach(async () => {
    await server.close();
  });

  describe('requests and errors', () => {
    beforeEach(async () => {
      server = await startRestServer({
        routes: [
          ECHO,
          {
            method: 'GET',
            path: '/boom',
            security: 'NONE',
            weight: 1,
            handle: () => {
              throw new Error('bug');
            },
          },
        ],
      });
    });

    it('answers JSON with the used weight of every REQUEST_WEIGHT rule', async () => {
      const reply = await server.get('/api/v3/ping');
      expect(reply.status).to.equal(200);
      expect(reply.body).to.deep.equal({});
      expect(reply.headers['content-type']).to.equal('application/json;charset=UTF-8');
      expect(reply.headers['x-mbx-used-weight-1m']).to.equal('1');
      expect((await server.get('/api/v3/exchangeInfo')).headers['x-mbx-used-weight-1m']).to.equal('21');
    });

    it('answers 404 for an unknown path or method, with an empty body', async () => {
      for (const [method, path] of [
        ['GET', '/api/v3/nope'],
        ['POST', '/api/v3/ping'],
        ['PATCH', '/api/v3/ping'],
        ['GET', '/api/v3/ping/'],
      ]) {
        const reply = await server.request(method as string, path as string);
        expect(reply.status, `${method} ${path}`).to.equal(404);
        expect(reply.text).to.equal('');
      }
    });

    it('refuses duplicated, unread and badly encoded parameters like Binance', async () => {
      expect((await server.get('/api/v3/ping?a=1')).body).to.deep.equal({
        code: -1104,
        msg: "Not all sent parameters were read; read '0' parameter(s) but was sent '1'.",
      });
      const duplicate = await server.get('/api/v3/depth?symbol=BTCUSDT&symbol=BTCUSDT');
      expect([duplicate.status, duplicate.body]).to.deep.equal([
        400,
        { code: -1101, msg: 'Duplicate values for a parameter detected.' },
      ]);
      expect((await server.get('/api/v3/depth?symbol=%ZZ')).body).to.deep.equal({
        code: -1100,
        msg: 'Illegal characters found in a parameter.',
      });
    });

    it('answers -1002 on a signed route when no security check is configured, and 500 on a failing handler', async () => {
      const signed = await server.request('POST', '/api/v3/echo?quantity=1');
      expect([signed.status, signed.body]).to.deep.equal([
        401,
        { code: -1002, msg: 'You are not authorized to execute this request.' },
      ]);
      const boom = await server.get('/boom');
      expect([boom.status, (boom.body as { code: number }).code]).to.deep.equal([500, -1000]);
    });

    it('converts times to microseconds on X-MBX-TIME-UNIT and refuses unknown units', async () => {
      const now = server.now();
      expect((await server.get('/api/v3/time', { 'X-MBX-TIME-UNIT': 'MICROSECOND' })).body).to.deep.equal({
        serverTime: now * 1000,
      });
      expect((await server.get('/api/v3/time', { 'X-MBX-TIME-UNIT': 'millisecond' })).body).to.deep.equal({
        serverTime: now,
      });
      expect((await server.get('/api/v3/time', { 'X-MBX-TIME-UNIT': 'SECOND' })).body).to.deep.equal({
        code: -1194,
        msg: 'Invalid value for time unit; expected either MICROSECOND or MILLISECOND.',
      });
    });

    it('refuses bodies over the limit with 413', async () => {
      const reply = await server.request('POST', '/api/v3/echo', { body: 'x'.repeat(70_000) });
      expect(reply.status).to.equal(413);
    });

    it('answers 503 once closed', async () => {
      server.rest.close();
      expect((await server.get('/api/v3/ping')).status).to.equal(503);
    });
  });

  describe('security hook', () => {
    it('runs before the handler of signed routes, with the raw query and body, and passes the account on', async () => {
      const check = sinon.spy<SecurityCheck>((context) => {
        if (context.params.string('signature') !== 'good')
          throw new RestError(-1022, 'Signature for this request is not valid.');
        return { account: 'alice' };
      });
      server = await startRestServer({ routes: [ECHO], security: check });
      const reply = await server.request('POST', '/api/v3/echo?side=BUY&signature=good', {
        body: 'quantity=0.5&side=SELL',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      expect(reply.body).to.deep.equal({ account: 'alice', quantity: '50000000', side: 'BUY' });
      const context = check.firstCall.args[0];
      expect(context).to.include({
        security: 'TRADE',
        rawQuery: 'side=BUY&signature=good',
        rawBody: 'quantity=0.5&side=SELL',
        ip: '127.0.0.1',
      });
      const bad = await server.request('POST', '/api/v3/echo?quantity=1&signature=bad');
      expect([bad.status, bad.body]).to.deep.equal([
        400,
        { code: -1022, msg: 'Signature for this request is not valid.' },
      ]);
      const precise = await server.request('POST', '/api/v3/echo?quantity=0.000000001&signature=good');
      expect(precise.body).to.deep.equal({ code: -1111, msg: "Parameter 'quantity' has too much precision." });
    });
  });

  describe('rate limits', () => {
    beforeEach(async () => {
      server = await startRestServer({ rateLimits: TINY_LIMITS });
    });

    it('charges weight (even for refused requests) and resets with the window', async () => {
      await server.get('/api/v3/depth?symbol=BTCUSDT&limit=5');
      const failed = await server.get('/api/v3/depth?symbol=NOPE');
      expect(failed.status).to.equal(400);
      expect([failed.headers['x-mbx-used-weight-10s'], failed.headers['x-mbx-used-weight-1m']]).to.deep.equal([
        '10',
        '10',
      ]);
      server.advance(10_000 - (server.now() % 10_000));
      expect((await server.get('/api/v3/ping')).headers['x-mbx-used-weight-10s']).to.equal('1');
    });

    it('answers 429 with Retry-After, then bans with 418 an IP that keeps sending, counting it all', async () => {
      server.advance(10_000 - (server.now() % 10_000) + 2_500); // 2.5 s into a 10-second window
      for (let i = 0; i < 10; i++) expect((await server.get('/api/v3/ping')).status).to.equal(200);
      const limited = await server.get('/api/v3/ping');
      expect(limited.status).to.equal(429);
      expect([limited.headers['retry-after'], limited.headers['x-mbx-used-weight-10s']]).to.deep.equal(['8', '11']);
      expect(limited.body).to.deep.equal({
        code: -1003,
        msg: 'Too much request weight used; current limit is 10 request weight per 10 SECOND. Please use WebSocket Streams for live updates to avoid polling the API.',
      });
      server.advance(1_000);
      expect((await server.get('/api/v3/ping')).status).to.equal(429);
      expect((await server.get('/api/v3/ping')).status).to.equal(429);
      const banned = await server.get('/api/v3/ping');
      expect([banned.status, banned.headers['retry-after']]).to.deep.equal([418, '120']);
      expect(banned.body).to.deep.equal({
        code: -1003,
        msg: `Way too much request weight used; IP banned until ${server.now() + 120_000}. Please use WebSocket Streams for live updates to avoid bans.`,
      });
      server.advance(30_000);
      const stillBanned = await server.get('/api/v3/nope');
      expect([stillBanned.status, stillBanned.headers['retry-after']]).to.deep.equal([418, '90']);
      expect(server.rest.stats()).to.deep.equal({ requests: 15, requestsWhileLimited: 4, tooManyRequests: 5, bans: 1 });
      server.advance(90_000);
      expect((await server.get('/api/v3/ping')).status).to.equal(200);
    });

    it('does not count a client that waits for Retry-After', async () => {
      server.advance(10_000 - (server.now() % 10_000));
      for (let i = 0; i < 11; i++) await server.get('/api/v3/ping');
      server.advance(10_000);
      expect((await server.get('/api/v3/ping')).status).to.equal(200);
      expect(server.rest.stats()).to.deep.equal({ requests: 12, requestsWhileLimited: 0, tooManyRequests: 1, bans: 0 });
    });
  });
});
