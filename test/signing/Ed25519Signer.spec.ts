import { expect } from 'chai';
import { verify } from 'node:crypto';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { Ed25519Signer } from '../../src/signing/Ed25519Signer.js';
import { wsApiSignaturePayload } from '../../src/signing/wsApiSignaturePayload.js';
import { ed25519Pem, publicKeyOf, rsaPem } from '../fixtures/keys/testKeys.js';

// RFC 8032 §7.1 TEST 1: the signature of the empty message by the key in the fixture.
const RFC8032_TEST1_SIGNATURE =
  'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';

describe('Ed25519Signer', () => {
  it('reproduces RFC 8032 TEST 1 (empty message) as standard base64', async () => {
    const signature = await new Ed25519Signer(ed25519Pem).sign('');
    expect(signature).to.equal(Buffer.from(RFC8032_TEST1_SIGNATURE, 'hex').toString('base64'));
    expect(signature).to.have.length(88);
  });

  it('signs a WebSocket API payload verifiably with node:crypto', async () => {
    const payload = wsApiSignaturePayload({
      apiKey: '4yNzx3yWC5bS6YTwEkSRaC0nRmSQIIStAUOh1b6kqaBrTLIhjCpI5lJH8q8R8WNO',
      symbol: '１２３４５６',
      timestamp: 1645423376532,
    });
    const signature = await new Ed25519Signer(ed25519Pem).sign(payload);
    expect(
      verify(null, Buffer.from(payload, 'utf8'), publicKeyOf(ed25519Pem), Buffer.from(signature, 'base64')),
    ).to.equal(true);
  });

  it('signs the UTF-8 bytes of any payload deterministically (property)', async () => {
    const signer = new Ed25519Signer(ed25519Pem);
    const publicKey = publicKeyOf(ed25519Pem);
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 60 }), async (payload) => {
        const signature = await signer.sign(payload);
        expect(verify(null, Buffer.from(payload, 'utf8'), publicKey, Buffer.from(signature, 'base64'))).to.equal(true);
        expect(await signer.sign(payload)).to.equal(signature);
      }),
      { numRuns: 30 },
    );
  });

  it('refuses an RSA key with a TypeError', () => {
    expect(() => new Ed25519Signer(rsaPem)).to.throw(TypeError, /needs an Ed25519 key, got an RSA key/);
  });

  it('shows no key material in JSON or inspect', () => {
    const signer = new Ed25519Signer(ed25519Pem);
    const body = ed25519Pem.split('\n')[1] as string;
    expect(JSON.stringify(signer)).to.equal('{"keyType":"ED25519"}');
    expect(inspect(signer, { depth: 10, showHidden: true })).not.to.include(body.slice(0, 12));
    expect(inspect(signer)).to.equal(`Ed25519Signer { keyType: 'ED25519' }`);
  });
});
