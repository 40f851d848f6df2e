import { expect } from 'chai';
import { createPublicKey } from 'node:crypto';
import { AccountRegistry } from '../../../src/simulator/exchange/AccountRegistry.js';

describe('AccountRegistry', () => {
  it('issues 64-character keys, HMAC secrets, and PKCS#8 private keys whose public half only it keeps', () => {
    const registry = new AccountRegistry();
    const hmac = registry.create();
    expect(hmac.created.apiKey).to.match(/^[A-Za-z0-9]{64}$/);
    expect(hmac.created.credentials)
      .to.have.property('apiSecret')
      .that.matches(/^[A-Za-z0-9]{64}$/);
    for (const keyType of ['ED25519', 'RSA'] as const) {
      const { created } = registry.create({ keyType });
      const key = registry.key(created.apiKey);
      expect(key?.secret).to.equal(undefined);
      const pem = (created.credentials as { privateKey: string }).privateKey;
      expect(pem).to.match(/^-----BEGIN PRIVATE KEY-----/);
      expect(createPublicKey(pem).export({ format: 'der', type: 'spki' })).to.deep.equal(
        key?.publicKey?.export({ format: 'der', type: 'spki' }),
      );
    }
    expect(registry.account(hmac.created.accountId)).to.include({
      canTrade: true,
      makerRate: 100_000n,
      takerRate: 100_000n,
    });
  });

  it('refuses bad options and revokes keys', () => {
    const registry = new AccountRegistry();
    const fixed = { apiKey: 'k'.repeat(64), apiSecret: 's' };
    registry.create({ hmac: fixed });
    expect(() => registry.create({ hmac: fixed })).to.throw(TypeError, 'already in use');
    expect(() => registry.create({ hmac: { apiKey: 'short', apiSecret: 's' } })).to.throw(TypeError);
    expect(() => registry.create({ hmac: { apiKey: 'j'.repeat(64), apiSecret: 's' }, keyType: 'RSA' })).to.throw(
      TypeError,
    );
    expect(() => registry.create({ commission: { maker: '1' } })).to.throw(TypeError);
    expect(() => registry.create({ commission: { taker: '0.1%' } })).to.throw(TypeError);
    expect(registry.revoke(fixed.apiKey)).to.equal(true);
    expect(registry.key(fixed.apiKey)?.revoked).to.equal(true);
    expect(registry.revoke('nope')).to.equal(false);
  });
});
