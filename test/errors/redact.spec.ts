import { expect } from 'chai';
import fc from 'fast-check';
import { pathOnly, redact, sanitizeContext } from '../../src/errors/redact.js';
import { docKey, ed25519Pem } from '../fixtures/keys/testKeys.js';

const API_KEY = docKey.apiKey;
const SECRET = docKey.apiSecret;
const HEX_SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
const BASE64_SIGNATURE = 'EocljwPl29jDxWYaaRaOo4pJ9wEblFbklJvPugNscLLuKd5vHM2grWjn1z+rY0aJ7r/44enxHL6mOAJuJ1kqCg==';

describe('redact', () => {
  describe('redact', () => {
    it('removes named values: signature, API key, secrets, listen keys, passwords, tokens', () => {
      const cases: [string, string][] = [
        ['symbol=BTCUSDT&signature=abc123&x=1', 'symbol=BTCUSDT&signature=[REDACTED]&x=1'],
        ['apiKey: short-key', 'apiKey: [REDACTED]'],
        ['{"apiKey":"k1","symbol":"BTCUSDT"}', '{"apiKey":"[REDACTED]","symbol":"BTCUSDT"}'],
        ["api_key='k2'", "api_key='[REDACTED]'"],
        ['api-key=k3', 'api-key=[REDACTED]'],
        ['X-MBX-APIKEY: k4', 'X-MBX-APIKEY: [REDACTED]'],
        ['secretKey=s1; next', 'secretKey=[REDACTED]; next'],
        ['apiSecret=s2', 'apiSecret=[REDACTED]'],
        ['privateKey=p1', 'privateKey=[REDACTED]'],
        ['private_key=p2', 'private_key=[REDACTED]'],
        ['listenKey=l1', 'listenKey=[REDACTED]'],
        ['password = hunter2', 'password = [REDACTED]'],
        ['token:t1}', 'token:[REDACTED]}'],
      ];
      for (const [input, output] of cases) expect(redact(input), input).to.equal(output);
    });

    it('removes PEM blocks, whole or cut short', () => {
      expect(redact(`key: ${ed25519Pem.trim()} end`)).to.equal('key: [REDACTED] end');
      expect(redact('-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2Vw')).to.equal('[REDACTED]');
    });

    it('removes long key-like tokens: API keys, secrets, hex and base64 signatures, URL-encoded ones', () => {
      for (const token of [API_KEY, SECRET, HEX_SIGNATURE, BASE64_SIGNATURE, encodeURIComponent(BASE64_SIGNATURE)]) {
        expect(redact(`failed for ${token} here`), token).to.equal('failed for [REDACTED] here');
      }
    });

    it("keeps Binance's own messages", () => {
      const messages = [
        'Filter failure: PRICE_FILTER',
        'Account has insufficient balance for requested action.',
        "Parameter 'quantity' has too much precision.",
        'Timestamp for this request is outside of the recvWindow.',
        'Order would immediately match and take.',
        'EXCHANGE_MAX_NUM_ICEBERG_ORDERS',
      ];
      for (const message of messages) expect(redact(message)).to.equal(message);
    });

    it('caps the text at 300 characters', () => {
      const long = 'word '.repeat(100);
      expect(redact(long)).to.equal(`${long.slice(0, 300)}…`);
      expect(redact('short')).to.equal('short');
    });

    it('never lets an API key or secret through, wherever it sits in a text (property)', () => {
      const text = fc.string({
        unit: fc.constantFrom('a', ' ', '=', '&', ':', '"', '-', '_', '.', '\n'),
        maxLength: 40,
      });
      fc.assert(
        fc.property(text, fc.constantFrom(API_KEY, SECRET, HEX_SIGNATURE, BASE64_SIGNATURE), text, (a, s, b) => {
          return !redact(`${a}${s}${b}`).includes(s);
        }),
      );
    });
  });

  describe('pathOnly', () => {
    it('keeps only the path of a URL: no scheme, host, credentials, query or fragment', () => {
      expect(pathOnly(`https://user:${SECRET}@api.binance.com/api/v3/order?signature=${HEX_SIGNATURE}#x`)).to.equal(
        '/api/v3/order',
      );
      expect(pathOnly('wss://stream.binance.com:9443/stream?streams=btcusdt@trade')).to.equal('/stream');
      expect(pathOnly('/api/v3/depth?symbol=BTCUSDT')).to.equal('/api/v3/depth');
      expect(pathOnly('https://api.binance.com')).to.equal('/');
      expect(pathOnly('https://api.binance.com?x=1')).to.equal('/');
      expect(pathOnly('')).to.equal('/');
    });

    it('keeps long paths whole: a path is not a token', () => {
      expect(pathOnly('https://api.binance.com/api/v3/order/amend/keepPriority')).to.equal(
        '/api/v3/order/amend/keepPriority',
      );
      expect(pathOnly('/api/v3/ticker/tradingDay/and/some/more/segments/here')).to.equal(
        '/api/v3/ticker/tradingDay/and/some/more/segments/here',
      );
    });

    it('redacts a segment that is a token (a listen key in a stream path)', () => {
      const listenKey = 'pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1';
      expect(pathOnly(`wss://stream.binance.com/ws/${listenKey}`)).to.equal('/ws/[REDACTED]');
      expect(pathOnly('/x/signature=ab/c+d=')).to.equal('/x/signature=[REDACTED]'); // a base64 value holds slashes
    });
  });

  describe('sanitizeContext', () => {
    it('copies only the known fields, as redacted strings', () => {
      const context = {
        userId: 'alice',
        symbol: 'BTCUSDT',
        requestId: 12,
        clientOrderId: `id ${SECRET}`,
        apiKey: API_KEY,
        nested: { secret: SECRET },
      } as unknown as Parameters<typeof sanitizeContext>[0];
      expect(sanitizeContext(context)).to.deep.equal({
        userId: 'alice',
        symbol: 'BTCUSDT',
        requestId: '12',
        clientOrderId: 'id [REDACTED]',
      });
    });

    it('keeps only the path of an endpoint or stream', () => {
      expect(
        sanitizeContext({
          endpoint: `https://api.binance.com/api/v3/order?signature=${HEX_SIGNATURE}`,
          stream: '/ws/x?k=1',
        }),
      ).to.deep.equal({ endpoint: '/api/v3/order', stream: '/ws/x' });
    });

    it('takes the operation and its path (or its method when it has no path), the context winning', () => {
      expect(
        sanitizeContext(undefined, { name: 'placeOrder', method: 'POST', path: '/api/v3/order?x=1' }),
      ).to.deep.equal({
        operation: 'placeOrder',
        endpoint: '/api/v3/order',
      });
      expect(sanitizeContext(undefined, { name: 'order.place', method: 'order.place' })).to.deep.equal({
        operation: 'order.place',
        endpoint: 'order.place',
      });
      expect(sanitizeContext({ operation: 'inner' }, { name: 'outer' })).to.deep.equal({ operation: 'inner' });
    });

    it('drops values that are neither strings nor numbers', () => {
      const context = { userId: undefined, symbol: null, requestId: { id: 1 } } as unknown as Parameters<
        typeof sanitizeContext
      >[0];
      expect(sanitizeContext(context)).to.deep.equal({});
    });
  });
});
