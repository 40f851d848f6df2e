import { expect } from 'chai';
import fc from 'fast-check';
import { HmacSigner } from '../../src/signing/HmacSigner.js';
import { wsApiSignaturePayload } from '../../src/signing/wsApiSignaturePayload.js';
import { docKey } from '../fixtures/keys/testKeys.js';

// PROTOCOL §3.4: the documented WebSocket API vectors, copied exactly. Parameters are given unsorted, with a stale
// signature, to prove both are handled.
const H4 = {
  params: {
    symbol: 'BTCUSDT',
    side: 'SELL',
    type: 'LIMIT',
    timeInForce: 'GTC',
    quantity: '0.01000000',
    price: '52000.00',
    recvWindow: 100,
    timestamp: 1645423376532,
    apiKey: docKey.apiKey,
    signature: 'stale',
  },
  payload:
    'apiKey=vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A&price=52000.00&quantity=0.01000000&recvWindow=100&side=SELL&symbol=BTCUSDT&timeInForce=GTC&timestamp=1645423376532&type=LIMIT',
  signature: 'aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24',
};
const H5 = {
  params: {
    symbol: '１２３４５６',
    side: 'BUY',
    type: 'LIMIT',
    timeInForce: 'GTC',
    quantity: '1.00000000',
    price: '0.10000000',
    recvWindow: 5000,
    timestamp: 1645423376532,
    apiKey: docKey.apiKey,
  },
  payload:
    'apiKey=vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A&price=0.10000000&quantity=1.00000000&recvWindow=5000&side=BUY&symbol=１２３４５６&timeInForce=GTC&timestamp=1645423376532&type=LIMIT',
  signature: 'b33892ae8e687c939f4468c6268ddd4c40ac1af18ad19a064864c47bae0752cd',
};
const H6 = {
  params: { timestamp: 1649729878532, apiKey: docKey.apiKey },
  payload: 'apiKey=vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A&timestamp=1649729878532',
  signature: '1cf54395b336b0a9727ef27d5d98987962bc47aca6e13fe978612d0adee066ed',
};
const RSA_API_KEY = 'CAvIjXy3F44yW6Pou5k8Dy1swsYDWJZLeoK2r8G4cFDnE9nosRppc2eKc1T8TRTQ';
const ED25519_API_KEY = '4yNzx3yWC5bS6YTwEkSRaC0nRmSQIIStAUOh1b6kqaBrTLIhjCpI5lJH8q8R8WNO';

describe('wsApiSignaturePayload', () => {
  for (const [name, vector] of Object.entries({ H4, H5, H6 })) {
    it(`builds and signs ${name} as documented`, async () => {
      const payload = wsApiSignaturePayload(vector.params);
      expect(payload).to.equal(vector.payload);
      expect(await new HmacSigner(docKey.apiSecret).sign(payload)).to.equal(vector.signature);
    });
  }

  it('builds the documented RSA and Ed25519 payloads (H4/H5 parameters with their api keys)', () => {
    // The private keys behind the documented RSA/Ed25519 signatures are unpublished: only the payloads can be checked.
    expect(wsApiSignaturePayload({ ...H4.params, apiKey: RSA_API_KEY })).to.equal(
      H4.payload.replace(docKey.apiKey, RSA_API_KEY),
    );
    expect(wsApiSignaturePayload({ ...H4.params, apiKey: ED25519_API_KEY })).to.equal(
      H4.payload.replace(docKey.apiKey, ED25519_API_KEY),
    );
    expect(wsApiSignaturePayload({ ...H5.params, apiKey: ED25519_API_KEY })).to.equal(
      H5.payload.replace(docKey.apiKey, ED25519_API_KEY),
    );
  });

  it('writes booleans and plain numbers as JSON does, without encoding anything', () => {
    expect(wsApiSignaturePayload({ b: true, a: 0.5, c: 'x y&z=%' })).to.equal('a=0.5&b=true&c=x y&z=%');
  });

  it('rejects numbers that would be written with an exponent, non-finite numbers and lone surrogates', () => {
    expect(() => wsApiSignaturePayload({ price: 1e-7 })).to.throw(TypeError, /price/);
    expect(() => wsApiSignaturePayload({ quantity: 1e21 })).to.throw(TypeError, /quantity/);
    expect(() => wsApiSignaturePayload({ x: Number.NaN })).to.throw(TypeError);
    expect(() => wsApiSignaturePayload({ symbol: 'A\uDC00' })).to.throw(TypeError, /lone surrogate/);
  });

  it('rejects values of other types passed from untyped code', () => {
    const params = { symbol: null } as unknown as Record<string, string>;
    expect(() => wsApiSignaturePayload(params)).to.throw(TypeError, /symbol/);
  });

  it('sorts by name and drops only signature, whatever the insertion order (property)', () => {
    const name = fc.stringMatching(/^[a-zA-Z]{1,8}$/);
    fc.assert(
      fc.property(fc.dictionary(name, fc.stringMatching(/^[a-zA-Z0-9.]{0,8}$/)), (params) => {
        const payload = wsApiSignaturePayload({ ...params, signature: 'sig' });
        const names = payload === '' ? [] : payload.split('&').map((pair) => pair.split('=')[0]);
        const expected = Object.keys(params).filter((n) => n !== 'signature');
        expect(names).to.deep.equal([...expected].sort());
        const reversed = Object.fromEntries(Object.entries(params).reverse());
        expect(wsApiSignaturePayload(reversed)).to.equal(payload);
      }),
    );
  });
});
