import { expect } from 'chai';
import sinon from 'sinon';
import { importSigningKey } from '../../src/signing/importSigningKey.js';

describe('importSigningKey', () => {
  afterEach(() => {
    sinon.restore();
  });

  it('imports a non-extractable signing key and zeroes the key bytes afterwards', async () => {
    const bytes = new TextEncoder().encode('a secret of some length');
    const key = await importSigningKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, 'the key');
    expect(key.extractable).to.equal(false);
    expect(key.usages).to.deep.equal(['sign']);
    expect([...bytes].every((b) => b === 0)).to.equal(true);
  });

  it('rejects with a TypeError naming the key role and zeroes the bytes when the import fails', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const key = importSigningKey('pkcs8', bytes, { name: 'Ed25519' }, 'the test key');
    const error = await key.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(TypeError);
    expect((error as Error).message).to.match(/^the test key could not be imported into WebCrypto \(\w+\)/);
    expect([...bytes]).to.deep.equal([0, 0, 0]);
  });

  it('does not leave an unhandled rejection when nobody signs', async () => {
    const unhandled = sinon.spy();
    process.on('unhandledRejection', unhandled);
    try {
      void importSigningKey('pkcs8', new Uint8Array([1]), { name: 'Ed25519' }, 'the key');
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      sinon.assert.notCalled(unhandled);
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('turns a synchronous WebCrypto failure into the same rejection', async () => {
    sinon.stub(globalThis.crypto.subtle, 'importKey').throws(new Error('boom'));
    const error = await importSigningKey('raw', new Uint8Array([1]), { name: 'HMAC', hash: 'SHA-256' }, 'the key').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(TypeError);
    expect((error as Error).message).to.include('the key could not be imported');
  });
});
