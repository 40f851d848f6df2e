import { expect } from 'chai';
import sinon from 'sinon';
import { subtleCrypto, utf8 } from '../../src/signing/subtleCrypto.js';

describe('subtleCrypto', () => {
  afterEach(() => {
    sinon.restore();
  });

  it('returns the platform WebCrypto', () => {
    expect(subtleCrypto()).to.equal(globalThis.crypto.subtle);
  });

  it('throws a TypeError that explains the secure-context rule when WebCrypto is missing', () => {
    sinon.stub(globalThis, 'crypto').value(undefined);
    expect(() => subtleCrypto()).to.throw(TypeError, /only over HTTPS/);
  });

  it('encodes payloads as UTF-8', () => {
    expect([...utf8('é１')]).to.deep.equal([0xc3, 0xa9, 0xef, 0xbc, 0x91]);
  });
});
