import { expect } from 'chai';
import { verify } from 'node:crypto';
import fc from 'fast-check';
import sinon from 'sinon';
import { HmacSigner } from '../../src/signing/HmacSigner.js';
import { encodeRestParams, signRestRequest, signRestRequestNow } from '../../src/signing/restSignaturePayload.js';
import { NodeCryptoSigner } from '../../src/signing/NodeCryptoSigner.js';
import { RsaSigner } from '../../src/signing/RsaSigner.js';
import type { Signer } from '../../src/signing/Signer.js';
import { docKey, publicKeyOf, rsaPem } from '../fixtures/keys/testKeys.js';

// PROTOCOL §3.4: the documented REST vectors, copied exactly.
const H1 = {
  params: [
    ['symbol', 'LTCBTC'],
    ['side', 'BUY'],
    ['type', 'LIMIT'],
    ['timeInForce', 'GTC'],
    ['quantity', '1'],
    ['price', '0.1'],
    ['recvWindow', '5000'],
    ['timestamp', '1499827319559'],
  ] as const,
  payload:
    'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559',
  signature: 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71',
};
const H2 = {
  params: [['symbol', '１２３４５６'], ...H1.params.slice(1)] as const,
  payload:
    'symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559',
  signature: 'e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3',
};
const H3 = {
  query: H1.params.slice(0, 4),
  body: H1.params.slice(4),
  signature: '0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77',
};

const RSA_PARAMS = [
  ['symbol', 'BTCUSDT'],
  ['side', 'SELL'],
  ['type', 'LIMIT'],
  ['timeInForce', 'GTC'],
  ['quantity', '1'],
  ['price', '0.2'],
  ['timestamp', '1668481559918'],
  ['recvWindow', '5000'],
] as const;
const RSA_PAYLOAD =
  'symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=1&price=0.2&timestamp=1668481559918&recvWindow=5000';
const RSA_BASE64 =
  'HZ8HOjiJ1s/igS9JA+n7+7Ti/ihtkRF5BIWcPIEluJP6tlbFM/Bf44LfZka/iemtahZAZzcO9TnI5uaXh3++lrqtNonCwp6/245UFWkiW1elpgtVAmJPbogcAv6rSlokztAfWk296ZJXzRDYAtzGH0gq7CgSJKfH+XxaCmR0WcvlKjNQnp12/eKXJYO4tDap8UCBLuyxDnR7oJKLHQHJLP0r0EAVOOSIbrFang/1WOq+Jaq4Efc4XpnTgnwlBbWTmhWDR1pvS9iVEzcSYLHT/fNnMRxFc7u+j3qI//5yuGuu14KR0MuQKKCSpViieD+fIti46sxPTsjSemoUKp0oXA==';
const RSA_SENT =
  'HZ8HOjiJ1s%2FigS9JA%2Bn7%2B7Ti%2FihtkRF5BIWcPIEluJP6tlbFM%2FBf44LfZka%2FiemtahZAZzcO9TnI5uaXh3%2B%2BlrqtNonCwp6%2F245UFWkiW1elpgtVAmJPbogcAv6rSlokztAfWk296ZJXzRDYAtzGH0gq7CgSJKfH%2BXxaCmR0WcvlKjNQnp12%2FeKXJYO4tDap8UCBLuyxDnR7oJKLHQHJLP0r0EAVOOSIbrFang%2F1WOq%2BJaq4Efc4XpnTgnwlBbWTmhWDR1pvS9iVEzcSYLHT%2FfNnMRxFc7u%2Bj3qI%2F%2F5yuGuu14KR0MuQKKCSpViieD%2BfIti46sxPTsjSemoUKp0oXA%3D%3D';
const RSA_NON_ASCII_BASE64 =
  'qJtv66wyp/1mZE+mIFAAMUoTe8xkmLN7/eAZjuC9x1ocxovItHLl/sNK7Wq8QjgiHqGn0bb8P7yVvGBEd1gFe71NQ8aM0M+JNIMz5UFxfeA53rXjFlvsyH1Sig+OuO9Nz5nhCaJ6bEfj2iuv7w27pB3L8MVqmoCi6D9C/QMiLxtPaR70CxtnvoOlIgPmpv2bQy029A31NEK19ieVLkoyp1EUkXRaX3v0mohx8yMnUG1dhX9nUg3Oy8TYZ03DQy7kHDGkMKisNX7rt/GuGx1HIgjFclDGLsbAFIodvSLjm9FbseasMELoxlAJDlwRnW8zo5sQmL0Fz7ao935QBynrng==';

/** A signer that answers a fixed signature, to check what is signed and how the result is encoded. */
function stubSigner(keyType: Signer['keyType'], signature: string): { signer: Signer; sign: sinon.SinonStub } {
  const sign = sinon.stub<[string], Promise<string>>().resolves(signature);
  return { signer: { keyType, sign }, sign };
}

