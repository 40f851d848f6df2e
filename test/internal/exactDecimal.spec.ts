import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import fc from 'fast-check';
import { compareExact, exactDecimal, isMultipleFrom, timesExact } from '../../src/internal/exactDecimal.js';

// Plain unsigned decimals with up to 12 integer and 10 fraction digits, trailing zeros included.
const decimal = fc.stringMatching(/^\d{1,12}(\.\d{1,10})?$/);
const positive = decimal.filter((text) => !new BigNumber(text).isZero());
const text = (value: { units: bigint; scale: number }): string =>
  new BigNumber(value.units.toString()).shiftedBy(-value.scale).toFixed();

describe('exactDecimal', () => {
  it('reads a decimal as units and a scale, exactly', () => {
    expect(exactDecimal('70000.07')).to.deep.equal({ units: 7000007n, scale: 2 });
    expect(exactDecimal('0.00000001')).to.deep.equal({ units: 1n, scale: 8 });
    expect(exactDecimal('25')).to.deep.equal({ units: 25n, scale: 0 });
    expect(exactDecimal('1.500')).to.deep.equal({ units: 1500n, scale: 3 });
  });

  it('keeps the value of any decimal (property)', () => {
    fc.assert(
      fc.property(decimal, (d) => {
        expect(text(exactDecimal(d))).to.equal(new BigNumber(d).toFixed());
      }),
    );
  });

  it('compares as BigNumber does, whatever the scales (property)', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(compareExact(exactDecimal(a), exactDecimal(b))).to.equal(new BigNumber(a).comparedTo(b));
        expect(compareExact(exactDecimal(a), exactDecimal(a))).to.equal(0);
      }),
    );
  });

  it('multiplies exactly (property)', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(text(timesExact(exactDecimal(a), exactDecimal(b)))).to.equal(new BigNumber(a).times(b).toFixed());
      }),
    );
  });

  it('tells multiples of a step from an origin, below the origin too, without the float trap', () => {
    expect(isMultipleFrom(exactDecimal('70000.07'), exactDecimal('0'), exactDecimal('0.01'))).to.equal(true);
    expect(isMultipleFrom(exactDecimal('0.3'), exactDecimal('0.1'), exactDecimal('0.1'))).to.equal(true);
    expect(isMultipleFrom(exactDecimal('0.05'), exactDecimal('0.1'), exactDecimal('0.05'))).to.equal(true);
    expect(isMultipleFrom(exactDecimal('0.06'), exactDecimal('0.01'), exactDecimal('0.05'))).to.equal(true);
    expect(isMultipleFrom(exactDecimal('0.07'), exactDecimal('0.01'), exactDecimal('0.05'))).to.equal(false);
    fc.assert(
      fc.property(decimal, decimal, positive, (value, origin, step) => {
        const offset = new BigNumber(value).minus(origin);
        const expected = offset.idiv(step).times(step).isEqualTo(offset);
        expect(isMultipleFrom(exactDecimal(value), exactDecimal(origin), exactDecimal(step))).to.equal(expected);
      }),
    );
  });
});
