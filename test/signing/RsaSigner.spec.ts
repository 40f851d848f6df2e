import { expect } from 'chai';
import { sign, verify } from 'node:crypto';
import { inspect } from 'node:util';
import { RsaSigner } from '../../src/signing/RsaSigner.js';
import { ed25519Pem, publicKeyOf, rsaPem } from '../fixtures/keys/testKeys.js';

const PAYLOADS = [
  // PROTOCOL §3.4: the documented RSA REST payload, its non-ASCII variant and the WS-API one.
  'symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=1&price=0.2&timestamp=1668481559918&recvWindow=5000',
  'symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=SELL&type=LIMIT&timeInForce=GTC&quantity=1&price=0.2&timestamp=1668481559918&recvWindow=5000',
  'apiKey=CAvIjXy3F44yW6Pou5k8Dy1swsYDWJZLeoK2r8G4cFDnE9nosRppc2eKc1T8TRTQ&price=52000.00&quantity=0.01000000&recvWindow=100&side=SELL&symbol=BTCUSDT&timeInForce=GTC&timestamp=1645423376532&type=LIMIT',
  'symbol=１２３４５６',
  '',
];

describe('RsaSigner', () => {
  for (const payload of PAYLOADS) {
    it(`signs ${JSON.stringify(payload.slice(0, 24))}… as node:crypto RSA-SHA256 does, in base64`, async () => {
      const signature = await new RsaSigner(rsaPem).sign(payload);
      // PKCS#1 v1.5 is deterministic: the test key gives one exact signature, which must also verify.
      expect(signature).to.equal(sign('sha256', Buffer.from(payload, 'utf8'), rsaPem).toString('base64'));
      expect(
        verify('sha256', Buffer.from(payload, 'utf8'), publicKeyOf(rsaPem), Buffer.from(signature, 'base64')),
      ).to.equal(true);
    });
  }

  it('has key type RSA and a 2048-bit signature (344 base64 characters)', async () => {
    const signer = new RsaSigner(rsaPem);
    expect(signer.keyType).to.equal('RSA');
    expect(await signer.sign('x')).to.have.length(344);
  });

  it('refuses an Ed25519 key with a TypeError', () => {
    expect(() => new RsaSigner(ed25519Pem)).to.throw(TypeError, /needs an RSA key, got an ED25519 key/);
  });

  it('shows no key material in JSON or inspect', () => {
    const signer = new RsaSigner(rsaPem);
    const line = rsaPem.split('\n')[5] as string;
    expect(JSON.stringify(signer)).to.equal('{"keyType":"RSA"}');
    expect(inspect(signer, { depth: 10, showHidden: true })).not.to.include(line.slice(0, 12));
    expect(inspect(signer)).to.equal(`RsaSigner { keyType: 'RSA' }`);
  });
});
