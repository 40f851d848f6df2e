import { expect } from 'chai';
import { format, inspect } from 'node:util';
import { maskApiKey, Secret } from '../../src/session/Secret.js';

const VALUE = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';

describe('Secret', () => {
  it('reveals its value only through reveal()', () => {
    expect(new Secret(VALUE).reveal()).to.equal(VALUE);
  });

  it('shows [REDACTED] in every string, JSON and inspect form', () => {
    const secret = new Secret(VALUE);
    const views = [
      String(secret),
      `secret: ${secret as unknown as string}`,
      secret.toString(),
      JSON.stringify(secret),
      JSON.stringify({ nested: { secret } }),
      inspect(secret),
      inspect({ deep: { deeper: { secret } } }, { depth: 10, showHidden: true }),
      format('%s %o %O %j', secret, secret, secret, secret),
      // The + operator asks for a primitive with the "default" hint, not toString().
      'secret: ' + (secret as unknown as string),
    ];
    for (const view of views) {
      expect(view).to.include('[REDACTED]');
      expect(view).not.to.include(VALUE.slice(0, 6));
    }
    expect(JSON.stringify(secret)).to.equal('"[REDACTED]"');
  });

  it('has no enumerable or own string-keyed properties', () => {
    const secret = new Secret(VALUE);
    expect(Object.keys(secret)).to.deep.equal([]);
    expect(Object.getOwnPropertyNames(secret)).to.deep.equal([]);
    expect(Object.assign({}, secret)).to.deep.equal({});
  });
});

describe('maskApiKey', () => {
  it('keeps the first 4 characters', () => {
    expect(maskApiKey('vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A')).to.equal('vmPU…');
  });

  it('shows nothing of a key shorter than 8 characters', () => {
    expect(maskApiKey('abcdefg')).to.equal('…');
    expect(maskApiKey('')).to.equal('…');
    expect(maskApiKey('abcdefgh')).to.equal('abcd…');
  });
});
