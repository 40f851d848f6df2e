import { expect } from 'chai';
import { createPublicKey, verify } from 'node:crypto';
import { inspect } from 'node:util';
import { createSigner, setDefaultSignerFactory } from '../../src/signing/createSigner.js';
import { Ed25519Signer } from '../../src/signing/Ed25519Signer.js';
import { HmacSigner } from '../../src/signing/HmacSigner.js';
import { NodeCryptoSigner } from '../../src/signing/NodeCryptoSigner.js';
import { RsaSigner } from '../../src/signing/RsaSigner.js';
import { docKey, ed25519Pem, rsaPem } from '../fixtures/keys/testKeys.js';

// PROTOCOL §3.4, H1: the documented HMAC example.
const H1 =
  'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559';
const H1_SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';

describe('NodeCryptoSigner', () => {
  it('signs the documented HMAC vector', async () => {
    expect(await new NodeCryptoSigner(docKey).sign(H1)).to.equal(H1_SIGNATURE);
  });

  it('signs exactly as the WebCrypto signers do, for every key type', async () => {
    const payload = 'symbol=%EF%BC%91%EF%BC%92&side=BUY&timestamp=1';
    const apiKey = 'k'.repeat(64);
    expect(await new NodeCryptoSigner(docKey).sign(payload)).to.equal(
      await new HmacSigner(docKey.apiSecret).sign(payload),
    );
    expect(await new NodeCryptoSigner({ apiKey, privateKey: ed25519Pem }).sign(payload)).to.equal(
      await new Ed25519Signer(ed25519Pem).sign(payload),
    );
    expect(await new NodeCryptoSigner({ apiKey, privateKey: rsaPem }).sign(payload)).to.equal(
      await new RsaSigner(rsaPem).sign(payload),
    );
  });

  it('signs synchronously (signNow) exactly what sign resolves to', async () => {
    const apiKey = 'k'.repeat(64);
    for (const signer of [
      new NodeCryptoSigner(docKey),
      new NodeCryptoSigner({ apiKey, privateKey: ed25519Pem }),
      new NodeCryptoSigner({ apiKey, privateKey: rsaPem }),
    ]) {
      expect(signer.signNow(H1)).to.equal(await signer.sign(H1));
    }
    expect(new NodeCryptoSigner(docKey).signNow(H1)).to.equal(H1_SIGNATURE);
  });

  it('makes signatures that verify with the public keys', async () => {
    const apiKey = 'k'.repeat(64);
    const ed = await new NodeCryptoSigner({ apiKey, privateKey: ed25519Pem }).sign('a=1');
    expect(verify(null, Buffer.from('a=1'), createPublicKey(ed25519Pem), Buffer.from(ed, 'base64'))).to.equal(true);
    const rsa = await new NodeCryptoSigner({ apiKey, privateKey: rsaPem }).sign('a=1');
    expect(verify('sha256', Buffer.from('a=1'), createPublicKey(rsaPem), Buffer.from(rsa, 'base64'))).to.equal(true);
  });

  it('shows no key material in JSON or inspect output', () => {
    const signer = new NodeCryptoSigner(docKey);
    const shown = `${JSON.stringify(signer)} ${inspect(signer, { depth: 10, showHidden: true })}`;
    expect(shown).to.not.include(docKey.apiSecret.slice(0, 16));
    expect(shown).to.include('HMAC');
  });

  it('refuses malformed credentials with a TypeError that does not echo the key', () => {
    expect(
      () =>
        new NodeCryptoSigner({
          apiKey: 'k'.repeat(64),
          privateKey: '-----BEGIN PRIVATE KEY-----\nnot-base64\n-----END PRIVATE KEY-----',
        }),
    ).to.throw(TypeError);
  });

  it('is what createSigner builds once registered as the platform signer', () => {
    const previous = setDefaultSignerFactory((credentials) => new NodeCryptoSigner(credentials));
    try {
      expect(createSigner(docKey)).to.be.instanceOf(NodeCryptoSigner);
    } finally {
      setDefaultSignerFactory(previous);
    }
  });
});
