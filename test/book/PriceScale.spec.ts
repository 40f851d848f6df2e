import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import fc from 'fast-check';
import { PriceScale } from '../../src/book/PriceScale.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

describe('PriceScale', () => {
  describe('fromTickSize', () => {
    const forms: readonly [string, string, string, number][] = [
      // tickSize as Binance writes it, normalised, a price, its ticks
      ['0.01000000', '0.01', '27123.45000000', 2_712_345],
      ['0.00000001', '0.00000001', '0.00012345', 12_345],
      ['1.00000000', '1', '64000.00000000', 64_000],
      ['10.00000000', '10', '64010.00000000', 6_401],
      ['0.05000000', '0.05', '12.35000000', 247],
      ['0.25', '0.25', '1.75', 7],
      ['5', '5', '125', 25],
      ['0.10000000', '0.1', '0.1', 1],
    ];
    for (const [tickSize, normal, price, ticks] of forms) {
      it(`reads tick size ${tickSize}: ${price} is ${ticks} ticks, and back`, () => {
        const scale = PriceScale.fromTickSize(tickSize);
        expect(scale.tickSize).to.equal(normal);
        expect(scale.toTicks(price)).to.equal(ticks);
        expect(scale.toDecimal(ticks)).to.equal(new BigNumber(price).toFixed());
      });
    }

    it('falls back to 8 decimals for a zero tick size (the filter is disabled)', () => {
      const scale = PriceScale.fromTickSize('0.00000000');
      expect(scale.tickSize).to.equal('0.00000001');
      expect(scale.toTicks('1.23456789')).to.equal(123_456_789);
    });

    it('rejects a tick size that is not an unsigned decimal', () => {
      for (const bad of ['', '-0.01', '1e-8', '0.01 ', '.01', 'abc']) {
        expect(() => PriceScale.fromTickSize(bad), bad).to.throw(TypeError, /tickSize/);
      }
    });
  });

  describe('fromDecimals', () => {
    it('uses 8 decimals by default: any Binance price fits', () => {
      const scale = PriceScale.fromDecimals();
      expect(scale.tickSize).to.equal('0.00000001');
      expect(scale.toTicks('64123.12345678')).to.equal(6_412_312_345_678);
      expect(scale.toDecimal(6_412_312_345_678)).to.equal('64123.12345678');
    });

    it('rejects a count of decimals outside 0..15', () => {
      for (const bad of [-1, 16, 1.5, Number.NaN]) {
        expect(() => PriceScale.fromDecimals(bad), String(bad)).to.throw(TypeError, /decimals/);
      }
      expect(PriceScale.fromDecimals(0).toTicks('42')).to.equal(42);
    });
  });

  describe('toTicks', () => {
    const cents = PriceScale.fromTickSize('0.01000000');

    it('accepts any spelling of a grid price: no fraction, short, long, leading zeros', () => {
      for (const price of ['27123.45', '27123.450', '27123.45000000', '027123.45']) {
        expect(cents.toTicks(price), price).to.equal(2_712_345);
      }
      expect(cents.toTicks('27123')).to.equal(2_712_300);
      expect(cents.toTicks('0')).to.equal(0);
      expect(cents.toTicks('0.00000000')).to.equal(0);
    });

    it('says which price is off the grid, and which tick it misses', () => {
      expect(() => cents.toTicks('27123.45100000')).to.throw(
        RangeError,
        'price 27123.45100000 is not a multiple of the tick size 0.01',
      );
      expect(() => PriceScale.fromTickSize('0.05').toTicks('1.03')).to.throw(RangeError, /tick size 0\.05/);
      expect(() => PriceScale.fromTickSize('10').toTicks('64005')).to.throw(RangeError, /tick size 10/);
    });

    it('rejects what is not an unsigned decimal string', () => {
      for (const bad of ['', '.5', '5.', '-1', '1e5', '1,5', ' 1', '1 ', '1.2.3', '+1', 'NaN']) {
        expect(() => cents.toTicks(bad), JSON.stringify(bad)).to.throw(RangeError, /unsigned decimal/);
      }
    });

    it('is exact up to 2^53 − 1 ticks and refuses more', () => {
      const scale = PriceScale.fromDecimals(8);
      expect(scale.toTicks('90071992.54740991')).to.equal(MAX_SAFE);
      expect(() => scale.toTicks('90071992.54740992')).to.throw(RangeError, /beyond 2\^53/);
      expect(() => scale.toTicks('1000000000000000000000')).to.throw(RangeError, /beyond 2\^53/);
    });

    it('stays exact when price·10^decimals exceeds 2^53 but the tick count does not', () => {
      const nickels = PriceScale.fromTickSize('0.05');
      // 10000000000000005 hundredths is beyond 2^53; divided by 5 it is not.
      expect(nickels.toTicks('100000000000000.05')).to.equal(2_000_000_000_000_001);
      expect(nickels.toDecimal(2_000_000_000_000_001)).to.equal('100000000000000.05');
      expect(() => nickels.toTicks('100000000000000.03')).to.throw(RangeError, /not a multiple/);
    });

    it('matches exact decimal division for random tick sizes and prices (property)', () => {
      const tickArb = fc
        .tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 10 }))
        .map(([units, decimals]) => new BigNumber(units).shiftedBy(-decimals));
      fc.assert(
        fc.property(tickArb, fc.bigInt({ min: 0n, max: 10n ** 17n }), (tick, n) => {
          const scale = PriceScale.fromTickSize(tick.toFixed());
          const price = tick.times(n.toString());
          const ticks = price.div(tick);
          if (ticks.isGreaterThan(MAX_SAFE)) {
            expect(() => scale.toTicks(price.toFixed(12))).to.throw(RangeError, /beyond 2\^53/);
          } else {
            expect(scale.toTicks(price.toFixed(12))).to.equal(ticks.toNumber());
            expect(scale.toTicks(price.toFixed())).to.equal(ticks.toNumber());
          }
        }),
      );
    });
  });

  describe('toDecimal', () => {
    it('writes the shortest exact form, never an exponent', () => {
      const scale = PriceScale.fromDecimals(8);
      expect(scale.toDecimal(1)).to.equal('0.00000001');
      expect(scale.toDecimal(0)).to.equal('0');
      expect(scale.toDecimal(100_000_000)).to.equal('1');
      expect(scale.toDecimal(MAX_SAFE)).to.equal('90071992.54740991');
      expect(PriceScale.fromTickSize('10').toDecimal(10 ** 15)).to.equal('10000000000000000');
      expect(PriceScale.fromTickSize('25').toDecimal(MAX_SAFE)).to.equal('225179981368524775');
    });

    it('rejects ticks that are not a non-negative safe integer', () => {
      const scale = PriceScale.fromDecimals(2);
      for (const bad of [-1, 1.5, Number.NaN, Infinity, MAX_SAFE + 1]) {
        expect(() => scale.toDecimal(bad), String(bad)).to.throw(RangeError, /ticks/);
      }
    });

    it('round-trips: toDecimal(toTicks(x)) is x normalised (property)', () => {
      const grid = fc.constantFrom('0.01000000', '0.00000001', '0.05', '0.25', '1', '10', '0.00001000', '0.5');
      fc.assert(
        fc.property(grid, fc.maxSafeNat(), fc.integer({ min: 0, max: 6 }), (tickSize, n, extraZeros) => {
          const scale = PriceScale.fromTickSize(tickSize);
          const tick = new BigNumber(tickSize);
          const price = tick.times(n);
          if (price.div(tick).isGreaterThan(MAX_SAFE)) return;
          const decimals = (price.decimalPlaces() ?? 0) + extraZeros;
          const text = price.toFixed(decimals); // e.g. with Binance's trailing zeros
          expect(scale.toDecimal(scale.toTicks(text))).to.equal(price.toFixed());
        }),
      );
    });
  });
});
