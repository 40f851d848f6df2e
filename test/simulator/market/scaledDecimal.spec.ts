import { expect } from 'chai';
import fc from 'fast-check';
import {
  decimalsOf,
  divRound,
  formatScaled,
  parseScaled,
  pow10,
  toScaled,
} from '../../../src/simulator/market/scaledDecimal.js';

describe('scaledDecimal', () => {
  it('counts the decimals of a decimal string', () => {
    expect(decimalsOf('0.0100')).to.equal(4);
    expect(decimalsOf('5')).to.equal(0);
    expect(() => decimalsOf('1e-8')).to.throw(TypeError);
  });

  it('parses into atoms, tolerating trailing zeros beyond the scale but not significant digits', () => {
    expect(parseScaled('67000.01', 8)).to.equal(6700001000000n);
    expect(parseScaled('0.10000000000', 8)).to.equal(10000000n);
    expect(parseScaled('0.000000001', 8)).to.equal('precision');
    expect(parseScaled('-1', 8)).to.equal(undefined);
    expect(parseScaled('1.', 8)).to.equal(undefined);
    expect(parseScaled('1e5', 8)).to.equal(undefined);
    expect(() => toScaled('abc', 2)).to.throw(TypeError);
  });

  it('formats with exactly the given decimals and never an exponent', () => {
    expect(formatScaled(1n, 8)).to.equal('0.00000001');
    expect(formatScaled(0n, 8)).to.equal('0.00000000');
    expect(formatScaled(-9499999800n, 8)).to.equal('-94.99999800');
    expect(formatScaled(-317n, 3)).to.equal('-0.317');
    expect(formatScaled(42n, 0)).to.equal('42');
    expect(formatScaled(10n ** 30n, 8)).to.equal(`1${'0'.repeat(22)}.00000000`);
  });

  it('round-trips any atom count (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 24n }), fc.integer({ min: 0, max: 18 }), (atoms, decimals) => {
        expect(parseScaled(formatScaled(atoms, decimals), decimals)).to.equal(atoms);
      }),
    );
  });

  it('divides rounding half away from zero', () => {
    expect(divRound(5n, 2n)).to.equal(3n);
    expect(divRound(-5n, 2n)).to.equal(-3n);
    expect(divRound(7n, 3n)).to.equal(2n);
    expect(divRound(-7n, 3n)).to.equal(-2n);
    expect(pow10(3)).to.equal(1000n);
  });
});
