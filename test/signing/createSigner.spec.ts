import { expect } from 'chai';
import { createHmac, sign } from 'node:crypto';
import { inspect } from 'node:util';
import { createSigner, setDefaultSignerFactory } from '../../src/signing/createSigner.js';
import { Ed25519Signer } from '../../src/signing/Ed25519Signer.js';
import { HmacSigner } from '../../src/signing/HmacSigner.js';
import { RsaSigner } from '../../src/signing/RsaSigner.js';
import { docKey, ed25519Pem, rsaPem } from '../fixtures/keys/testKeys.js';
import { pemBodyFragments, pemSamples } from './pemSamples.js';

describe('createSigner', () => {
  // The Node entry registers a node:crypto signer for the whole process; these tests are about the WebCrypto default.
  let platform: ReturnType<typeof setDefaultSignerFactory>;
  before(() => {
    platform = setDefaultSignerFactory(undefined);
  });
  after(() => {
    setDefaultSignerFactory(platform);
  });

  it('makes an HMAC signer for an apiSecret', async () => {
    const signer = createSigner(docKey);
    expect(signer).to.be.instanceOf(HmacSigner);
    expect(signer.keyType).to.equal('HMAC');
    expect(await signer.sign('a=1')).to.equal(createHmac('sha256', docKey.apiSecret).update('a=1').digest('hex'));
  });

  it('makes an Ed25519 signer for an Ed25519 PKCS#8 PEM', async () => {
    const signer = createSigner({ apiKey: 'k'.repeat(64), privateKey: ed25519Pem });
    expect(signer).to.be.instanceOf(Ed25519Signer);
    expect(signer.keyType).to.equal('ED25519');
    expect(await signer.sign('a=1')).to.equal(sign(null, Buffer.from('a=1'), ed25519Pem).toString('base64'));
  });

  it('makes an RSA signer for an RSA PKCS#8 PEM', async () => {
    const signer = createSigner({ apiKey: 'k'.repeat(64), privateKey: rsaPem });
    expect(signer).to.be.instanceOf(RsaSigner);
    expect(signer.keyType).to.equal('RSA');
    expect(await signer.sign('a=1')).to.equal(sign('sha256', Buffer.from('a=1'), rsaPem).toString('base64'));
  });

  it('says that encrypted PEMs are not supported by WebCrypto', () => {
    const { encryptedPkcs8 } = pemSamples();
    expect(() => createSigner({ apiKey: 'key', privateKey: encryptedPkcs8 })).to.throw(
      TypeError,
      /encrypted; WebCrypto cannot import encrypted keys/,
    );
  });

  it('refuses other keys and malformed credentials with TypeErrors that quote no key material', () => {
    const samples = pemSamples();
    const inputs: unknown[] = [
      { apiKey: 'key', privateKey: samples.ecPkcs8 },
      { apiKey: 'key', privateKey: samples.pkcs1 },
      { apiKey: 'key', privateKey: samples.publicKey },
      { apiKey: 'key', apiSecret: docKey.apiSecret, privateKey: rsaPem },
      { apiKey: '', apiSecret: docKey.apiSecret },
      { apiKey: 'key', apiSecret: ` ${docKey.apiSecret}\n` },
      { apiKey: 'key' },
      null,
    ];
    for (const input of inputs) {
      let thrown: unknown;
      try {
        createSigner(input as never);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, inspect(input)).to.be.instanceOf(TypeError);
      const text = `${(thrown as Error).message} ${inspect(thrown)}`;
      expect(text).not.to.include(docKey.apiSecret.slice(0, 8));
      for (const pem of [...(Object.values(samples) as string[]), rsaPem]) {
        for (const fragment of pemBodyFragments(pem)) expect(text).not.to.include(fragment);
      }
    }
  });

  it('rejects sign() with a TypeError when WebCrypto refuses the key content', async () => {
    // A well-formed PKCS#8 frame around a 31-byte Ed25519 key: the structure passes, the import cannot.
    const der = Buffer.from(`302d020100300506032b657004210` + `41f${'11'.repeat(31)}`, 'hex');
    const pem = `-----BEGIN PRIVATE KEY-----\n${der.toString('base64')}\n-----END PRIVATE KEY-----\n`;
    const signer = createSigner({ apiKey: 'key', privateKey: pem });
    let thrown: unknown;
    try {
      await signer.sign('a=1');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(TypeError);
    expect((thrown as Error).message).to.match(/the Ed25519 private key could not be imported into WebCrypto/);
    expect((thrown as Error).message).not.to.include(der.toString('base64').slice(0, 12));
  });
});
