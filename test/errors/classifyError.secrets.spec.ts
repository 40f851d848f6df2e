import { expect } from 'chai';
import { inspect } from 'node:util';
import {
  fromDecodeError,
  fromHttpResponse,
  fromStreamControlError,
  fromTransportError,
  fromWsApiError,
} from '../../src/errors/classifyError.js';
import { DecodeError } from '../../src/errors/DecodeError.js';
import type { ExchangeError } from '../../src/errors/ExchangeError.js';
import { docKey, ed25519Pem } from '../fixtures/keys/testKeys.js';

const API_KEY = docKey.apiKey;
const SECRET = docKey.apiSecret;
const HEX_SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
const BASE64_SIGNATURE = 'EocljwPl29jDxWYaaRaOo4pJ9wEblFbklJvPugNscLLuKd5vHM2grWjn1z+rY0aJ7r/44enxHL6mOAJuJ1kqCg==';
const SENT_SIGNATURE = encodeURIComponent(BASE64_SIGNATURE);
const LISTEN_KEY = 'pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1';
const PEM_LINE = ed25519Pem.split('\n')[1] as string;
const SECRETS = [API_KEY, SECRET, HEX_SIGNATURE, BASE64_SIGNATURE, SENT_SIGNATURE, LISTEN_KEY, PEM_LINE];

const QUERY = `symbol=BTCUSDT&side=BUY&timestamp=1499827319559&signature=${HEX_SIGNATURE}`;
const URL = `https://user:${SECRET}@api.binance.com/api/v3/order?${QUERY}#${SENT_SIGNATURE}`;
const HEADERS = { 'X-MBX-APIKEY': API_KEY, Authorization: `Bearer ${SECRET}`, 'Retry-After': '5' };
const BODY = `quantity=1&price=0.1&recvWindow=5000&signature=${SENT_SIGNATURE}`;
const OPERATION = { name: 'placeOrder', method: 'POST', path: URL };
const CONTEXT = {
  userId: 'alice',
  symbol: 'BTCUSDT',
  endpoint: URL,
  stream: `/ws/${LISTEN_KEY}`,
  requestId: `req-${HEX_SIGNATURE}`,
  clientOrderId: SECRET,
};

/** An error as axios builds it: the request config (headers, URL, body) and the request object ride along. */
function axiosError(code: string, response?: unknown): Error {
  return Object.assign(new Error(`connect ${code} api.binance.com ${URL}`), {
    name: 'AxiosError',
    code,
    config: { url: URL, method: 'post', headers: HEADERS, data: BODY, auth: { username: API_KEY, password: SECRET } },
    request: { path: `/api/v3/order?${QUERY}`, _header: `X-MBX-APIKEY: ${API_KEY}` },
    response,
    cause: Object.assign(new Error(`read ${code} while sending ${BODY}`), { code, secret: SECRET }),
    toJSON: () => ({ url: URL, headers: HEADERS }),
  });
}

