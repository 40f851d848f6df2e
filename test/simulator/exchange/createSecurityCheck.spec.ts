import { expect } from 'chai';
import type { SymbolConfig } from '../../../src/simulator/market/SymbolConfig.js';
import { type ExchangeHarness, json, startExchange, type TestAccount } from './exchangeHarness.js';
import { encode, type Reply, signPayload } from './signedClient.js';

// PROTOCOL §3.4: the documented HMAC key and REST vectors.
const DOC_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const DOC_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const H1 =
  'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559';
const H1_SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
const H2 =
  'symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1' +
  '&price=0.1&recvWindow=5000&timestamp=1499827319559';
const H2_SIGNATURE = 'e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3';
const H3_QUERY = 'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC';
const H3_BODY = 'quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559';
const H3_SIGNATURE = '0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77';
const VECTOR_TIME = 1499827319559;

const LTCBTC: SymbolConfig = {
  symbol: 'LTCBTC',
  baseAsset: 'LTC',
  quoteAsset: 'BTC',
  initialPrice: '0.10000',
  tickSize: '0.00001',
  stepSize: '0.01',
  minNotional: '0.0001',
  activity: 0,
};
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

function error(reply: Reply): [number, unknown, unknown] {
  return [reply.status, json(reply)['code'], json(reply)['msg']];
}

