import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  allowedRange,
  checkGrid,
  checkIcebergParts,
  checkIntegerRange,
  checkNotional,
  checkOrderCount,
  checkPercentPrice,
  quantityForNotional,
} from '../../src/trading/filterChecks.js';

const n = (s: string | number): BigNumber => new BigNumber(s);
const lot = { minQty: n('0.00001'), stepSize: n('0.00001') };
const rule = {
  filter: 'LOT_SIZE',
  min: n('0.00001'),
  max: n('9000'),
  step: n('0.00001'),
  minName: 'minQty',
  maxName: 'maxQty',
  stepName: 'stepSize',
};

describe('filterChecks', () => {
  it('allowedRange says each bound that is on', () => {
    expect(allowedRange(n(1), n(2))).to.equal('1 to 2');
    expect(allowedRange(n(1), n(0))).to.equal('1 or more');
    expect(allowedRange(n(0), n(2))).to.equal('up to 2');
    expect(allowedRange(n(0), n(0))).to.equal(undefined);
  });

  it('checkGrid passes exactly the on-grid values within bounds (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), (units) => {
        const value = n(units.toString()).shiftedBy(-6);
        const valid =
          value.isGreaterThanOrEqualTo(rule.min) &&
          value.isLessThanOrEqualTo(rule.max) &&
          value.minus(rule.min).idiv(rule.step).times(rule.step).isEqualTo(value.minus(rule.min));
        expect(checkGrid('quantity', value, rule) === undefined).to.equal(valid);
      }),
    );
  });

  it('checkGrid suggests only neighbours that are within the bounds', () => {
    expect(checkGrid('quantity', n('9000.000005'), rule)?.suggestions).to.deep.equal(['Use quantity 9000.']);
  });

  it('checkPercentPrice with an upper multiplier of 0 has no upper bound', () => {
    expect(checkPercentPrice('PERCENT_PRICE', 'price', n('1000'), n('1'), n('0'), n('0.5'))).to.equal(undefined);
    expect(checkPercentPrice('PERCENT_PRICE', 'price', n('0.4'), n('1'), n('0'), n('0.5'))?.details).to.equal(
      'price 0.4 is below 0.5 × average price 1 = 0.5 (allowed: 0.5 or more)',
    );
  });

  it('checkNotional ignores bounds of 0 and suggests a generic change without a lot size', () => {
    expect(checkNotional('NOTIONAL', { value: n('0'), how: 'x' }, n(0), n(0))).to.equal(undefined);
    expect(checkNotional('NOTIONAL', { value: n('1'), how: 'x' }, n(5), n(0))?.suggestions).to.deep.equal([
      "Increase the order's value to at least 5.",
    ]);
    expect(checkNotional('NOTIONAL', { value: n('10'), how: 'x' }, n(0), n(5))?.suggestions).to.deep.equal([
      "Reduce the order's value to at most 5.",
    ]);
  });

  it('quantityForNotional finds the grid quantity closest to a notional on the allowed side (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 1, max: 10 ** 6 }), (cents, notional) => {
        const price = n(cents).shiftedBy(-2);
        const target = n(notional);
        const up = quantityForNotional(target, price, lot, true);
        const down = quantityForNotional(target, price, lot, false);
        if (up.isGreaterThan(lot.minQty)) {
          expect(up.times(price).isGreaterThanOrEqualTo(target)).to.equal(true);
          expect(up.minus(lot.stepSize).times(price).isLessThan(target)).to.equal(true);
        }
        if (down.isGreaterThan(lot.minQty)) {
          expect(down.times(price).isLessThanOrEqualTo(target)).to.equal(true);
          expect(down.plus(lot.stepSize).times(price).isGreaterThan(target)).to.equal(true);
        }
      }),
    );
  });

  it('checkIcebergParts ignores a zero icebergQty and suggests nothing without a step', () => {
    expect(checkIcebergParts(n(1), n(0), 10, lot)).to.equal(undefined);
    expect(checkIcebergParts(n(1), n('0.01'), 10, undefined)?.suggestions).to.deep.equal([]);
  });

  it('checkIntegerRange and checkOrderCount are inclusive', () => {
    expect(checkIntegerRange('TRAILING_DELTA', 'trailingDelta', 10, 10, 'min', 20, 'max')).to.equal(undefined);
    expect(checkIntegerRange('TRAILING_DELTA', 'trailingDelta', 20, 10, 'min', 20, 'max')).to.equal(undefined);
    expect(checkOrderCount('MAX_NUM_ORDERS', 'orders', 4, 5, 'maxNumOrders')).to.equal(undefined);
    expect(checkOrderCount('MAX_NUM_ORDERS', 'orders', 5, 5, 'maxNumOrders')?.filter).to.equal('MAX_NUM_ORDERS');
  });
});
