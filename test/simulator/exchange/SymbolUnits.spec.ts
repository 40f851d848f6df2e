import { expect } from 'chai';
import fc from 'fast-check';
import { SymbolUnits } from '../../../src/simulator/exchange/SymbolUnits.js';
import { SymbolRules } from '../../../src/simulator/market/SymbolRules.js';

const ETHBTC = SymbolRules.from({
  symbol: 'ETHBTC',
  baseAsset: 'ETH',
  quoteAsset: 'BTC',
  initialPrice: '0.05220',
  tickSize: '0.00001',
  stepSize: '0.0001',
});

describe('SymbolUnits', () => {
  const units = new SymbolUnits(ETHBTC, 8, 8);

  it('converts fills to asset atoms: the quote truncated, a lock rounded up', () => {
    // 0.05221 × 0.0001 = 0.000005221 BTC: 9 decimals.
    const price = 5_221_000n;
    const quantity = 10_000n;
    expect(units.quote(price, quantity)).to.equal(522n);
    expect(units.quoteCeil(price, quantity)).to.equal(523n);
    expect(units.base(quantity)).to.equal(10_000n);
    expect(units.formatQuote(522n)).to.equal('0.00000522');
    expect(units.formatAsset('ETH', 10_000n)).to.equal('0.00010000');
  });

  it('finds the most whole steps a quote amount buys', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: 1_000n, max: 10n ** 10n }),
        (budget, ticks) => {
          const price = ticks * 1_000n;
          const quantity = units.quantityForQuote(budget, price);
          expect(quantity % ETHBTC.stepSize).to.equal(0n);
          expect(units.quote(price, quantity) <= budget).to.equal(true);
          expect(units.quote(price, quantity + ETHBTC.stepSize) > budget).to.equal(true);
        },
      ),
    );
    expect(units.quantityFor(123_456n)).to.equal(120_000n);
    expect(units.quantityForQuote(-1n, 5_221_000n)).to.equal(0n);
  });

  it('knows the tick and step grains and refuses assets with too few decimals', () => {
    expect([units.priceGrain, units.quantityGrain]).to.deep.equal([1_000n, 10_000n]);
    expect(() => new SymbolUnits(ETHBTC, 6, 8)).to.throw(TypeError);
  });
});
