import { expect } from 'chai';
import * as t from 'io-ts';
import { createHmac } from 'node:crypto';
import { inspect } from 'node:util';
import { asyncScheduler, firstValueFrom, map, type SchedulerAction, type SchedulerLike, type Subscription } from 'rxjs';
import sinon from 'sinon';
import { RawOrderAck } from '../../src/codecs/RawOrderAck.js';
import { RawServerTime } from '../../src/codecs/RawServerTime.js';
import { ExchangeError } from '../../src/errors/ExchangeError.js';
import type { HttpRequest } from '../../src/http/HttpTransport.js';
import { RequestLimits } from '../../src/rest/RequestLimits.js';
import { type RestCall, RestClient, type SignedCaller } from '../../src/rest/RestClient.js';
import { ENDPOINTS } from '../../src/rest/RestEndpoint.js';
import { ServerTime } from '../../src/rest/ServerTime.js';
import { Secret } from '../../src/session/Secret.js';
import { HmacSigner } from '../../src/signing/HmacSigner.js';
import { docKey } from '../fixtures/keys/testKeys.js';
import { restFixture } from '../fixtures/rest/restFixture.js';
import { type FakeAnswer, FakeHttpTransport, respond, type SentRequest } from './FakeHttpTransport.js';
import { RecordingLogger } from '../fakes/RecordingLogger.js';

// Signing goes through WebCrypto, whose Promises TestScheduler cannot virtualise: these tests run in real time. The
// fake server answers at once, and the client's own waits (the retries' backoff) are cut to nothing by the scheduler
// below, so that no test sleeps.

/** Real time, with every delay cut to zero. */
const noDelays: SchedulerLike = {
  now: () => asyncScheduler.now(),
  schedule<T>(work: (this: SchedulerAction<T>, state?: T) => void, _delay?: number, state?: T): Subscription {
    return asyncScheduler.schedule(work, 0, state);
  },
};

const BASE = 'https://api.test';
const API_KEY = docKey.apiKey;
const SECRET = docKey.apiSecret;
const SERVER_AHEAD_MS = 3_600_000; // the server's clock runs an hour ahead of ours

interface Harness {
  readonly client: RestClient;
  readonly transport: FakeHttpTransport;
  readonly limits: RequestLimits;
  readonly logger: RecordingLogger;
  readonly caller: SignedCaller;
  /** The requests other than the clock's. */
  readonly calls: () => SentRequest[];
}

