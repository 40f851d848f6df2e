import { expect } from 'chai';
import type { SymbolConfig } from '../../../src/simulator/market/SymbolConfig.js';
import { SymbolRules } from '../../../src/simulator/market/SymbolRules.js';

const BTC: SymbolConfig = {
  symbol: 'BTCUSDT',
  baseAsset: 'BTC',
  quoteAsset: 'USDT',
  initialPrice: '67000.00',
  tickSize: '0.01',
  stepSize: '0.00001',
};

describe('SymbolRules', () => {
  it('derives scales, defaults and Binance-style formatting', () => {
    const rules = SymbolRules.from(BTC);
    expect(rules.priceDecimals).to.equal(8);
    expect(rules.quantityDecimals).to.equal(8);
    expect(rules.status).to.equal('TRADING');
    expect(rules.price(rules.tickSize)).to.equal('0.01000000');
    expect(rules.quantity(rules.stepSize)).to.equal('0.00001000');
    expect(rules.quantity(rules.minQty)).to.equal('0.00001000');
    expect(rules.price(rules.maxPrice)).to.equal('10000000.00000000');
    expect(rules.quantity(rules.maxQty)).to.equal('9000.00000000');
    expect(rules.quantity(rules.marketMaxQty)).to.equal('900.00000000');
    expect(rules.quote(rules.minNotional)).to.equal('5.00000000');
    expect(rules.quote(rules.initialPrice * rules.stepSize)).to.equal('0.67000000');
    expect(rules.price(-123n)).to.equal('-0.00000123');
  });

  it('keeps more than 8 decimals when the tick or step needs them', () => {
    const rules = SymbolRules.from({ ...BTC, initialPrice: '0.0000012345', tickSize: '0.0000000001', stepSize: '1' });
    expect(rules.priceDecimals).to.equal(10);
    expect(rules.price(rules.initialPrice)).to.equal('0.0000012345');
  });

  it('parses parameters into atoms and detects excess precision', () => {
    const rules = SymbolRules.from(BTC);
    expect(rules.parsePrice('67000.01')).to.equal(6_700_001_000_000n);
    expect(rules.parseQuantity('0.000000001')).to.equal('precision');
    expect(rules.parsePrice('abc')).to.equal(undefined);
  });

  it('refuses inconsistent configurations', () => {
    const bad: Partial<SymbolConfig>[] = [
      { symbol: 'btcusdt' },
      { baseAsset: 'bt c' },
      { tickSize: '0' },
      { stepSize: '-1' },
      { initialPrice: '67000.005' },
      { minQty: '0.000015' },
      { maxPrice: '1000' },
      { tickSize: '1e-2' },
    ];
    for (const change of bad)
      expect(() => SymbolRules.from({ ...BTC, ...change }), JSON.stringify(change)).to.throw(TypeError);
  });
});
