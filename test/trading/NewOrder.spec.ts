import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import type { NewOrder } from '../../src/trading/NewOrder.js';
import { orderParams } from '../../src/trading/orderParams.js';

// Type-level table: each `@ts-expect-error` below fails type-checking (`npx tsc`) if TypeScript ever accepts the
// order; at run time the same orders are refused by orderParams, for JavaScript callers.
const ID = { newClientOrderId: 'id-1' };

describe('NewOrder', () => {
  it('accepts what each order type needs', () => {
    const valid: NewOrder[] = [
      { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: '1', price: '1', timeInForce: 'GTC' },
      {
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'LIMIT',
        quantity: '1',
        price: '1',
        timeInForce: 'GTC',
        icebergQty: '0.1',
      },
      { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: new BigNumber('0.1') },
      { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quoteOrderQty: '10' },
      { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '1', stopPrice: '1' },
      { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '1', trailingDelta: 10 },
      { symbol: 'BTCUSDT', side: 'SELL', type: 'TAKE_PROFIT', quantity: '1', stopPrice: '1', trailingDelta: 10 },
      {
        symbol: 'BTCUSDT',
        side: 'SELL',
        type: 'STOP_LOSS_LIMIT',
        quantity: '1',
        price: '1',
        timeInForce: 'GTC',
        stopPrice: '1',
      },
      {
        symbol: 'BTCUSDT',
        side: 'SELL',
        type: 'TAKE_PROFIT_LIMIT',
        quantity: '1',
        price: '1',
        timeInForce: 'GTC',
        trailingDelta: 5,
      },
      { symbol: 'BTCUSDT', side: 'SELL', type: 'LIMIT_MAKER', quantity: '1', price: '1', newOrderRespType: 'RESULT' },
    ];
    for (const order of valid) expect(() => orderParams(order, ID), order.type).not.to.throw();
  });

  it('refuses, in types and at run time, what an order type does not take or lacks', () => {
    const s = { symbol: 'BTCUSDT', side: 'SELL' } as const;
    const invalid: unknown[] = [
      // @ts-expect-error a LIMIT order needs a price
      { ...s, type: 'LIMIT', quantity: '1', timeInForce: 'GTC' } satisfies NewOrder,
      // @ts-expect-error a MARKET order takes quantity or quoteOrderQty, not both
      { ...s, type: 'MARKET', quantity: '1', quoteOrderQty: '1' } satisfies NewOrder,
      // @ts-expect-error a MARKET order needs one of them
      { ...s, type: 'MARKET' } satisfies NewOrder,
      // @ts-expect-error a STOP_LOSS order needs stopPrice or trailingDelta
      { ...s, type: 'STOP_LOSS', quantity: '1' } satisfies NewOrder,
      // @ts-expect-error a LIMIT_MAKER order takes no timeInForce
      { ...s, type: 'LIMIT_MAKER', quantity: '1', price: '1', timeInForce: 'GTC' } satisfies NewOrder,
      // @ts-expect-error amounts are never numbers
      { ...s, type: 'MARKET', quantity: 0.1 } satisfies NewOrder,
      // @ts-expect-error a LIMIT order takes no stopPrice
      { ...s, type: 'LIMIT', quantity: '1', price: '1', timeInForce: 'GTC', stopPrice: '1' } satisfies NewOrder,
      // @ts-expect-error a STOP_LOSS order takes no price
      { ...s, type: 'STOP_LOSS', quantity: '1', stopPrice: '1', price: '1' } satisfies NewOrder,
      // @ts-expect-error sides are upper-case
      { symbol: 'BTCUSDT', side: 'buy', type: 'MARKET', quantity: '1' } satisfies NewOrder,
    ];
    for (const order of invalid) expect(() => orderParams(order as NewOrder, ID)).to.throw(TypeError);
  });
});