describe('encodeRestParams', () => {
  it('keeps the given order and joins name=value pairs with & (H1)', () => {
    expect(encodeRestParams(H1.params)).to.equal(H1.payload);
  });

  it('percent-encodes non-ASCII as upper-case UTF-8 bytes (H2)', () => {
    expect(encodeRestParams(H2.params)).to.equal(H2.payload);
  });

  it('encodes reserved characters, and a space as %20 rather than +', () => {
    expect(encodeRestParams([['symbols', '["BTCUSDT","BNBUSDT"]']])).to.equal(
      'symbols=%5B%22BTCUSDT%22%2C%22BNBUSDT%22%5D',
    );
    expect(encodeRestParams([['a b', 'c+d&e=f']])).to.equal('a%20b=c%2Bd%26e%3Df');
  });

  it('gives an empty string for no parameters', () => {
    expect(encodeRestParams([])).to.equal('');
  });

  it('throws a TypeError for a lone surrogate', () => {
    expect(() => encodeRestParams([['symbol', '\uD800']])).to.throw(TypeError, /lone surrogate/);
  });

  it('round-trips any parameters through URLSearchParams and never emits a bare + or space (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 6 }), (params) => {
        const encoded = encodeRestParams(params);
        expect(encoded).to.match(/^[A-Za-z0-9%\-_.!~*'()=&]*$/);
        expect([...new URLSearchParams(encoded)]).to.deep.equal(params);
      }),
    );
  });
});

describe('signRestRequest', () => {
  it('signs H1 and H2 with the documented HMAC key', async () => {
    const signer = new HmacSigner(docKey.apiSecret);
    expect(await signRestRequest(signer, encodeRestParams(H1.params))).to.equal(H1.signature);
    expect(await signRestRequest(signer, encodeRestParams(H2.params))).to.equal(H2.signature);
  });

  it('signs query + body concatenated without separator (H3)', async () => {
    const signer = new HmacSigner(docKey.apiSecret);
    const signature = await signRestRequest(signer, encodeRestParams(H3.query), encodeRestParams(H3.body));
    expect(signature).to.equal(H3.signature);
  });

  it('passes exactly query + body to the signer', async () => {
    const { signer, sign } = stubSigner('HMAC', 'ab');
    await signRestRequest(signer, 'a=1&b=2', 'c=3');
    sinon.assert.calledOnceWithExactly(sign, 'a=1&b=2c=3');
  });

  it('signs the documented RSA payload and URL-encodes the documented base64 exactly as sent', async () => {
    expect(encodeRestParams(RSA_PARAMS)).to.equal(RSA_PAYLOAD);
    const { signer, sign } = stubSigner('RSA', RSA_BASE64);
    expect(await signRestRequest(signer, encodeRestParams(RSA_PARAMS))).to.equal(RSA_SENT);
    sinon.assert.calledOnceWithExactly(sign, RSA_PAYLOAD);
  });

  it('URL-encodes the documented non-ASCII RSA signature (+ / = only)', async () => {
    const { signer, sign } = stubSigner('RSA', RSA_NON_ASCII_BASE64);
    const sent = await signRestRequest(signer, encodeRestParams([['symbol', '１２３４５６'], ...RSA_PARAMS.slice(1)]));
    expect(sent).to.equal(RSA_NON_ASCII_BASE64.split('+').join('%2B').split('/').join('%2F').split('=').join('%3D'));
    expect(sign.firstCall.args[0]).to.match(/^symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=SELL/);
  });

  it('URL-encodes Ed25519 signatures and leaves HMAC hex as it is', async () => {
    expect(await signRestRequest(stubSigner('ED25519', 'a+b/c==').signer, 'x=1')).to.equal('a%2Bb%2Fc%3D%3D');
    expect(await signRestRequest(stubSigner('HMAC', 'c8db56').signer, 'x=1')).to.equal('c8db56');
  });

  it('produces an RSA signature that verifies once URL-decoded', async () => {
    const sent = await signRestRequest(new RsaSigner(rsaPem), RSA_PAYLOAD);
    const signature = Buffer.from(decodeURIComponent(sent), 'base64');
    expect(verify('sha256', Buffer.from(RSA_PAYLOAD), publicKeyOf(rsaPem), signature)).to.equal(true);
  });
});

describe('signRestRequestNow', () => {
  it('signs the documented vectors synchronously with a node:crypto signer, as signRestRequest does', async () => {
    const signer = new NodeCryptoSigner(docKey);
    expect(signRestRequestNow(signer, encodeRestParams(H1.params))).to.equal(H1.signature);
    expect(signRestRequestNow(signer, encodeRestParams(H3.query), encodeRestParams(H3.body))).to.equal(H3.signature);
    const rsa = new NodeCryptoSigner({ apiKey: 'k'.repeat(64), privateKey: rsaPem });
    expect(signRestRequestNow(rsa, RSA_PAYLOAD)).to.equal(await signRestRequest(rsa, RSA_PAYLOAD));
  });

  it('returns undefined for a signer that signs asynchronously only', () => {
    expect(signRestRequestNow(new HmacSigner(docKey.apiSecret), 'x=1')).to.equal(undefined);
  });
});
