import { expect } from 'chai';
import { binanceErrorCodes } from '../../src/errors/binanceErrorCodes.js';
import {
  fromDecodeError,
  fromHttpResponse,
  fromStreamControlError,
  fromTransportError,
  fromWsApiError,
  type HttpErrorInput,
  type RequestOperation,
  type TransportErrorOptions,
} from '../../src/errors/classifyError.js';
import { DecodeError } from '../../src/errors/DecodeError.js';
import { ExchangeError } from '../../src/errors/ExchangeError.js';

const NOW = 1_700_000_000_000;
const ORDER: RequestOperation = { name: 'placeOrder', method: 'POST', path: '/api/v3/order' };
const QUERY: RequestOperation = { name: 'openOrders', method: 'GET', path: '/api/v3/openOrders' };

function http(status: number, body: unknown, extra: Partial<HttpErrorInput> = {}): ExchangeError {
  return fromHttpResponse({ status, body, operation: ORDER, idempotent: false, now: NOW, ...extra });
}

function transport(error: unknown, extra: Partial<TransportErrorOptions> = {}): ExchangeError {
  return fromTransportError(error, { operation: ORDER, idempotent: false, ...extra });
}

function nodeError(message: string, code: string, name = 'Error'): Error {
  return Object.assign(new Error(message), { code, name });
}

