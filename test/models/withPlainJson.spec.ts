import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import { inspect } from 'node:util';
import { withPlainJson } from '../../src/models/withPlainJson.js';

describe('withPlainJson', () => {
  it('serialises decimals and big ids as exact strings, never exponents', () => {
    const value = withPlainJson({ tick: new BigNumber('0.00000001'), id: 2n ** 60n + 1n, n: 5, s: 'x' });
    expect(JSON.stringify(value)).to.equal('{"tick":"0.00000001","id":"1152921504606846977","n":5,"s":"x"}');
  });

  it('converts nested objects, arrays and maps the same way', () => {
    const value = withPlainJson({
      nested: { price: new BigNumber('1e-9') },
      list: [new BigNumber('1e21')],
      byName: new Map([['BTC', { free: new BigNumber('0.1') }]]),
    });
    expect(value.toJSON()).to.deep.equal({
      nested: { price: '0.000000001' },
      list: ['1000000000000000000000'],
      byName: { BTC: { free: '0.1' } },
    });
  });

  it('keeps toJSON and the inspect rendering out of the enumerable data', () => {
    const value = withPlainJson({ a: new BigNumber(1) });
    expect(Object.keys(value)).to.deep.equal(['a']);
    expect({ ...value }).to.have.keys(['a']);
    expect(inspect(value)).to.equal(inspect({ a: '1' }));
  });

  it('keeps a "__proto__" key as an ordinary property', () => {
    const value = withPlainJson(JSON.parse('{"__proto__": {"x": 1}}') as object);
    const json = value as { toJSON(): Record<string, unknown> };
    expect(Object.keys(json.toJSON())).to.deep.equal(['__proto__']);
  });

  it('returns the same object', () => {
    const literal = { a: 1 };
    expect(withPlainJson(literal)).to.equal(literal);
  });
});