describe('RestClient (signed requests, real time)', () => {
  // Every clock started by a test is stopped after it: its periodic resync would keep the process alive.
  const clocks: ServerTime[] = [];
  afterEach(() => {
    for (const clock of clocks.splice(0)) clock.stop();
    sinon.restore();
  });

  /** A client whose fake server answers /api/v3/time itself and everything else with `answer`. */
  function harness(answer: (request: HttpRequest, index: number) => FakeAnswer): Harness {
    let index = 0;
    const transport = new FakeHttpTransport((request) =>
      new URL(request.url).pathname === '/api/v3/time'
        ? respond(200, { serverTime: Date.now() + SERVER_AHEAD_MS })
        : answer(request, index++),
    );
    let client: RestClient | undefined = undefined;
    const time = new ServerTime(
      () =>
        (client as RestClient)
          .call({ endpoint: ENDPOINTS.time, codec: RawServerTime, operation: 'serverTime' })
          .pipe(map((r) => r.serverTime)),
      asyncScheduler,
    );
    clocks.push(time);
    const limits = new RequestLimits(() => time.clock.now());
    const logger = new RecordingLogger();
    client = new RestClient({
      baseUrl: BASE,
      transport,
      limits,
      serverTime: time,
      scheduler: noDelays,
      logger,
      timeoutMs: 5_000,
    });
    const caller: SignedCaller = { apiKey: new Secret(API_KEY), signer: new HmacSigner(SECRET), recvWindow: 5000 };
    const calls = (): SentRequest[] => transport.sent.filter((r) => new URL(r.url).pathname !== '/api/v3/time');
    return { client, transport, limits, logger, caller, calls };
  }

  const ack = restFixture('orderAck');
  const placeOrder = (caller: SignedCaller): RestCall<RawOrderAck> => ({
    endpoint: ENDPOINTS.placeOrder,
    params: [
      ['symbol', 'LTCBTC'],
      ['side', 'BUY'],
      ['type', 'LIMIT'],
      ['timeInForce', 'GTC'],
      ['quantity', '1'],
      ['price', '0.1'],
    ],
    codec: RawOrderAck,
    caller,
    operation: 'placeOrder',
    context: { symbol: 'LTCBTC' },
  });
  const account = (caller: SignedCaller): RestCall<unknown> => ({
    endpoint: ENDPOINTS.account,
    codec: t.unknown,
    caller,
    operation: 'account',
  });

  async function failure(promise: Promise<unknown>): Promise<ExchangeError> {
    try {
      await promise;
    } catch (error) {
      expect(error).to.be.instanceOf(ExchangeError);
      return error as ExchangeError;
    }
    return expect.fail('the call should have failed');
  }

  /** The signature sent with a request, checked against node:crypto's HMAC over everything before it. */
  function verifiedSignature(request: HttpRequest): string {
    const query = new URL(request.url).search.slice(1);
    const match = /^(.*)&signature=([0-9a-f]{64})$/.exec(query);
    expect(match, query).to.not.equal(null);
    const [, payload, signature] = match as RegExpExecArray;
    expect(signature).to.equal(
      createHmac('sha256', SECRET)
        .update(payload as string, 'utf8')
        .digest('hex'),
    );
    return signature as string;
  }

  describe('signing', () => {
    it('appends recvWindow, a server-synced timestamp and the signature last, and sends the API key header', async () => {
      const { client, caller, calls } = harness(() => respond(200, ack));
      const before = Date.now() + SERVER_AHEAD_MS;
      const result = await firstValueFrom(client.call(placeOrder(caller)));
      const after = Date.now() + SERVER_AHEAD_MS;
      expect(result.orderId).to.equal(28);
      const [sent] = calls();
      expect(sent?.method).to.equal('POST');
      const url = new URL(sent?.url ?? '');
      expect(`${url.origin}${url.pathname}`).to.equal(`${BASE}/api/v3/order`);
      const match =
        /^\?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0\.1&recvWindow=5000&timestamp=(\d+)&signature=[0-9a-f]{64}$/.exec(
          url.search,
        );
      expect(match, url.search).to.not.equal(null);
      const timestamp = Number(match?.[1]);
      // The server's time, not ours (allowing for the rounding of the offset).
      expect(timestamp).to.be.within(before - 5, after + 5);
      verifiedSignature(sent as HttpRequest);
      expect(sent?.headers).to.deep.equal({ 'X-MBX-APIKEY': API_KEY });
      expect(sent?.timeoutMs).to.equal(5_000);
    });

    it('signs the percent-encoded text that it sends (non-ASCII symbols, spaces, reserved characters)', async () => {
      const { client, caller, calls } = harness(() => respond(200, {}));
      await firstValueFrom(
        client.call({
          endpoint: ENDPOINTS.getOrder,
          params: [
            ['symbol', '１２３４５６'],
            ['origClientOrderId', 'a b+c/d=e&f'],
          ],
          codec: t.unknown,
          caller,
          operation: 'getOrder',
        }),
      );
      const [sent] = calls();
      expect(sent?.url).to.match(
        /\?symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&origClientOrderId=a%20b%2Bc%2Fd%3De%26f&recvWindow=5000&timestamp=\d+&signature=/,
      );
      verifiedSignature(sent as HttpRequest);
    });

    it('uses the caller’s receive window', async () => {
      const { client, caller, calls } = harness(() => respond(200, {}));
      await firstValueFrom(client.call(account({ ...caller, recvWindow: 60_000 })));
      expect(calls()[0]?.url).to.match(/\?recvWindow=60000&timestamp=\d+&signature=[0-9a-f]{64}$/);
    });

    it('syncs the clock once for several signed calls, and reserves the weights of all', async () => {
      const { client, caller, transport, limits } = harness(() => respond(200, {}));
      const reserve = sinon.spy(limits, 'reserve');
      await Promise.all([firstValueFrom(client.call(account(caller))), firstValueFrom(client.call(account(caller)))]);
      expect(transport.to('/api/v3/time')).to.have.length(1);
      expect(transport.to('/api/v3/account')).to.have.length(2);
      expect(reserve.args.map((a) => a[0]).sort()).to.deep.equal([1, 20, 20]); // the clock's request weighs 1
    });

    it('syncs the limits from the headers of a signed answer, orders on the account', async () => {
      const headers = { 'x-mbx-used-weight-1m': '700', 'x-mbx-order-count-10s': '1' };
      const { client, caller, limits } = harness(() => respond(200, ack, headers));
      const orders = limits.accountLimits();
      const reserve = sinon.spy(limits, 'reserve');
      const sync = sinon.spy(limits, 'sync');
      await firstValueFrom(client.call({ ...placeOrder(caller), orders }));
      expect(reserve.calledWithExactly(1, orders)).to.equal(true);
      expect(sync.calledWithExactly(headers, orders)).to.equal(true);
    });

    it('decodes an order id beyond 2^53 exactly', async () => {
      const body = JSON.stringify(ack).replace('"orderId":28', '"orderId":12345678901234567890');
      const { client, caller } = harness(() => respond(200, body));
      const result = await firstValueFrom(client.call(placeOrder(caller)));
      expect(result.orderId).to.equal(12_345_678_901_234_567_890n);
    });
  });

  describe('-1021 (timestamp outside the receive window)', () => {
    const clockError = respond(400, {
      code: -1021,
      msg: 'Timestamp for this request is outside of the recvWindow.',
    });

    it('resyncs the clock and sends the request once more, signed afresh', async () => {
      const { client, caller, transport, calls, logger } = harness((_, i) =>
        i === 0 ? clockError : respond(200, ack),
      );
      const result = await firstValueFrom(client.call(placeOrder(caller)));
      expect(result.clientOrderId).to.equal('6gCrw2kRUAF9CvJDGP16IP');
      expect(transport.to('/api/v3/time')).to.have.length(2); // the first sync, then the resync
      expect(calls()).to.have.length(2);
      const [first, second] = calls();
      verifiedSignature(first as HttpRequest);
      verifiedSignature(second as HttpRequest);
      const order = transport.sent.map((r) => new URL(r.url).pathname);
      expect(order).to.deep.equal(['/api/v3/time', '/api/v3/order', '/api/v3/time', '/api/v3/order']);
      expect(logger.lines.filter((l) => l.level === 'warn')).to.deep.equal([
        {
          level: 'warn',
          fields: { operation: 'placeOrder' },
          message: 'timestamp refused (-1021): resyncing the clock and retrying once',
        },
      ]);
    });

    it('retries only once: a second -1021 is the answer (an order placement)', async () => {
      const { client, caller, transport, calls } = harness(() => clockError);
      const error = await failure(firstValueFrom(client.call(placeOrder(caller))));
      expect(error).to.include({ category: 'clock', code: -1021 });
      expect(calls()).to.have.length(2);
      expect(transport.to('/api/v3/time')).to.have.length(2);
    });

    it('retries only once for an idempotent read too (its retries for other errors do not apply)', async () => {
      const { client, caller, transport, calls } = harness(() => clockError);
      const error = await failure(firstValueFrom(client.call(account(caller))));
      expect(error).to.include({ category: 'clock', code: -1021 });
      expect(calls()).to.have.length(2);
      expect(transport.to('/api/v3/time')).to.have.length(2);
    });

    it('does not resync for an unsigned request', async () => {
      const { client, transport } = harness(() => clockError);
      const error = await failure(
        firstValueFrom(client.call({ endpoint: ENDPOINTS.ping, codec: t.unknown, operation: 'ping' })),
      );
      expect(error.category).to.equal('clock');
      expect(transport.sent.map((r) => new URL(r.url).pathname)).to.deep.equal(['/api/v3/ping']);
    });
  });

  describe('retries and outcomes', () => {
    it('sends an order placement that fails with 503 exactly once: its outcome is unknown', async () => {
      const { client, caller, calls } = harness(() => respond(503, 'Service Unavailable'));
      const error = await failure(firstValueFrom(client.call(placeOrder(caller))));
      expect(error).to.include({ category: 'unknown-outcome', retryable: false, status: 503 });
      expect(calls()).to.have.length(1);
    });

    it('sends an order placement whose connection was lost exactly once', async () => {
      const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      const { client, caller, calls } = harness(() => reset);
      const error = await failure(firstValueFrom(client.call(placeOrder(caller))));
      expect(error).to.include({ category: 'unknown-outcome', retryable: false, reason: 'ECONNRESET' });
      expect(calls()).to.have.length(1);
    });

    it('retries an idempotent signed read after a 503, each time with a fresh timestamp and signature', async () => {
      const { client, caller, calls } = harness((_, i) => (i < 2 ? respond(503, '') : respond(200, { ok: true })));
      const signing = sinon.spy(caller.signer, 'sign');
      expect(await firstValueFrom(client.call(account(caller)))).to.deep.equal({ ok: true });
      expect(calls()).to.have.length(3);
      // Each attempt is signed anew over its own timestamp (two attempts within one millisecond may share a text).
      expect(signing.callCount).to.equal(3);
      calls().forEach((request, i) => {
        verifiedSignature(request);
        expect(new URL(request.url).searchParams.get('timestamp')).to.equal(
          new URLSearchParams(signing.args[i]?.[0]).get('timestamp'),
        );
      });
    });

    it('after a 418, refuses the next call at once with `banned`, without calling the transport', async () => {
      const { client, caller, transport } = harness(() =>
        respond(418, { code: -1003, msg: 'Way too many requests; IP banned.' }, { 'retry-after': '120' }),
      );
      const banned = await failure(firstValueFrom(client.call(account(caller))));
      expect(banned).to.include({ category: 'banned', status: 418, retryable: false });
      const sent = transport.sent.length;
      const next = await failure(firstValueFrom(client.call(placeOrder(caller))));
      expect(next).to.include({ category: 'banned', retryable: false });
      expect(next.retryAfter).to.equal(banned.retryAfter);
      expect(transport.sent.length).to.equal(sent);
    });

    it('after a 429 on an order placement, pauses the limits and does not resend', async () => {
      const { client, caller, calls, limits } = harness(() =>
        respond(429, { code: -1003, msg: 'Too many requests.' }, { 'retry-after': '30' }),
      );
      const error = await failure(firstValueFrom(client.call(placeOrder(caller))));
      expect(error).to.include({ category: 'rate-limit', retryable: true });
      expect(calls()).to.have.length(1);
      expect(limits.snapshot().pausedUntil).to.be.a('number').and.equal(error.retryAfter);
    });
  });

  describe('secrets', () => {
    it('never puts the secret, the API key or a signature in an error or a log line', async () => {
      // A transport failure that carries everything, as axios errors do: the URL and the request's headers.
      const leakyFailure = (request: HttpRequest): Error =>
        Object.assign(new Error(`connect ECONNREFUSED ${request.url} ${JSON.stringify(request.headers)}`), {
          code: 'ECONNREFUSED',
          config: { url: request.url, headers: request.headers },
        });
      const answers: ((request: HttpRequest) => FakeAnswer)[] = [
        () => respond(400, { code: -1022, msg: 'Signature for this request is not valid.' }),
        () => respond(401, { code: -2015, msg: `Invalid API-key, IP, or permissions for action. ${API_KEY}` }),
        (request) => respond(400, { code: -1013, msg: `Filter failure: PRICE_FILTER ${request.url}` }),
        () => respond(503, '<html>down</html>'),
        () => respond(200, { unexpected: true }),
        () => respond(418, ''),
        leakyFailure,
      ];
      const texts: string[] = [];
      const signatures: string[] = [];
      for (const answer of answers) {
        const { client, caller, calls, logger } = harness((request) => answer(request));
        const errors = [await failure(firstValueFrom(client.call(placeOrder(caller))))];
        errors.push(await failure(firstValueFrom(client.call(placeOrder(caller))))); // refused at once after the 418
        texts.push(
          ...errors.flatMap((e) => [e.message, e.stack ?? '', JSON.stringify(e), inspect(e, { depth: Infinity })]),
          logger.text(),
        );
        signatures.push(...calls().map((r) => new URL(r.url).searchParams.get('signature') ?? ''));
      }
      expect(signatures.filter((sig) => /^[0-9a-f]{64}$/.test(sig))).to.have.length.greaterThan(answers.length);
      for (const text of texts) {
        for (const secret of [API_KEY, SECRET, ...signatures]) expect(text).to.not.include(secret);
      }
    });
  });
});