describe('fromHttpResponse', () => {
  describe('every code of the map, as a 400 with its code', () => {
    for (const [code, entry] of binanceErrorCodes) {
      it(`${code} ${entry.name}`, () => {
        const error = http(400, { code, msg: '' });
        expect(error).to.be.instanceOf(ExchangeError);
        expect(error.code).to.equal(code);
        expect(error.status).to.equal(400);
        expect(error.category).to.equal(entry.category);
        // Unknown outcomes are retryable only for idempotent requests; this one is an order.
        expect(error.retryable).to.equal(entry.category === 'unknown-outcome' ? false : entry.retryable);
        expect(error.severity).to.equal(entry.severity);
        expect(error.userMessage).to.equal(entry.userMessage);
        expect(error.details).to.include(`Binance ${code} ${entry.name}`);
        const idempotent = fromHttpResponse({
          status: 400,
          body: { code, msg: '' },
          operation: QUERY,
          idempotent: true,
          now: NOW,
        });
        expect(idempotent.retryable).to.equal(entry.category === 'unknown-outcome' ? true : entry.retryable);
      });
    }
  });

  it('classifies codes missing from the map by range: 11xx/12xx validation, others rejected', () => {
    expect(http(400, { code: -1150, msg: 'New rule.' })).to.include({ category: 'validation', reason: 'UNKNOWN_CODE' });
    expect(http(400, { code: -1299, msg: 'x' }).category).to.equal('validation');
    expect(http(400, { code: -2099, msg: 'Something new.' })).to.include({
      category: 'rejected',
      userMessage: 'Binance refused the request: Something new.',
    });
    expect(http(400, { code: -1300, msg: '' }).category).to.equal('rejected');
  });

  describe('HTTP statuses', () => {
    const cases: [number, unknown, string, boolean, boolean][] = [
      // status, body, category, retryable (order), retryable (idempotent)
      [418, '', 'banned', false, false],
      [429, '', 'rate-limit', true, true],
      [
        429,
        { code: -1003, msg: 'Too much request weight used; current limit is 6000 request weight per 1 MINUTE.' },
        'rate-limit',
        true,
        true,
      ],
      [
        429,
        { code: -1015, msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.' },
        'rate-limit',
        true,
        true,
      ],
      [500, '', 'unknown-outcome', false, true],
      [502, '<html><body>Bad Gateway</body></html>', 'unknown-outcome', false, true],
      [
        503,
        { code: -1008, msg: 'Server is currently overloaded with other requests.' },
        'unknown-outcome',
        false,
        true,
      ],
      [504, undefined, 'unknown-outcome', false, true],
      [401, '', 'auth', false, false],
      [401, { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' }, 'auth', false, false],
      [403, '<html>403 Forbidden</html>', 'rejected', false, false],
      [404, '<html>Not Found</html>', 'rejected', false, false],
      [400, '', 'rejected', false, false],
      [409, { code: -2021, msg: 'Order cancel-replace partially failed.' }, 'rejected', false, false],
      [400, { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' }, 'clock', true, true],
      [400, { code: -1007, msg: 'Timeout waiting for response from backend server.' }, 'unknown-outcome', false, true],
    ];
    for (const [status, body, category, forOrder, forQuery] of cases) {
      it(`${status} with ${typeof body === 'object' && body !== null ? JSON.stringify(body).slice(0, 20) : JSON.stringify(body)} → ${category}`, () => {
        const order = http(status, body);
        expect(order.category).to.equal(category);
        expect(order.retryable).to.equal(forOrder);
        expect(order.status).to.equal(status);
        const query = http(status, body, { operation: QUERY, idempotent: true });
        expect(query.category).to.equal(category);
        expect(query.retryable).to.equal(forQuery);
      });
    }

    it('marks bans and auth failures critical, and non-idempotent unknown outcomes as errors', () => {
      expect(http(418, '').severity).to.equal('critical');
      expect(http(400, { code: -1022, msg: 'Signature for this request is not valid.' }).severity).to.equal('critical');
      expect(http(503, '').severity).to.equal('error');
      expect(http(503, '', { idempotent: true }).severity).to.equal('warning');
    });

    it('describes what the body was when it held no Binance error', () => {
      expect(http(502, '<html>x</html>').details).to.include('an HTML body');
      expect(http(500, '').details).to.include('an empty body');
      expect(http(500, '   ').details).to.include('an empty body');
      expect(http(500, null).details).to.include('an empty body');
      expect(http(500, 'oops').details).to.include('a body that is not JSON');
      expect(http(500, { error: 'x' }).details).to.include('without a Binance error code');
      expect(http(500, '{"message":"x"}').details).to.include('without a Binance error code');
      expect(http(404, '').userMessage).to.equal('The endpoint does not exist.');
    });

    it('parses a Binance error given as JSON text', () => {
      const error = http(400, '{"code":-1121,"msg":"Invalid symbol."}');
      expect(error).to.include({ code: -1121, category: 'validation', reason: 'BAD_SYMBOL' });
      expect(error.details).to.equal(
        'POST /api/v3/order (placeOrder) failed: HTTP status 400, Binance -1121 BAD_SYMBOL: Invalid symbol.',
      );
    });
  });

  describe('Retry-After', () => {
    it('turns seconds into epoch ms from now, whatever the header case or form', () => {
      expect(http(429, '', { headers: { 'Retry-After': '30' } }).retryAfter).to.equal(NOW + 30_000);
      expect(http(429, '', { headers: { 'retry-after': 7 } }).retryAfter).to.equal(NOW + 7_000);
      expect(http(418, '', { headers: { 'RETRY-AFTER': ['120'] } }).retryAfter).to.equal(NOW + 120_000);
      expect(http(429, '', { headers: { 'retry-after': ' 1.5 ' } }).retryAfter).to.equal(NOW + 1_500);
    });

    it('accepts an HTTP date, and ignores an absent or unreadable header', () => {
      const date = new Date(NOW + 60_000).toUTCString();
      expect(http(429, '', { headers: { 'retry-after': date } }).retryAfter).to.equal(NOW + 60_000);
      expect(http(429, '', { headers: {} }).retryAfter).to.equal(undefined);
      expect(http(429, '').retryAfter).to.equal(undefined);
      expect(http(429, '', { headers: { 'retry-after': 'soon' } }).retryAfter).to.equal(undefined);
      expect(http(429, '', { headers: { 'retry-after': { x: 1 } } }).retryAfter).to.equal(undefined);
    });

    it('takes a ban end from the -1003 message when no header gives one', () => {
      const body = {
        code: -1003,
        msg: 'Way too much request weight used; IP banned until 1700000123456. Please use WebSocket Streams.',
      };
      const error = http(418, body);
      expect(error).to.include({ category: 'banned', severity: 'critical', retryable: false, reason: 'IP_BANNED' });
      expect(error.retryAfter).to.equal(1_700_000_123_456);
      expect(http(418, body, { headers: { 'Retry-After': '10' } }).retryAfter).to.equal(NOW + 10_000);
      // The message alone makes it a ban, even under a 429.
      expect(http(429, body).category).to.equal('banned');
    });
  });

  describe('refinement by message', () => {
    it('names the filter of a -1013', () => {
      const error = http(400, { code: -1013, msg: 'Filter failure: LOT_SIZE' });
      expect(error).to.include({ category: 'validation', reason: 'LOT_SIZE', retryable: false });
      expect(error.userMessage).to.equal(
        'The order breaks the LOT_SIZE filter: the quantity is too small, too large or not a multiple of stepSize.',
      );
      expect(http(400, { code: -1013, msg: 'Filter failure: NEW_FILTER' })).to.include({
        reason: 'NEW_FILTER',
        userMessage: 'The order breaks the NEW_FILTER filter.',
      });
      expect(http(400, { code: -1013, msg: 'Invalid quantity.' })).to.include({
        reason: 'INVALID_MESSAGE',
        userMessage: 'The request breaks a trading rule: Invalid quantity.',
      });
      expect(
        http(400, { code: -1013, msg: 'Order book liquidity is less than symbol minimum quantity.' }).reason,
      ).to.equal('INSUFFICIENT_LIQUIDITY');
    });

    it('says why a -2010 was rejected', () => {
      const cases: [string, string, string][] = [
        [
          'Account has insufficient balance for requested action.',
          'INSUFFICIENT_BALANCE',
          'The order was rejected: the account has insufficient balance.',
        ],
        [
          'Order would immediately match and take.',
          'WOULD_MATCH_IMMEDIATELY',
          'The order was rejected: a LIMIT_MAKER order would immediately match and take.',
        ],
        ['Duplicate order sent.', 'DUPLICATE_ORDER', 'The order was rejected: the client order id is already in use.'],
        ['Market is closed.', 'MARKET_CLOSED', 'The order was rejected: the market is closed.'],
        ['Something else.', 'NEW_ORDER_REJECTED', 'The order was rejected: Something else.'],
        ['', 'NEW_ORDER_REJECTED', 'The order was rejected.'],
      ];
      for (const [msg, reason, userMessage] of cases) {
        expect(http(400, { code: -2010, msg }), msg).to.include({ category: 'rejected', reason, userMessage });
      }
      expect(http(400, { code: -2038, msg: 'Order amend (quantity increase) is not supported.' })).to.include({
        reason: 'AMEND_INCREASE_NOT_SUPPORTED',
        userMessage: 'The amendment was rejected: an amendment may only reduce the quantity.',
      });
      expect(http(400, { code: -1010, msg: 'Market is closed.' }).reason).to.equal('MARKET_CLOSED');
    });

    it('calls a -2011 not-found only for an unknown order; otherwise the order still exists', () => {
      expect(http(400, { code: -2011, msg: 'Unknown order sent.' })).to.include({
        category: 'not-found',
        reason: 'UNKNOWN_ORDER',
      });
      expect(http(400, { code: -2011, msg: '' })).to.include({ category: 'not-found', reason: 'CANCEL_REJECTED' });
      expect(http(400, { code: -2011, msg: 'Order was not canceled due to cancel restrictions.' })).to.include({
        category: 'rejected',
        reason: 'CANCEL_RESTRICTED',
        userMessage: 'The cancel was rejected: the order was not canceled because of cancelRestrictions.',
      });
      expect(http(400, { code: -2011, msg: 'Something new.' })).to.include({
        category: 'rejected',
        userMessage: 'The cancel was rejected: Something new.',
      });
    });

    it('treats a -1003 without "banned" as a rate limit', () => {
      const error = http(429, { code: -1003, msg: 'Too many requests queued.' }, { headers: { 'Retry-After': '3' } });
      expect(error).to.include({
        category: 'rate-limit',
        retryable: true,
        reason: 'TOO_MANY_REQUESTS',
        retryAfter: NOW + 3000,
      });
    });
  });

  it('fills the context from the operation and keeps the caller context', () => {
    const error = http(
      400,
      { code: -2010, msg: '' },
      { context: { userId: 'alice', symbol: 'BTCUSDT', clientOrderId: 'c-1' } },
    );
    expect(error.context).to.deep.equal({
      operation: 'placeOrder',
      endpoint: '/api/v3/order',
      userId: 'alice',
      symbol: 'BTCUSDT',
      clientOrderId: 'c-1',
    });
  });
});

describe('fromTransportError', () => {
  const kinds: [string, unknown, string, string][] = [
    // what, error, category for a non-idempotent request that may have been sent, category when idempotent
    ['ENOTFOUND', nodeError('getaddrinfo ENOTFOUND api.binance.com', 'ENOTFOUND'), 'network', 'network'],
    ['EAI_AGAIN', nodeError('getaddrinfo EAI_AGAIN api.binance.com', 'EAI_AGAIN'), 'network', 'network'],
    ['ECONNREFUSED', nodeError('connect ECONNREFUSED 127.0.0.1:443', 'ECONNREFUSED'), 'network', 'network'],
    ['ECONNRESET', nodeError('read ECONNRESET', 'ECONNRESET'), 'unknown-outcome', 'network'],
    ['EPIPE', nodeError('write EPIPE', 'EPIPE'), 'unknown-outcome', 'network'],
    ['socket hang up', new Error('socket hang up'), 'unknown-outcome', 'network'],
    [
      'axios timeout',
      nodeError('timeout of 5000ms exceeded', 'ECONNABORTED', 'AxiosError'),
      'unknown-outcome',
      'timeout',
    ],
    ['ETIMEDOUT', nodeError('connect ETIMEDOUT', 'ETIMEDOUT'), 'unknown-outcome', 'timeout'],
    [
      'fetch timeout',
      Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }),
      'unknown-outcome',
      'timeout',
    ],
    ['axios network error', nodeError('Network Error', 'ERR_NETWORK', 'AxiosError'), 'unknown-outcome', 'network'],
    [
      'fetch wrapping a refusal',
      new TypeError('fetch failed', { cause: nodeError('connect ECONNREFUSED', 'ECONNREFUSED') }),
      'network',
      'network',
    ],
    ['axios cancel', nodeError('canceled', 'ERR_CANCELED', 'CanceledError'), 'unknown-outcome', 'network'],
    [
      'AbortError',
      Object.assign(new Error('This operation was aborted'), { name: 'AbortError' }),
      'unknown-outcome',
      'network',
    ],
    ['TLS failure', nodeError('certificate has expired', 'CERT_HAS_EXPIRED'), 'network', 'network'],
    ['an unknown error', new Error('weird'), 'unknown-outcome', 'network'],
    ['a thrown string', 'boom', 'unknown-outcome', 'network'],
  ];
  const retryableWhenIdempotent: Record<string, boolean> = {
    ENOTFOUND: true,
    EAI_AGAIN: true,
    ECONNREFUSED: true,
    ECONNRESET: true,
    EPIPE: true,
    'socket hang up': true,
    'axios timeout': true,
    ETIMEDOUT: true,
    'fetch timeout': true,
    'axios network error': true,
    'fetch wrapping a refusal': true,
    'axios cancel': false,
    AbortError: false,
    'TLS failure': false,
    'an unknown error': false,
    'a thrown string': false,
  };

  for (const [what, error, forOrder, forQuery] of kinds) {
    it(`${what}: ${forOrder} for an order, ${forQuery} for an idempotent request`, () => {
      const order = transport(error);
      expect(order.category).to.equal(forOrder);
      if (forOrder === 'unknown-outcome') expect(order.retryable).to.equal(false);
      if (forOrder === 'network' && what !== 'TLS failure') expect(order.retryable).to.equal(true);
      const query = transport(error, { operation: QUERY, idempotent: true });
      expect(query.category).to.equal(forQuery);
      expect(query.retryable).to.equal(retryableWhenIdempotent[what]);
    });
  }

  it('knows nothing was sent when the caller says so: retryable even for an order', () => {
    const reset = transport(nodeError('read ECONNRESET', 'ECONNRESET'), { sent: false });
    expect(reset).to.include({ category: 'network', retryable: true });
    expect(reset.details).to.include('nothing was sent');
    const timeout = transport(nodeError('connect ETIMEDOUT', 'ETIMEDOUT'), { sent: false });
    expect(timeout).to.include({ category: 'timeout', retryable: true });
  });

  it('treats TLS failures as critical and never retryable', () => {
    const error = transport(nodeError('self signed', 'DEPTH_ZERO_SELF_SIGNED_CERT'), { idempotent: true });
    expect(error).to.include({ category: 'network', retryable: false, severity: 'critical' });
  });

  it('keeps the failure code as reason and a sanitized cause', () => {
    const error = transport(nodeError('read ECONNRESET', 'ECONNRESET'));
    expect(error.reason).to.equal('ECONNRESET');
    expect(error.cause).to.deep.equal({ name: 'Error', code: 'ECONNRESET' });
    expect(error.details).to.equal(
      'POST /api/v3/order (placeOrder) failed: the connection was lost (ECONNRESET); it may have been executed',
    );
    expect(transport(new Error('weird')).cause).to.deep.equal({ name: 'Error' });
  });

  it('returns an ExchangeError as it is', () => {
    const original = http(400, { code: -2010, msg: '' });
    expect(transport(original)).to.equal(original);
  });

  it('classifies an axios error that carries a response as that response', () => {
    const axiosError = Object.assign(new Error('Request failed with status code 429'), {
      name: 'AxiosError',
      code: 'ERR_BAD_REQUEST',
      response: { status: 429, data: { code: -1015, msg: 'Too many new orders.' }, headers: { 'retry-after': '2' } },
    });
    const error = transport(axiosError, { now: NOW });
    expect(error).to.include({ category: 'rate-limit', code: -1015, status: 429, retryAfter: NOW + 2000 });
    expect(transport(axiosError).retryAfter).to.equal(undefined);
    const serverError = Object.assign(new Error('x'), { response: { status: 503, data: '' } });
    expect(transport(serverError)).to.include({ category: 'unknown-outcome', retryable: false });
  });
});

describe('fromWsApiError', () => {
  const ws = (status: number, code: number, msg: string, data?: unknown, idempotent = false): ExchangeError =>
    fromWsApiError({
      status,
      error: { code, msg, data },
      operation: { name: 'placeOrder', method: 'order.place' },
      idempotent,
    });

  it('takes retryAfter from data as epoch ms', () => {
    const data = { retryAfter: 1_700_000_100_000, serverTime: 1_700_000_000_000 };
    expect(ws(429, -1003, 'Too much request weight used.', data)).to.include({
      category: 'rate-limit',
      retryAfter: 1_700_000_100_000,
      status: 429,
    });
    expect(
      ws(418, -1003, 'Way too much request weight used; IP banned until 1700000200000.', {
        retryAfter: 1_700_000_200_000,
      }),
    ).to.include({
      category: 'banned',
      retryAfter: 1_700_000_200_000,
    });
    expect(ws(429, -1003, 'x', { retryAfter: 'soon' }).retryAfter).to.equal(undefined);
  });

  it('classifies like REST: auth, unknown outcome, rejection', () => {
    expect(ws(401, -2015, 'Invalid API-key, IP, or permissions for action.')).to.include({
      category: 'auth',
      severity: 'critical',
    });
    expect(ws(503, -1007, 'Timeout waiting for response from backend server.')).to.include({
      category: 'unknown-outcome',
      retryable: false,
    });
    expect(ws(503, -1007, 'Timeout.', undefined, true)).to.include({ category: 'unknown-outcome', retryable: true });
    expect(ws(400, -2010, 'Account has insufficient balance for requested action.')).to.include({
      category: 'rejected',
      reason: 'INSUFFICIENT_BALANCE',
    });
  });

  it('names the WebSocket API method and status in the details', () => {
    expect(ws(400, -1021, 'Timestamp for this request is outside of the recvWindow.').details).to.equal(
      'order.place (placeOrder) failed: WebSocket API status 400, Binance -1021 INVALID_TIMESTAMP: Timestamp for this request is outside of the recvWindow.',
    );
    expect(ws(400, -1021, 'x').context).to.deep.equal({ operation: 'placeOrder', endpoint: 'order.place' });
  });
});

describe('fromStreamControlError', () => {
  const cases: [number, string, string][] = [
    [0, 'Unknown property', 'UNKNOWN_PROPERTY'],
    [1, 'Invalid value type: expected Boolean', 'INVALID_VALUE_TYPE'],
    [2, 'Invalid request: property name must be a string', 'INVALID_REQUEST'],
    [3, 'Invalid JSON: expected value at line 1 column 1', 'INVALID_JSON'],
    [9, 'Something new', 'UNKNOWN_CONTROL_ERROR'],
  ];
  for (const [code, msg, reason] of cases) {
    it(`code ${code} → stream ${reason}`, () => {
      const error = fromStreamControlError(code, msg, { stream: 'btcusdt@trade' });
      expect(error).to.include({ category: 'stream', code, reason, retryable: false });
      expect(error.details).to.equal(`Stream control request refused: code ${code} ${reason}: ${msg}`);
      expect(error.context).to.deep.equal({ stream: 'btcusdt@trade' });
    });
  }
});

describe('fromDecodeError', () => {
  it('wraps a DecodeError as category decode, without the payload', () => {
    const decode = new DecodeError('RawTrade', ['p: expected a decimal string, got "x"'], {
      p: 'x',
      secretish: 'payload',
    });
    const error = fromDecodeError(decode, { stream: 'btcusdt@trade' });
    expect(error).to.include({ category: 'decode', severity: 'error', retryable: false, reason: 'RawTrade' });
    expect(error.details).to.equal('RawTrade rejected the payload: p: expected a decimal string, got "x"');
    expect(error.context).to.deep.equal({ stream: 'btcusdt@trade' });
    expect(JSON.stringify(error.cause)).not.to.include('secretish');
  });
});