const ERRORS: Record<string, () => ExchangeError> = {
  'an HTTP error whose HTML body echoes the request': () =>
    fromHttpResponse({
      status: 502,
      body: `<html><body>Bad gateway for ${URL} (X-MBX-APIKEY: ${API_KEY}) body ${BODY}</body></html>`,
      headers: HEADERS,
      operation: OPERATION,
      context: CONTEXT,
      idempotent: false,
      now: 1_700_000_000_000,
    }),
  'a Binance error whose message echoes the key and signature': () =>
    fromHttpResponse({
      status: 400,
      body: {
        code: -1022,
        msg: `Signature for this request is not valid. signature=${HEX_SIGNATURE} apiKey: ${API_KEY} ${SECRET} ${BASE64_SIGNATURE}`,
        echo: { headers: HEADERS, body: BODY },
      },
      headers: HEADERS,
      operation: OPERATION,
      context: CONTEXT,
      idempotent: false,
      now: 1_700_000_000_000,
    }),
  'a Binance error given as JSON text echoing a PEM': () =>
    fromHttpResponse({
      status: 400,
      body: JSON.stringify({ code: -1100, msg: `Illegal characters found in parameter 'privateKey': ${ed25519Pem}` }),
      headers: HEADERS,
      operation: OPERATION,
      context: CONTEXT,
      idempotent: true,
      now: 1_700_000_000_000,
    }),
  'a transport error from axios (reset)': () =>
    fromTransportError(axiosError('ECONNRESET'), { operation: OPERATION, context: CONTEXT, idempotent: false }),
  'a transport error from axios (timeout, idempotent)': () =>
    fromTransportError(axiosError('ECONNABORTED'), { operation: OPERATION, context: CONTEXT, idempotent: true }),
  'an axios error with a response': () =>
    fromTransportError(
      axiosError('ERR_BAD_REQUEST', {
        status: 400,
        data: { code: -2015, msg: `Invalid API-key ${API_KEY}, IP, or permissions for action.` },
        headers: { ...HEADERS, 'set-cookie': SECRET },
        config: { headers: HEADERS, url: URL, data: BODY },
      }),
      { operation: OPERATION, context: CONTEXT, idempotent: false, now: 1_700_000_000_000 },
    ),
  'a WebSocket API error echoing its params': () =>
    fromWsApiError({
      status: 400,
      error: {
        code: -1022,
        msg: `Signature for this request is not valid: "apiKey":"${API_KEY}","signature":"${BASE64_SIGNATURE}"`,
        data: { params: { apiKey: API_KEY, signature: BASE64_SIGNATURE, secret: SECRET }, retryAfter: 1 },
      },
      operation: { name: 'placeOrder', method: 'order.place', path: `wss://ws-api.binance.com/ws-api/v3?k=${API_KEY}` },
      context: CONTEXT,
      idempotent: false,
    }),
  'a stream control error on a listen-key stream': () =>
    fromStreamControlError(2, `Invalid request for ${LISTEN_KEY}`, { stream: LISTEN_KEY, endpoint: URL }),
  'a decode error of a payload holding secrets': () =>
    fromDecodeError(
      new DecodeError(
        'RawAccount',
        [`listenKey: expected a number, got "${LISTEN_KEY}"`, `k: got ${SECRET.slice(0, 40)}…`],
        {
          listenKey: LISTEN_KEY,
          apiKey: API_KEY,
        },
      ),
      CONTEXT,
    ),
};

/** Every 12-character piece of every secret: a partial leak fails too. */
function pieces(): string[] {
  return SECRETS.flatMap((secret) => Array.from({ length: secret.length - 11 }, (_, i) => secret.slice(i, i + 12)));
}

describe('classifyError keeps secrets out of errors', () => {
  const all = pieces();
  for (const [what, make] of Object.entries(ERRORS)) {
    it(`for ${what}`, () => {
      const error = make();
      const views = {
        message: error.message,
        details: error.details,
        userMessage: error.userMessage,
        suggestions: error.suggestions.join(' '),
        context: JSON.stringify(error.context),
        json: JSON.stringify(error),
        inspect: inspect(error, { depth: 10, showHidden: true }),
        stack: String(error.stack),
        cause: inspect(error.cause, { depth: 10, showHidden: true }),
      };
      for (const [view, text] of Object.entries(views)) {
        const leaked = all.find((piece) => text.includes(piece));
        expect(leaked, `${view}: ${text}`).to.equal(undefined);
      }
      // Still useful: request errors name the operation; stream and decode errors have none.
      expect(error.details).to.match(/placeOrder|refused|rejected the payload/);
    });
  }

  it('keeps the path of a URL but drops scheme, credentials, host, query and fragment', () => {
    const error = fromHttpResponse({ status: 400, body: '', operation: OPERATION, idempotent: false, now: 0 });
    expect(error.details).to.equal('POST /api/v3/order (placeOrder) failed: HTTP status 400, an empty body');
    expect(error.context.endpoint).to.equal('/api/v3/order');
  });
});
