import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import fc from 'fast-check';
import { ceilDiv, decimalsOf, gridCeil, gridFloor, isOnGrid, truncate } from '../../src/trading/decimalGrid.js';

const n = (s: string | number): BigNumber => new BigNumber(s);

/** Cents as an exact decimal string: 7000007n → "70000.07". */
const cents = (c: bigint): string => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;

describe('decimalGrid', () => {
  it('avoids the float trap: 70000.07 is on a 0.01 grid although 70000.07 % 0.01 is not 0 in floats', () => {
    expect(70000.07 % 0.01).not.to.equal(0);
    expect(isOnGrid(n('70000.07'), n('0'), n('0.01'))).to.equal(true);
    expect(isOnGrid(n('70000.07'), n('0.01'), n('0.01'))).to.equal(true);
    expect(isOnGrid(n('70000.075'), n('0.01'), n('0.01'))).to.equal(false);
  });

  it('measures multiples from the origin, not from zero', () => {
    expect(isOnGrid(n('1.05'), n('0.05'), n('0.1'))).to.equal(true);
    expect(isOnGrid(n('1'), n('0.05'), n('0.1'))).to.equal(false);
    expect(isOnGrid(n('0'), n('0.05'), n('0.05'))).to.equal(true);
  });

  it('every price of whole cents is on the 0.01 grid and no price with a half cent is (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), (c) => {
        expect(isOnGrid(n(cents(c)), n('0.01'), n('0.01'))).to.equal(true);
        expect(isOnGrid(n(`${cents(c)}5`), n('0.01'), n('0.01'))).to.equal(false);
      }),
    );
  });

  it('rounds onto the grid downwards and upwards, never below the origin', () => {
    expect(gridFloor(n('70000.075'), n('0.01'), n('0.01')).toFixed()).to.equal('70000.07');
    expect(gridCeil(n('70000.075'), n('0.01'), n('0.01')).toFixed()).to.equal('70000.08');
    expect(gridFloor(n('70000.07'), n('0.01'), n('0.01')).toFixed()).to.equal('70000.07');
    expect(gridCeil(n('70000.07'), n('0.01'), n('0.01')).toFixed()).to.equal('70000.07');
    expect(gridFloor(n('0.0000005'), n('0.00001'), n('0.00001')).toFixed()).to.equal('0.00001');
    expect(gridCeil(n('0.0000005'), n('0.00001'), n('0.00001')).toFixed()).to.equal('0.00001');
  });

  it('gridFloor ≤ value ≤ gridCeil, both on the grid, at most one step apart (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 1, max: 999 }), (units, stepUnits) => {
        const value = n(units.toString()).shiftedBy(-8);
        const step = n(stepUnits).shiftedBy(-5);
        const origin = step;
        const floor = gridFloor(value, origin, step);
        const ceil = gridCeil(value, origin, step);
        expect(isOnGrid(floor, origin, step) && isOnGrid(ceil, origin, step)).to.equal(true);
        if (value.isGreaterThanOrEqualTo(origin)) {
          expect(floor.isLessThanOrEqualTo(value) && ceil.isGreaterThanOrEqualTo(value)).to.equal(true);
          expect(ceil.minus(floor).isLessThanOrEqualTo(step)).to.equal(true);
        }
      }),
    );
  });

  it('divides rounding up, exactly', () => {
    expect(ceilDiv(n('1'), n('0.01')).toFixed()).to.equal('100');
    expect(ceilDiv(n('1'), n('0.00999')).toFixed()).to.equal('101');
    expect(ceilDiv(n('0.3'), n('0.1')).toFixed()).to.equal('3');
  });

  it('counts decimals without trailing zeros and truncates', () => {
    expect(decimalsOf(n('0.0100'))).to.equal(2);
    expect(decimalsOf(n('12'))).to.equal(0);
    expect(truncate(n('0.123456789'), 8).toFixed()).to.equal('0.12345678');
    expect(truncate(n('0.999999999'), 8).toFixed()).to.equal('0.99999999');
  });
});
