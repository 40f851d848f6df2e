import { expect } from 'chai';
import { inspect } from 'node:util';
import { isHmacCredentials, validateCredentials } from '../../src/session/Credentials.js';
import { docKey, ed25519Pem } from '../fixtures/keys/testKeys.js';

const SECRET = docKey.apiSecret;

describe('validateCredentials', () => {
  it('accepts an HMAC key and returns a copy with only its fields', () => {
    const input = { ...docKey, label: 'main', extra: { nested: true } };
    const credentials = validateCredentials(input);
    expect(credentials).to.deep.equal(docKey);
    expect(credentials).not.to.equal(input);
    expect(isHmacCredentials(credentials)).to.equal(true);
  });

  it('accepts a private key PEM', () => {
    const credentials = validateCredentials({ apiKey: docKey.apiKey, privateKey: ed25519Pem });
    expect(credentials).to.deep.equal({ apiKey: docKey.apiKey, privateKey: ed25519Pem });
    expect(isHmacCredentials(credentials)).to.equal(false);
  });

  const bad: [string, unknown, RegExp][] = [
    ['null', null, /must be an object/],
    ['a string', SECRET, /must be an object/],
    ['an array', [docKey.apiKey, SECRET], /must be an object/],
    ['no apiKey', { apiSecret: SECRET }, /apiKey must be a non-empty string/],
    ['an empty apiKey', { apiKey: '', apiSecret: SECRET }, /apiKey must be/],
    ['an apiKey with a newline', { apiKey: `${docKey.apiKey}\n`, apiSecret: SECRET }, /apiKey must be/],
    ['a numeric apiKey', { apiKey: 42, apiSecret: SECRET }, /apiKey must be/],
    ['no secret', { apiKey: docKey.apiKey }, /need apiSecret .* or privateKey/],
    ['both secrets', { apiKey: docKey.apiKey, apiSecret: SECRET, privateKey: ed25519Pem }, /not both/],
    ['an empty apiSecret', { apiKey: docKey.apiKey, apiSecret: '' }, /apiSecret must be/],
    ['an apiSecret with a space', { apiKey: docKey.apiKey, apiSecret: `${SECRET} ` }, /apiSecret must be/],
    ['a non-string apiSecret', { apiKey: docKey.apiKey, apiSecret: 123 }, /apiSecret must be/],
    ['a privateKey that is not PEM', { apiKey: docKey.apiKey, privateKey: SECRET }, /privateKey must be a PEM/],
  ];
  for (const [what, input, message] of bad) {
    it(`throws a TypeError for ${what}, without echoing any value`, () => {
      let thrown: unknown;
      try {
        validateCredentials(input);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).to.be.instanceOf(TypeError);
      const text = inspect(thrown, { depth: 10 });
      expect((thrown as Error).message).to.match(message);
      expect(text).not.to.include(SECRET.slice(0, 8));
      expect(text).not.to.include(docKey.apiKey.slice(0, 8));
      expect(text).not.to.include(ed25519Pem.split('\n')[1]?.slice(0, 12));
    });
  }
});
