import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import { filterViolation } from '../../src/trading/filterRules.js';
import type { NewOrder } from '../../src/trading/NewOrder.js';
import { orderAmounts } from '../../src/trading/orderAmounts.js';
import { symbolRules } from './symbolRules.js';

describe('filterRules', () => {
  const order: NewOrder = {
    symbol: 'BTCUSDT',
    side: 'BUY',
    type: 'LIMIT',
    timeInForce: 'GTC',
    price: '1.001',
    quantity: '1',
  };

  it('checks nothing on a symbol without filters', () => {
    const bare = symbolRules('BTCUSDT', { filters: [] });
    const market = { averagePrice: new BigNumber(100), openOrders: 1e6, openAlgoOrders: 1e6 };
    expect(filterViolation(order, bare, market, orderAmounts(order))).to.equal(undefined);
  });

  it('returns the violation before it becomes an error', () => {
    expect(filterViolation(order, symbolRules(), {}, orderAmounts(order))).to.deep.include({ filter: 'PRICE_FILTER' });
  });
});
