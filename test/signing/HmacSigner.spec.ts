import { expect } from 'chai';
import { createHmac } from 'node:crypto';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { HmacSigner } from '../../src/signing/HmacSigner.js';
import { docKey } from '../fixtures/keys/testKeys.js';

describe('HmacSigner', () => {
  it('signs the documented example (PROTOCOL §3.4 H1) as lower-case hex', async () => {
    const signer = new HmacSigner(docKey.apiSecret);
    const payload =
      'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559';
    expect(await signer.sign(payload)).to.equal('c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71');
    expect(signer.keyType).to.equal('HMAC');
  });

  it('matches node:crypto HMAC-SHA256 over the UTF-8 bytes of any payload (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[\x21-\x7e]{1,64}$/),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        async (secret, payload) => {
          const expected = createHmac('sha256', secret).update(payload, 'utf8').digest('hex');
          expect(await new HmacSigner(secret).sign(payload)).to.equal(expected);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('signs repeatedly with the one imported key', async () => {
    const signer = new HmacSigner(docKey.apiSecret);
    const [a, b] = await Promise.all([signer.sign('x=1'), signer.sign('x=2')]);
    expect(a).to.equal(createHmac('sha256', docKey.apiSecret).update('x=1').digest('hex'));
    expect(b).to.equal(createHmac('sha256', docKey.apiSecret).update('x=2').digest('hex'));
  });

  it('throws a TypeError for an empty or missing secret, without echoing anything', () => {
    expect(() => new HmacSigner('')).to.throw(TypeError, 'apiSecret must be a non-empty string');
    expect(() => new HmacSigner(undefined as unknown as string)).to.throw(TypeError);
  });

  it('shows no key material in JSON, inspect, keys or string form', () => {
    const signer = new HmacSigner(docKey.apiSecret);
    const views = [
      JSON.stringify(signer),
      inspect(signer, { depth: 10, showHidden: true }),
      String(Object.keys(signer)),
      JSON.stringify(Object.getOwnPropertyNames(signer)),
    ];
    for (const view of views) expect(view).not.to.include(docKey.apiSecret.slice(0, 8));
    expect(JSON.parse(JSON.stringify(signer))).to.deep.equal({ keyType: 'HMAC' });
    expect(inspect(signer)).to.equal(`HmacSigner { keyType: 'HMAC' }`);
  });
});
