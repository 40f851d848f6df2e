import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import fc from 'fast-check';
import { formatDecimal } from '../../src/trading/formatDecimal.js';

// Plain decimal strings with up to 40 integer and 40 fraction digits: far beyond what a double holds.
const decimalString = fc.stringMatching(/^\d{1,40}(\.\d{1,40})?$/);

// BigNumbers of any magnitude from 1e-60 to 1e60, built from an exact coefficient and exponent.
const anyBigNumber = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: -60, max: 60 }))
  .map(([coefficient, exponent]) => new BigNumber(`${coefficient}e${exponent}`));

const CANONICAL = /^(0|[1-9]\d*)(\.\d*[1-9])?$/;

describe('formatDecimal', () => {
  it('formats exactly, never in exponent notation', () => {
    expect(formatDecimal('0.00000001', 'quantity')).to.equal('0.00000001');
    expect(formatDecimal(new BigNumber('1e-8'), 'quantity')).to.equal('0.00000001');
    expect(formatDecimal(new BigNumber('1e21'), 'price')).to.equal('1000000000000000000000');
    expect(formatDecimal('123456789012345678901234567890.123456789012345678901', 'x')).to.equal(
      '123456789012345678901234567890.123456789012345678901',
    );
  });

  it('drops leading zeros and trailing fraction zeros, which change no value', () => {
    expect(formatDecimal('007.50', 'price')).to.equal('7.5');
    expect(formatDecimal('0.00100000', 'quantity')).to.equal('0.001');
    expect(formatDecimal('10.000', 'quantity')).to.equal('10');
    expect(formatDecimal('0', 'quantity')).to.equal('0');
    expect(formatDecimal(new BigNumber('-0'), 'quantity')).to.equal('0');
  });

  it('round-trips any decimal string exactly, in canonical plain form (property)', () => {
    fc.assert(
      fc.property(decimalString, (s) => {
        const out = formatDecimal(s, 'quantity');
        expect(out).not.to.include('e');
        expect(out).to.match(CANONICAL);
        expect(new BigNumber(out).isEqualTo(new BigNumber(s))).to.equal(true);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any BigNumber exactly, never with an e (property)', () => {
    fc.assert(
      fc.property(anyBigNumber, (n) => {
        const out = formatDecimal(n, 'price');
        expect(out).not.to.match(/e/i);
        expect(out).to.match(CANONICAL);
        expect(new BigNumber(out).isEqualTo(n)).to.equal(true);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects numbers, saying why, and names the parameter', () => {
    expect(() => formatDecimal(0.1 as never, 'price')).to.throw(
      TypeError,
      'price: expected a decimal string or a BigNumber, got 0.1 (numbers are floats: pass the amount as a string)',
    );
  });

  it('rejects NaN, infinities and negative amounts', () => {
    expect(() => formatDecimal(new BigNumber(NaN), 'price')).to.throw(
      TypeError,
      'price: expected a finite amount, got NaN',
    );
    expect(() => formatDecimal(new BigNumber(Infinity), 'price')).to.throw(TypeError, 'got Infinity');
    expect(() => formatDecimal(new BigNumber(-Infinity), 'price')).to.throw(TypeError, 'got -Infinity');
    expect(() => formatDecimal(new BigNumber('-0.5'), 'quantity')).to.throw(
      TypeError,
      'quantity: expected a non-negative amount, got -0.5',
    );
  });

  it('rejects malformed strings, naming the parameter', () => {
    for (const bad of [
      '',
      ' 1',
      '1 ',
      '-1',
      '+1',
      '1e-8',
      '1E5',
      '.5',
      '1.',
      '0x10',
      '1,5',
      'NaN',
      'Infinity',
      '1.2.3',
      '١',
    ]) {
      expect(() => formatDecimal(bad, 'stopPrice'), JSON.stringify(bad)).to.throw(
        TypeError,
        /^stopPrice: expected a non-negative decimal string such as "0\.001", got /,
      );
    }
  });

  it('rejects values that are neither strings nor BigNumbers', () => {
    for (const bad of [null, undefined, 1n, {}, [], true, { toFixed: () => '1' }]) {
      expect(() => formatDecimal(bad as never, 'icebergQty')).to.throw(
        TypeError,
        /^icebergQty: expected a decimal string or a BigNumber/,
      );
    }
  });

  it('rejects any string that is not a plain non-negative decimal (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const valid = /^\d+(\.\d+)?$/.test(s);
        if (valid) expect(new BigNumber(formatDecimal(s, 'x')).isEqualTo(s)).to.equal(true);
        else expect(() => formatDecimal(s, 'x')).to.throw(TypeError);
      }),
    );
  });
});
