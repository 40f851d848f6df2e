import { expect } from 'chai';
import * as t from 'io-ts';
import { type Observable, throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import sinon from 'sinon';
import { RawOrderAck } from '../../src/codecs/RawOrderAck.js';
import { RawServerTime } from '../../src/codecs/RawServerTime.js';
import { ExchangeError } from '../../src/errors/ExchangeError.js';
import type { HttpRequest } from '../../src/http/HttpTransport.js';
import { RequestLimits } from '../../src/rest/RequestLimits.js';
import { type RestCall, RestClient, type RestClientOptions } from '../../src/rest/RestClient.js';
import { ENDPOINTS, type RestEndpoint } from '../../src/rest/RestEndpoint.js';
import { ServerTime } from '../../src/rest/ServerTime.js';
import { type FakeAnswer, FakeHttpTransport, respond } from './FakeHttpTransport.js';
import { RecordingLogger } from '../fakes/RecordingLogger.js';

// Unsigned requests involve no Promise (nothing is signed), so the whole client runs in virtual time here: the
// limits' waits, the retries' backoff and the latency of the fake server. Signed requests: RestClient.signed.spec.ts.

const BASE = 'https://api.test';

const read: RestEndpoint = {
  method: 'GET',
  path: '/api/v3/read',
  security: 'NONE',
  weight: 3,
  placesOrder: false,
  idempotent: true,
};
const write: RestEndpoint = { ...read, method: 'POST', path: '/api/v3/write', idempotent: false };
const Payload = t.type({ value: t.number });

interface Harness {
  readonly client: RestClient;
  readonly transport: FakeHttpTransport;
  readonly limits: RequestLimits;
  readonly logger: RecordingLogger;
}

describe('RestClient (unsigned requests, virtual time)', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
    // retryBackoff draws its jitter from Math.random: 0 makes every delay the full, documented one.
    sinon.stub(Math, 'random').returns(0);
  });
  afterEach(() => {
    sinon.restore();
  });

  function harness(
    answer: (request: HttpRequest, index: number) => FakeAnswer,
    options: Partial<RestClientOptions> = {},
  ): Harness {
    const serverTime = new ServerTime(
      () => throwError(() => new Error('an unsigned request must not sync the clock')),
      scheduler,
    );
    const limits = new RequestLimits(() => serverTime.clock.now(), { boundaryGuardMs: 0 });
    const transport = new FakeHttpTransport(answer, () => scheduler.now());
    const logger = new RecordingLogger();
    const client = new RestClient({
      baseUrl: BASE,
      transport,
      limits,
      serverTime,
      scheduler,
      logger,
      timeoutMs: 1234,
      ...options,
    });
    return { client, transport, limits, logger };
  }

  /** Subscribes and keeps what happened: the value, or the error. */
  function outcome<A>(source: Observable<A>): { value?: A; error?: ExchangeError; done: boolean } {
    const result: { value?: A; error?: ExchangeError; done: boolean } = { done: false };
    source.subscribe({
      next: (value) => (result.value = value),
      error: (error: ExchangeError) => {
        result.error = error;
        result.done = true;
      },
      complete: () => (result.done = true),
    });
    return result;
  }

  const readCall = (params: readonly (readonly [string, string])[] = []): RestCall<{ value: number }> => ({
    endpoint: read,
    params,
    codec: Payload,
    operation: 'readThing',
  });

  describe('requests', () => {
    it('builds the URL from the base, the path and the encoded parameters in their order; no headers', () => {
      scheduler.run(({ expectObservable }) => {
        const { client, transport } = harness(() => respond(200, { value: 1 }));
        const call = readCall([
          ['symbol', '１２３４５６'],
          ['note', 'a b&c=d'],
          ['limit', '5'],
        ]);
        expectObservable(client.call(call)).toBe('(v|)', { v: { value: 1 } });
        scheduler.flush();
        expect(transport.sent).to.have.length(1);
        const [sent] = transport.sent;
        expect(sent?.url).to.equal(
          `${BASE}/api/v3/read?symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&note=a%20b%26c%3Dd&limit=5`,
        );
        expect(sent?.method).to.equal('GET');
        expect(sent?.headers).to.deep.equal({});
        expect(sent?.timeoutMs).to.equal(1234);
      });
    });

    it('sends no query string when there are no parameters', () => {
      scheduler.run(() => {
        const { client, transport } = harness(() => respond(200, { value: 1 }));
        client.call(readCall()).subscribe();
        scheduler.flush();
        expect(transport.sent[0]?.url).to.equal(`${BASE}/api/v3/read`);
      });
    });

    it('is cold: nothing is sent before subscription, and each subscription sends again', () => {
      scheduler.run(() => {
        const { client, transport } = harness(() => respond(200, { value: 1 }));
        const call$ = client.call(readCall());
        scheduler.flush();
        expect(transport.sent).to.have.length(0);
        call$.subscribe();
        call$.subscribe();
        scheduler.flush();
        expect(transport.sent).to.have.length(2);
      });
    });

    it('aborts the HTTP request on unsubscribe', () => {
      scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
        const answer = cold<never>('10ms -');
        const { client } = harness(() => answer);
        expectObservable(client.call(readCall()), '^ 3ms !').toBe('');
        expectSubscriptions(answer.subscriptions).toBe('^ 3ms !');
      });
    });

    it('logs each answer at debug level without the URL', () => {
      scheduler.run(({ cold }) => {
        const { client, logger } = harness(() => cold('7ms (r|)', { r: respond(200, { value: 1 }) }));
        client.call(readCall([['symbol', 'BTCUSDT']])).subscribe();
        scheduler.flush();
        expect(logger.lines).to.deep.equal([
          {
            level: 'debug',
            fields: { requestId: 1, endpoint: '/api/v3/read', method: 'GET', weight: 3, status: 200, durationMs: 7 },
            message: 'readThing 200',
          },
        ]);
      });
    });
    it('builds no debug line for a logger that reports debug off', () => {
      scheduler.run(({ cold }) => {
        const logger = new RecordingLogger();
        const quiet = Object.assign(logger, { isLevelEnabled: (level: string) => level !== 'debug' });
        const { client } = harness(() => cold('1ms (r|)', { r: respond(200, { value: 1 }) }), { logger: quiet });
        const debug = sinon.spy(quiet, 'debug');
        client.call(readCall()).subscribe();
        scheduler.flush();
        sinon.assert.notCalled(debug);
        expect(logger.lines).to.deep.equal([]);
      });
    });

    it("logs a request with its context, so that a session's requests name its user", () => {
      scheduler.run(({ cold }) => {
        const { client, logger } = harness(() => cold('2ms (r|)', { r: respond(200, { value: 1 }) }));
        client.call({ ...readCall(), context: { userId: 'alice', symbol: 'BTCUSDT' } }).subscribe();
        scheduler.flush();
        expect(logger.lines[0]?.fields).to.deep.include({ userId: 'alice', symbol: 'BTCUSDT', requestId: 1 });
      });
    });
  });

  describe('limits', () => {
    it("reserves the endpoint's weight (by its parameters) before sending, and syncs the answer's headers", () => {
      scheduler.run(() => {
        const { client, limits } = harness(() => respond(200, { value: 1 }, { 'x-mbx-used-weight-1m': '4321' }));
        const depth = client.call({
          endpoint: ENDPOINTS.depth,
          params: [['limit', '500']],
          codec: Payload,
          operation: 'depth',
        });
        const seen: number[] = [];
        const spy = sinon.spy(limits, 'reserve');
        depth.subscribe(() => seen.push(limits.snapshot().weightUsed));
        expect(spy.firstCall.args[0]).to.equal(25);
        scheduler.flush();
        expect(seen).to.deep.equal([4321]);
      });
    });

    it('holds a request until the limits allow it', () => {
      scheduler.run(({ expectObservable }) => {
        const { client, limits, transport } = harness(() => respond(200, { value: 1 }));
        limits.configure([{ type: 'REQUEST_WEIGHT', intervalMs: 100, limit: 5 }]);
        const call$ = client.call(readCall()); // weight 3
        expectObservable(call$).toBe('(v|)', { v: { value: 1 } });
        expectObservable(call$, '10ms ^').toBe('100ms (v|)', { v: { value: 1 } });
        scheduler.flush();
        expect(transport.sent.map((r) => r.at)).to.deep.equal([0, 100]);
      });
    });

    it('counts orders on the account only for endpoints that place orders', () => {
      scheduler.run(() => {
        const { client, limits } = harness(() => respond(200, { value: 1 }, { 'x-mbx-order-count-10s': '50' }));
        const account = limits.accountLimits();
        const reserve = sinon.spy(limits, 'reserve');
        const sync = sinon.spy(limits, 'sync');
        client.call({ ...readCall(), orders: account }).subscribe();
        client.call({ ...readCall(), endpoint: { ...write, placesOrder: true }, orders: account }).subscribe();
        scheduler.flush();
        expect(reserve.args.map((a) => a[1])).to.deep.equal([undefined, account]);
        expect(sync.args.map((a) => a[1])).to.deep.equal([undefined, account]);
        expect(limits.reserve(1, account)).to.be.greaterThan(0); // the header filled the account's 10 s window
      });
    });

    it('after a 429, pauses until Retry-After: a retried read and every other request wait for it', () => {
      scheduler.run(({ cold, expectObservable }) => {
        const answers = [
          cold('5ms (r|)', { r: respond(429, { code: -1003, msg: 'Too many requests.' }, { 'retry-after': '2' }) }),
        ];
        const { client, transport, limits } = harness(
          () => answers.shift() ?? cold('5ms (r|)', { r: respond(200, { value: 1 }) }),
        );
        expectObservable(client.call(readCall())).toBe('2010ms (v|)', { v: { value: 1 } });
        expectObservable(client.call({ ...readCall(), endpoint: write }), '6ms ^').toBe('2010ms (v|)', {
          v: { value: 1 },
        });
        scheduler.schedule(() => expect(limits.snapshot().pausedUntil).to.equal(2_005), 6);
        scheduler.flush();
        expect(transport.sent.map((r) => r.at)).to.deep.equal([0, 2_005, 2_005]);
      });
    });

    it('after a 418, refuses every request at once with `banned`, without sending it, until the ban ends', () => {
      scheduler.run(({ cold }) => {
        const { client, transport, limits } = harness((_, i) =>
          i === 0
            ? cold('5ms (r|)', { r: respond(418, { code: -1003, msg: 'IP banned.' }, { 'retry-after': '60' }) })
            : respond(200, { value: 1 }),
        );
        const first = outcome(client.call(readCall()));
        scheduler.flush();
        expect(first.error?.category).to.equal('banned');
        expect(first.error?.retryAfter).to.equal(60_005);
        expect(limits.bannedUntil()).to.equal(60_005);
        const refused = outcome(client.call({ ...readCall(), endpoint: write }));
        expect(refused.error).to.be.instanceOf(ExchangeError);
        expect(refused.error?.category).to.equal('banned');
        expect(refused.error?.retryable).to.equal(false);
        expect(refused.error?.retryAfter).to.equal(60_005);
        expect(refused.error?.context).to.deep.equal({ operation: 'readThing' });
        expect(transport.sent).to.have.length(1);
        scheduler.schedule(() => client.call(readCall()).subscribe(), 60_005);
        scheduler.flush();
        expect(transport.sent).to.have.length(2);
      });
    });

    it('refuses a request that was waiting for its turn when a ban began meanwhile', () => {
      scheduler.run(({ cold }) => {
        const { client, transport, limits } = harness((_, i) =>
          i === 0 ? cold('5ms (r|)', { r: respond(418, '', { 'retry-after': '60' }) }) : respond(200, { value: 1 }),
        );
        limits.configure([{ type: 'REQUEST_WEIGHT', intervalMs: 1_000, limit: 3 }]);
        client.call(readCall()).subscribe({ error: () => undefined });
        const waiting = outcome(client.call(readCall())); // waits until 1000
        scheduler.flush();
        expect(waiting.error?.category).to.equal('banned');
        expect(transport.sent).to.have.length(1);
      });
    });
  });

  describe('answers', () => {
    it('decodes a 2xx body with the codec', () => {
      scheduler.run(({ expectObservable }) => {
        const { client } = harness(() => respond(200, { serverTime: 1_499_827_319_559 }));
        expectObservable(client.call({ endpoint: ENDPOINTS.time, codec: RawServerTime, operation: 'serverTime' })).toBe(
          '(v|)',
          { v: { serverTime: 1_499_827_319_559 } },
        );
      });
    });

    it('keeps ids beyond 2^53 exact (bigint) by parsing again losslessly when the codec refuses', () => {
      scheduler.run(() => {
        const body =
          '{"symbol":"BTCUSDT","orderId":9007199254740993,"orderListId":-1,' +
          '"clientOrderId":"x1","transactTime":1507725176595}';
        const { client } = harness(() => respond(200, body));
        const result = outcome(client.call({ endpoint: read, codec: RawOrderAck, operation: 'ack' }));
        scheduler.flush();
        expect(result.value?.orderId).to.equal(9_007_199_254_740_993n);
        expect(result.value?.orderListId).to.equal(-1);
      });
    });

    it('reports a 2xx body that does not decode as a `decode` error naming the codec', () => {
      scheduler.run(() => {
        const { client } = harness(() => respond(200, { value: 'one' }));
        const result = outcome(client.call(readCall()));
        const notJson = outcome(
          harness(() => respond(200, '<html>maintenance</html>')).client.call({ ...readCall(), operation: 'other' }),
        );
        scheduler.flush();
        expect(result.error).to.be.instanceOf(ExchangeError);
        expect(result.error?.category).to.equal('decode');
        expect(result.error?.retryable).to.equal(false);
        expect(result.error?.details).to.match(/value/);
        expect(result.error?.context).to.include({ operation: 'readThing', endpoint: '/api/v3/read', requestId: '1' });
        expect(notJson.error?.category).to.equal('decode');
      });
    });

    it('classifies a non-2xx answer by status and Binance code, with the operation in the context', () => {
      scheduler.run(() => {
        const { client } = harness((_, i) =>
          i === 0
            ? respond(400, { code: -1121, msg: 'Invalid symbol.' })
            : respond(404, '<html><body>Not Found</body></html>'),
        );
        const invalid = outcome(client.call({ ...readCall([['symbol', 'NOPE']]), context: { symbol: 'NOPE' } }));
        const missing = outcome(client.call(readCall()));
        scheduler.flush();
        expect(invalid.error).to.include({ category: 'validation', code: -1121, status: 400, retryable: false });
        expect(invalid.error?.context).to.deep.equal({
          operation: 'readThing',
          endpoint: '/api/v3/read',
          symbol: 'NOPE',
          requestId: '1',
        });
        expect(invalid.error?.details).to.equal(
          'GET /api/v3/read (readThing) failed: HTTP status 400, Binance -1121 BAD_SYMBOL: Invalid symbol.',
        );
        expect(missing.error).to.include({ category: 'rejected', status: 404, code: undefined });
      });
    });

    it('classifies transport failures', () => {
      scheduler.run(() => {
        const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
        const timeout = Object.assign(new Error('timeout of 1234ms exceeded'), { code: 'ECONNABORTED' });
        const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
        const errors = [refused, timeout, reset];
        const { client } = harness((_, i) => errors[i] ?? new Error('unexpected'));
        const a = outcome(client.call({ ...readCall(), endpoint: write }));
        const b = outcome(client.call({ ...readCall(), endpoint: write }));
        const c = outcome(client.call({ ...readCall(), endpoint: write }));
        scheduler.flush();
        expect(a.error).to.include({ category: 'network', reason: 'ECONNREFUSED' });
        expect(b.error).to.include({ category: 'unknown-outcome', retryable: false, reason: 'ECONNABORTED' });
        expect(c.error).to.include({ category: 'unknown-outcome', retryable: false, reason: 'ECONNRESET' });
        expect(a.error?.context).to.include({ operation: 'readThing', endpoint: '/api/v3/write', requestId: '1' });
      });
    });
  });

  describe('retries', () => {
    it('retries an idempotent request after a retryable error: at most twice, 500 ms then 1 s later', () => {
      scheduler.run(({ cold }) => {
        const unavailable = cold('5ms (r|)', { r: respond(503, '') });
        const { client, transport } = harness(() => unavailable);
        const result = outcome(client.call(readCall()));
        scheduler.flush();
        expect(transport.sent.map((r) => r.at)).to.deep.equal([0, 505, 1_510]);
        expect(result.error).to.include({ category: 'unknown-outcome', status: 503, retryable: true });
      });
    });

    it('succeeds when a retry does', () => {
      scheduler.run(({ cold, expectObservable }) => {
        const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
        const { client, transport } = harness((_, i) =>
          i === 0 ? reset : cold('5ms (r|)', { r: respond(200, { value: 2 }) }),
        );
        expectObservable(client.call(readCall())).toBe('505ms (v|)', { v: { value: 2 } });
        scheduler.flush();
        expect(transport.sent).to.have.length(2);
      });
    });

    it('never retries an error that is not retryable', () => {
      scheduler.run(() => {
        const { client, transport } = harness(() => respond(400, { code: -1102, msg: 'Mandatory parameter missing.' }));
        const result = outcome(client.call(readCall()));
        scheduler.flush();
        expect(result.error?.category).to.equal('validation');
        expect(transport.sent).to.have.length(1);
      });
    });

    it('never retries a request that is not idempotent: an order placement failing with 503 is sent once', () => {
      scheduler.run(() => {
        const { client, transport } = harness(() => respond(503, ''));
        const result = outcome(
          client.call({ ...readCall(), endpoint: { ...ENDPOINTS.placeOrder, security: 'NONE' }, operation: 'place' }),
        );
        scheduler.flush();
        expect(transport.sent).to.have.length(1);
        expect(result.error).to.include({ category: 'unknown-outcome', retryable: false, status: 503 });
      });
    });

    it('never retries a non-idempotent request after a lost connection either', () => {
      scheduler.run(() => {
        const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
        const { client, transport } = harness(() => reset);
        const result = outcome(client.call({ ...readCall(), endpoint: write }));
        scheduler.flush();
        expect(transport.sent).to.have.length(1);
        expect(result.error?.category).to.equal('unknown-outcome');
      });
    });
  });

  describe('loadLimits', () => {
    it('waits for the published limits before the first ordinary request, not for exchangeInfo or time', () => {
      scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
        const load = cold('4ms (x|)');
        const { client, transport } = harness(() => respond(200, { value: 1 }), {
          loadLimits: () => load,
        });
        expectObservable(client.call(readCall())).toBe('4ms (v|)', { v: { value: 1 } });
        client.call({ endpoint: ENDPOINTS.exchangeInfo, codec: t.unknown, operation: 'exchangeInfo' }).subscribe();
        client.call({ endpoint: ENDPOINTS.time, codec: t.unknown, operation: 'time' }).subscribe();
        expectSubscriptions(load.subscriptions).toBe('^---!');
        scheduler.flush();
        expect(transport.sent.map((r) => [new URL(r.url).pathname, r.at])).to.deep.equal([
          ['/api/v3/exchangeInfo', 0],
          ['/api/v3/time', 0],
          ['/api/v3/read', 4],
        ]);
      });
    });

    it('sends the request with the default limits when loading the published ones fails', () => {
      scheduler.run(({ cold, expectObservable }) => {
        const { client } = harness(() => respond(200, { value: 1 }), {
          loadLimits: () => cold('2ms #', undefined, new Error('exchangeInfo failed')),
        });
        expectObservable(client.call(readCall())).toBe('2ms (v|)', { v: { value: 1 } });
      });
    });
  });
});
