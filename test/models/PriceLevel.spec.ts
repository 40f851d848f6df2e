import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import { inspect } from 'node:util';
import type { WireLevel } from '../../src/codecs/primitives.js';
import { plainValue } from '../../src/models/plainModel.js';
import { toPriceLevel, toPriceLevels } from '../../src/models/PriceLevel.js';
import { expectDecimal } from './modelHelpers.js';

const wire = (price: string, quantity: string): WireLevel => [price, quantity] as unknown as WireLevel;

describe('PriceLevel', () => {
  it('maps a [price, quantity] pair, building each decimal once', () => {
    const level = toPriceLevel(wire('0.0024', '10'));
    expectDecimal(level.price, '0.0024');
    expectDecimal(level.quantity, '10');
    expect(level.price).to.equal(level.price);
    expect(level.quantity).to.equal(level.quantity);
  });

  it('does not copy or read the pair when built', () => {
    const pair = wire('0.0024', '10');
    const frozen = Object.freeze(pair);
    expect(() => toPriceLevel(frozen)).not.to.throw();
    expect(toPriceLevels([frozen, frozen])).to.have.length(2);
  });

  it('maps a side in wire order, reusing a first level already built', () => {
    const side = [wire('3', '1'), wire('2', '1'), wire('1', '1')];
    const first = toPriceLevel(side[0] as WireLevel);
    const levels = toPriceLevels(side, first);
    expect(levels[0]).to.equal(first);
    expect(levels.map((level) => level.price.toFixed())).to.deep.equal(['3', '2', '1']);
    expect(toPriceLevels([])).to.deep.equal([]);
  });

  it('serialises to exact strings without exponents', () => {
    const level = toPriceLevel(wire('0.00000001', '123456789012345678901234'));
    expect(JSON.parse(JSON.stringify(level))).to.deep.equal({
      price: '0.00000001',
      quantity: '123456789012345678901234',
    });
    expect(inspect(level)).to.equal(inspect({ price: '0.00000001', quantity: '123456789012345678901234' }));
  });

  it('is a plain interface: a literal level serialises the same way', () => {
    const literal = { price: new BigNumber('0.00000001'), quantity: new BigNumber('5') };
    expect(plainValue(literal)).to.deep.equal({ price: '0.00000001', quantity: '5' });
  });
});
