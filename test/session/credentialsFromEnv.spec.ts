import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import sinon from 'sinon';
import { credentialsFromEnv } from '../../src/session/credentialsFromEnv.js';
import { docKey, ed25519Pem } from '../fixtures/keys/testKeys.js';

describe('credentialsFromEnv', () => {
  let dir: string;
  let keyPath: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'credentials-'));
    keyPath = join(dir, 'key.pem');
    writeFileSync(keyPath, ed25519Pem);
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('returns undefined when nothing is configured (empty values count as unset)', () => {
    expect(credentialsFromEnv({})).to.equal(undefined);
    expect(credentialsFromEnv({ BINANCE_API_KEY: '', BINANCE_SECRET_KEY: '  ', OTHER: 'x' })).to.equal(undefined);
  });

  it('reads an HMAC key, trimming stray whitespace', () => {
    const env = { BINANCE_API_KEY: ` ${docKey.apiKey}`, BINANCE_SECRET_KEY: `${docKey.apiSecret}\n` };
    expect(credentialsFromEnv(env)).to.deep.equal(docKey);
  });

  it('reads a PEM key from BINANCE_PRIVATE_KEY_PATH', () => {
    const env = { BINANCE_API_KEY: docKey.apiKey, BINANCE_PRIVATE_KEY_PATH: keyPath };
    expect(credentialsFromEnv(env)).to.deep.equal({ apiKey: docKey.apiKey, privateKey: ed25519Pem });
  });

  it('uses an injected file reader', () => {
    const readFile = sinon.fake.returns(ed25519Pem);
    const env = { BINANCE_API_KEY: docKey.apiKey, BINANCE_PRIVATE_KEY_PATH: '/keys/k.pem' };
    expect(credentialsFromEnv(env, { readFile })).to.deep.equal({ apiKey: docKey.apiKey, privateKey: ed25519Pem });
    sinon.assert.calledOnceWithExactly(readFile, '/keys/k.pem');
  });

  it('reads process.env by default', () => {
    const names = ['BINANCE_API_KEY', 'BINANCE_SECRET_KEY', 'BINANCE_PRIVATE_KEY_PATH'];
    const saved = names.map((name) => process.env[name]);
    try {
      Reflect.deleteProperty(process.env, 'BINANCE_PRIVATE_KEY_PATH');
      process.env['BINANCE_API_KEY'] = docKey.apiKey;
      process.env['BINANCE_SECRET_KEY'] = docKey.apiSecret;
      expect(credentialsFromEnv()).to.deep.equal(docKey);
    } finally {
      names.forEach((name, i) => {
        const value = saved[i];
        if (value === undefined) Reflect.deleteProperty(process.env, name);
        else process.env[name] = value;
      });
    }
  });

  const broken: [string, Record<string, string>, RegExp][] = [
    [
      'a key without a secret',
      { BINANCE_API_KEY: docKey.apiKey },
      /neither BINANCE_SECRET_KEY nor BINANCE_PRIVATE_KEY_PATH/,
    ],
    [
      'a secret without a key',
      { BINANCE_SECRET_KEY: docKey.apiSecret },
      /BINANCE_SECRET_KEY is set but BINANCE_API_KEY is not/,
    ],
    [
      'a key path without a key',
      { BINANCE_PRIVATE_KEY_PATH: '/k.pem' },
      /BINANCE_PRIVATE_KEY_PATH is set but BINANCE_API_KEY/,
    ],
    [
      'both a secret and a key path',
      { BINANCE_API_KEY: docKey.apiKey, BINANCE_SECRET_KEY: docKey.apiSecret, BINANCE_PRIVATE_KEY_PATH: '/k.pem' },
      /not both/,
    ],
    [
      'a malformed secret',
      { BINANCE_API_KEY: docKey.apiKey, BINANCE_SECRET_KEY: `${docKey.apiSecret} x` },
      /apiSecret must be/,
    ],
  ];
  for (const [what, env, message] of broken) {
    it(`throws a TypeError for ${what}, never containing the secret`, () => {
      let thrown: unknown;
      try {
        credentialsFromEnv(env);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).to.be.instanceOf(TypeError);
      expect((thrown as Error).message).to.match(message);
      expect(inspect(thrown, { depth: 10 })).not.to.include(docKey.apiSecret.slice(0, 8));
    });
  }

  it('names an unreadable key file and its error code, never its content', () => {
    const env = { BINANCE_API_KEY: docKey.apiKey, BINANCE_PRIVATE_KEY_PATH: join(dir, 'missing.pem') };
    expect(() => credentialsFromEnv(env)).to.throw(
      TypeError,
      /cannot read BINANCE_PRIVATE_KEY_PATH \(.*missing\.pem\): ENOENT/,
    );
    const directory = { BINANCE_API_KEY: docKey.apiKey, BINANCE_PRIVATE_KEY_PATH: dir };
    expect(() => credentialsFromEnv(directory)).to.throw(TypeError, /EISDIR/);
  });

  it('rejects a key file that is not a PEM without quoting it', () => {
    const notPem = join(dir, 'secret.txt');
    writeFileSync(notPem, docKey.apiSecret);
    const env = { BINANCE_API_KEY: docKey.apiKey, BINANCE_PRIVATE_KEY_PATH: notPem };
    let thrown: unknown;
    try {
      credentialsFromEnv(env);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).to.match(/privateKey must be a PEM/);
    expect(inspect(thrown, { depth: 10 })).not.to.include(docKey.apiSecret.slice(0, 8));
  });
});
