import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import { orderAmounts } from '../../src/trading/orderAmounts.js';

describe('orderAmounts', () => {
  it('parses the amounts an order gives, exactly, and nothing else', () => {
    const amounts = orderAmounts({
      symbol: 'BTCUSDT',
      side: 'SELL',
      type: 'STOP_LOSS_LIMIT',
      quantity: '0.00100000',
      price: new BigNumber('1e-8'),
      stopPrice: '70000.07',
      timeInForce: 'GTC',
      trailingDelta: 25,
    });
    expect(Object.keys(amounts).sort()).to.deep.equal(['price', 'quantity', 'stopPrice', 'trailingDelta']);
    expect(amounts.quantity?.toFixed()).to.equal('0.001');
    expect(amounts.price?.toFixed()).to.equal('0.00000001');
    expect(amounts.stopPrice?.toFixed()).to.equal('70000.07');
    expect(amounts.trailingDelta).to.equal(25);
  });

  it('throws for a malformed amount', () => {
    expect(() => orderAmounts({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quoteOrderQty: '-5' })).to.throw(
      TypeError,
      /^quoteOrderQty: /,
    );
  });
});