describe('createSecurityCheck', () => {
  describe('the documented HMAC vectors', () => {
    let h: ExchangeHarness;
    beforeEach(async () => {
      h = await startExchange({ symbols: [LTCBTC], startTime: VECTOR_TIME + 500 });
      h.accounts.create({ balances: { BTC: '1' }, hmac: { apiKey: DOC_KEY, apiSecret: DOC_SECRET } });
    });
    afterEach(() => h.close());

    it('H1: a signed query string places the order', async () => {
      const reply = await h.request('POST', `/api/v3/order?${H1}&signature=${H1_SIGNATURE}`, '', {
        'X-MBX-APIKEY': DOC_KEY,
      });
      expect(reply.status, reply.text).to.equal(200);
      expect(json(reply)).to.include({ symbol: 'LTCBTC', status: 'NEW', price: '0.10000000', origQty: '1.00000000' });
    });

    it('H3: query string and body are signed concatenated without separator', async () => {
      const reply = await h.request('POST', `/api/v3/order?${H3_QUERY}`, `${H3_BODY}&signature=${H3_SIGNATURE}`, {
        ...FORM,
        'X-MBX-APIKEY': DOC_KEY,
      });
      expect(reply.status, reply.text).to.equal(200);
      expect(json(reply)['status']).to.equal('NEW');
    });

    it('H2: the percent-encoded payload verifies (the non-ASCII symbol is refused afterwards)', async () => {
      const reply = await h.request('POST', `/api/v3/order?${H2}&signature=${H2_SIGNATURE}`, '', {
        'X-MBX-APIKEY': DOC_KEY,
      });
      expect(json(reply)['code']).to.equal(-1100);
    });

    it('accepts upper-case hex and refuses any other signature with -1022', async () => {
      const upper = await h.request('POST', `/api/v3/order?${H1}&signature=${H1_SIGNATURE.toUpperCase()}`, '', {
        'X-MBX-APIKEY': DOC_KEY,
      });
      expect(upper.status).to.equal(200);
      const flipped = `${H1_SIGNATURE.slice(0, -1)}0`;
      for (const signature of [flipped, H1_SIGNATURE.slice(2), 'zz' + H1_SIGNATURE.slice(2)]) {
        const reply = await h.request('POST', `/api/v3/order?${H1}&signature=${signature}`, '', {
          'X-MBX-APIKEY': DOC_KEY,
        });
        expect(error(reply)).to.deep.equal([400, -1022, 'Signature for this request is not valid.']);
      }
      // Signing the unencoded text is wrong since the REST payload rule of 2025-12-17.
      const decoded = decodeURIComponent(H2);
      const unencoded = await h.request(
        'POST',
        `/api/v3/order?${H2}&signature=${signPayload({ apiKey: DOC_KEY, apiSecret: DOC_SECRET }, decoded)}`,
        '',
        {
          'X-MBX-APIKEY': DOC_KEY,
        },
      );
      expect(json(unencoded)['code']).to.equal(-1022);
    });
  });

  describe('keys, signatures and timestamps', () => {
    let h: ExchangeHarness;
    let hmac: TestAccount;
    beforeEach(async () => {
      h = await startExchange();
      hmac = h.open({ balances: { USDT: '1000' } });
    });
    afterEach(() => h.close());

    it('verifies Ed25519 and RSA signatures (base64, URL-encoded) and refuses a tampered payload', async () => {
      for (const keyType of ['ED25519', 'RSA'] as const) {
        const account = h.open({ keyType });
        expect(account.client.credentials)
          .to.have.property('privateKey')
          .that.matches(/^-----BEGIN PRIVATE KEY-----/);
        expect((await account.client.get('/api/v3/account')).status, keyType).to.equal(200);
        const tampered = await account.client.get(
          '/api/v3/account',
          { omitZeroBalances: 'true' },
          {
            tamper: (query, body) => ({ query: query.replace('true', 'false'), body }),
          },
        );
        expect(error(tampered), keyType).to.deep.equal([400, -1022, 'Signature for this request is not valid.']);
      }
    });

    it('refuses a base64 signature whose "+" was not percent-encoded', async () => {
      const account = h.open({ keyType: 'ED25519' });
      let checked = 0;
      for (let i = 0; checked === 0 && i < 200; i++) {
        const params = { omitZeroBalances: String(i % 2 === 0), timestamp: h.now() - i };
        const payload = encode(params);
        const encoded = signPayload(account.client.credentials, payload);
        const raw = decodeURIComponent(encoded);
        if (!raw.includes('+')) continue;
        const reply = await account.client.get(
          '/api/v3/account',
          {},
          { timestamp: null, signature: null, tamper: () => ({ query: `${payload}&signature=${raw}`, body: '' }) },
        );
        expect(json(reply)['code']).to.equal(-1022);
        checked++;
      }
      expect(checked).to.equal(1);
    });

    it('wants the signature once, and last', async () => {
      const missing = await hmac.client.get('/api/v3/account', {}, { signature: null });
      expect(error(missing)).to.deep.equal([
        400,
        -1102,
        "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.",
      ]);
      const first = await hmac.client.get(
        '/api/v3/account',
        {},
        {
          tamper: (query) => {
            const [payload, signature] = query.split('&signature=');
            return { query: `signature=${signature ?? ''}&${payload ?? ''}`, body: '' };
          },
        },
      );
      expect(json(first)['code']).to.equal(-1022);
      const twice = await hmac.client.get(
        '/api/v3/account',
        {},
        { tamper: (query) => ({ query: `${query}&${query.slice(query.indexOf('signature='))}`, body: '' }) },
      );
      expect(json(twice)['code']).to.equal(-1101);
      const bodyAndQuery = await hmac.client.delete(
        '/api/v3/openOrders',
        { symbol: 'BTCUSDT' },
        {
          inBody: true,
          tamper: (query, body) => ({ query: body.slice(body.indexOf('signature=')), body }),
        },
      );
      expect(json(bodyAndQuery)['code']).to.equal(-1101);
    });

    it('answers -2014 for a missing or malformed key and -2015 for an unknown or revoked one', async () => {
      expect(error(await hmac.client.get('/api/v3/account', {}, { apiKey: null }))).to.deep.equal([
        401,
        -2014,
        'API-key format invalid.',
      ]);
      expect(json(await hmac.client.get('/api/v3/account', {}, { apiKey: 'short' }))['code']).to.equal(-2014);
      const unknown = 'A'.repeat(64);
      expect(error(await hmac.client.get('/api/v3/account', {}, { apiKey: unknown }))).to.deep.equal([
        401,
        -2015,
        'Invalid API-key, IP, or permissions for action.',
      ]);
      expect((await hmac.client.get('/api/v3/account')).status).to.equal(200);
      h.accounts.revoke(hmac.client.credentials.apiKey);
      expect(json(await hmac.client.get('/api/v3/account'))['code']).to.equal(-2015);
      expect(() => h.accounts.revoke(unknown)).to.throw(TypeError);
    });

    it('wants a timestamp within [serverTime - recvWindow, serverTime + 1000)', async () => {
      const missing = await hmac.client.get('/api/v3/account', {}, { timestamp: null });
      expect(json(missing)['msg']).to.equal(
        "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed.",
      );
      expect(json(await hmac.client.get('/api/v3/account', {}, { timestamp: 'soon' }))['code']).to.equal(-1102);
      const ahead = await hmac.client.get('/api/v3/account', {}, { timestamp: h.now() + 1000 });
      expect(error(ahead)).to.deep.equal([
        400,
        -1021,
        "Timestamp for this request was 1000ms ahead of the server's time.",
      ]);
      expect((await hmac.client.get('/api/v3/account', {}, { timestamp: h.now() + 999 })).status).to.equal(200);
      expect((await hmac.client.get('/api/v3/account', {}, { timestamp: h.now() - 5000 })).status).to.equal(200);
      const stale = await hmac.client.get('/api/v3/account', {}, { timestamp: h.now() - 5001 });
      expect(error(stale)).to.deep.equal([400, -1021, 'Timestamp for this request is outside of the recvWindow.']);
      const wide = { timestamp: h.now() - 59_000, recvWindow: 60_000 };
      expect((await hmac.client.get('/api/v3/account', {}, wide)).status).to.equal(200);
      const microseconds = await hmac.client.get('/api/v3/account', {}, { timestamp: h.now() * 1000 + 999 });
      expect(microseconds.status).to.equal(200);
      // 3 decimals: µs precision. One µs past the window is refused.
      const fine = { timestamp: h.now() - 100, recvWindow: '99.999' };
      expect(json(await hmac.client.get('/api/v3/account', {}, fine))['code']).to.equal(-1021);
      expect((await hmac.client.get('/api/v3/account', {}, { ...fine, recvWindow: '100.000' })).status).to.equal(200);
    });

    it('bounds recvWindow to 60000 ms with up to 3 decimals', async () => {
      const big = await hmac.client.get('/api/v3/account', {}, { recvWindow: 60_001 });
      expect(error(big)).to.deep.equal([
        400,
        -1102,
        "'recvWindow' contains unexpected value. Cannot be greater than '60000'.",
      ]);
      const precise = await hmac.client.get('/api/v3/account', {}, { recvWindow: '5000.0001' });
      expect(error(precise)).to.deep.equal([400, -1111, "Parameter 'recvWindow' has too much precision."]);
      expect(json(await hmac.client.get('/api/v3/account', {}, { recvWindow: '-5' }))['code']).to.equal(-1100);
    });
  });

  it('refuses timestamps before 2017 even inside the window', async () => {
    const h = await startExchange({ startTime: Date.UTC(2017, 0, 1) + 2000 });
    try {
      const account = h.open();
      expect((await account.client.get('/api/v3/account', {}, { timestamp: Date.UTC(2017, 0, 1) })).status).to.equal(
        200,
      );
      const old = await account.client.get('/api/v3/account', {}, { timestamp: Date.UTC(2017, 0, 1) - 1 });
      expect(json(old)['code']).to.equal(-1021);
    } finally {
      await h.close();
    }
  });
});
