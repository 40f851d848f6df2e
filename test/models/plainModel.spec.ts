import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import { inspectCustom, plainModel, plainValue } from '../../src/models/plainModel.js';

class Sample {
  readonly own = 'not a getter';
  constructor(private readonly value: string) {}
  get price(): BigNumber {
    return new BigNumber(this.value);
  }
  get id(): bigint {
    return 2n ** 60n + 1n;
  }
  get name(): string {
    return this.value.length > 0 ? 'x' : '';
  }
  get nested(): { toJSON(): string } {
    return { toJSON: () => 'nested json' };
  }
  get levels(): readonly { price: BigNumber }[] {
    return [{ price: new BigNumber('1e-8') }];
  }
  get missing(): undefined {
    return undefined;
  }
  method(): string {
    return 'not a getter either';
  }
}

describe('plainModel', () => {
  it('reads every getter of the prototype, and only getters', () => {
    expect(plainModel(new Sample('0.00000001'))).to.deep.equal({
      price: '0.00000001',
      id: '1152921504606846977',
      name: 'x',
      nested: 'nested json',
      levels: [{ price: '0.00000001' }],
      missing: undefined,
    });
  });

  it('uses Node’s inspect key', () => {
    expect(inspectCustom).to.equal(Symbol.for('nodejs.util.inspect.custom'));
  });

  describe('plainValue', () => {
    it('writes decimals without exponents, whatever their size', () => {
      expect(plainValue(new BigNumber('0.00000001'))).to.equal('0.00000001');
      expect(plainValue(new BigNumber('1e+30'))).to.equal('1000000000000000000000000000000');
      expect(plainValue(new BigNumber('-0.5'))).to.equal('-0.5');
    });

    it('writes bigints as decimal strings', () => {
      expect(plainValue(-(2n ** 64n))).to.equal('-18446744073709551616');
    });

    it('leaves primitives alone', () => {
      for (const u of [null, undefined, 1.5, 'text', true]) expect(plainValue(u)).to.equal(u);
    });

    it('converts arrays and plain objects (null-prototype too) deeply', () => {
      const bare = Object.create(null) as Record<string, unknown>;
      bare['q'] = new BigNumber('2');
      expect(plainValue([{ a: [1n, { b: new BigNumber('0.1') }] }, bare])).to.deep.equal([
        { a: ['1', { b: '0.1' }] },
        { q: '2' },
      ]);
    });

    it('keeps a __proto__ key an ordinary property', () => {
      const value = JSON.parse('{"__proto__": {"polluted": 1}}') as object;
      const plain = plainValue(value) as Record<string, unknown>;
      expect(Object.getPrototypeOf(plain)).to.equal(Object.prototype);
      expect(Object.keys(plain)).to.deep.equal(['__proto__']);
      expect((plain as { polluted?: number }).polluted).to.equal(undefined);
    });

    it('uses an object’s own toJSON, and leaves other class instances alone', () => {
      const date = new Date(0);
      expect(plainValue(date)).to.equal('1970-01-01T00:00:00.000Z');
      const map = new Map([['a', 1]]);
      expect(plainValue(map)).to.equal(map);
    });
  });
});
