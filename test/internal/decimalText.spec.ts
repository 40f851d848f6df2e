import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import fc from 'fast-check';
import { isZeroDecimal, normalizeDecimal } from '../../src/internal/decimalText.js';

describe('decimalText', () => {
  describe('isZeroDecimal', () => {
    const cases: readonly [string, boolean][] = [
      ['0', true],
      ['0.00000000', true],
      ['0.0', true],
      ['00.000', true],
      ['-0.0', true],
      ['0.00000001', false],
      ['1', false],
      ['10.00000000', false],
      ['0.10000000', false],
      ['100', false],
      ['', false],
      ['-', false],
    ];
    for (const [text, zero] of cases) {
      it(`says ${JSON.stringify(text)} is ${zero ? '' : 'not '}zero`, () => {
        expect(isZeroDecimal(text)).to.equal(zero);
      });
    }

    it('agrees with BigNumber on any unsigned decimal (property)', () => {
      fc.assert(
        fc.property(fc.stringMatching(/^\d{1,12}(\.\d{1,10})?$/), (text) => {
          expect(isZeroDecimal(text)).to.equal(new BigNumber(text).isZero());
        }),
      );
    });
  });

  describe('normalizeDecimal', () => {
    const cases: readonly [string, string][] = [
      ['0.50000000', '0.5'],
      ['12.00000000', '12'],
      ['0012.300', '12.3'],
      ['0.00000001', '0.00000001'],
      ['100', '100'],
      ['0', '0'],
      ['0.000', '0'],
      ['000', '0'],
      ['1234567890123456789.123456789000', '1234567890123456789.123456789'],
    ];
    for (const [text, normal] of cases) {
      it(`writes ${text} as ${normal}`, () => {
        expect(normalizeDecimal(text)).to.equal(normal);
      });
    }

    it('equals BigNumber#toFixed on any unsigned decimal, however long (property)', () => {
      fc.assert(
        fc.property(fc.stringMatching(/^\d{1,25}(\.\d{1,20})?$/), (text) => {
          expect(normalizeDecimal(text)).to.equal(new BigNumber(text).toFixed());
        }),
      );
    });
  });
});
