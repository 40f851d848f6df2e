import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import type { NewOrder } from '../../src/trading/NewOrder.js';
import { ORDER_PARAM_ORDER, orderParams } from '../../src/trading/orderParams.js';

const ID = { newClientOrderId: 'session-id-1' };
const query = (params: [string, string][]): string => params.map(([k, v]) => `${k}=${v}`).join('&');
/** Calls orderParams with whatever a JavaScript caller might pass. */
const loose = (order: Record<string, unknown>) => orderParams(order as unknown as NewOrder, ID);

describe('orderParams', () => {
  it('lists a LIMIT order as in Binance’s signed example, then the client order id', () => {
    const params = orderParams(
      { symbol: 'LTCBTC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '0.1' },
      ID,
    );
    expect(query(params)).to.equal(
      'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&newClientOrderId=session-id-1',
    );
  });

  it('sends the default response type in its place when the order gives none, and the order’s own otherwise', () => {
    const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1' } as const;
    expect(query(orderParams(order, { ...ID, newOrderRespType: 'FULL' }))).to.equal(
      'symbol=BTCUSDT&side=BUY&type=MARKET&quantity=1&newClientOrderId=session-id-1&newOrderRespType=FULL',
    );
    expect(
      Object.fromEntries(orderParams({ ...order, newOrderRespType: 'ACK' }, { ...ID, newOrderRespType: 'FULL' })),
    ).to.include({ newOrderRespType: 'ACK' });
    expect(query(orderParams(order, ID))).to.not.include('newOrderRespType');
    expect(() => orderParams(order, { ...ID, newOrderRespType: 'ALL' as 'ACK' })).to.throw(
      TypeError,
      'newOrderRespType must be one of ACK, RESULT, FULL',
    );
  });

  it('lists every parameter in the documented order, whatever order the caller wrote them in', () => {
    const params = orderParams(
      {
        newOrderRespType: 'FULL',
        strategyType: 1000000,
        strategyId: 7,
        selfTradePreventionMode: 'EXPIRE_BOTH',
        newClientOrderId: 'mine',
        icebergQty: '0.1',
        trailingDelta: 50,
        stopPrice: '49000',
        price: '48000',
        quantity: '1',
        timeInForce: 'GTC',
        type: 'STOP_LOSS_LIMIT',
        side: 'SELL',
        symbol: 'BTCUSDT',
      },
      ID,
    );
    expect(params.map(([k]) => k)).to.deep.equal(ORDER_PARAM_ORDER.filter((k) => k !== 'quoteOrderQty'));
    expect(Object.fromEntries(params)).to.deep.equal({
      symbol: 'BTCUSDT',
      side: 'SELL',
      type: 'STOP_LOSS_LIMIT',
      timeInForce: 'GTC',
      quantity: '1',
      price: '48000',
      stopPrice: '49000',
      trailingDelta: '50',
      icebergQty: '0.1',
      newClientOrderId: 'mine',
      strategyId: '7',
      strategyType: '1000000',
      selfTradePreventionMode: 'EXPIRE_BOTH',
      newOrderRespType: 'FULL',
    });
  });

  it('formats every order type', () => {
    const cases: [NewOrder, string][] = [
      [
        { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: new BigNumber('1e-5') },
        'symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.00001&newClientOrderId=session-id-1',
      ],
      [
        { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quoteOrderQty: '100.50' },
        'symbol=BTCUSDT&side=BUY&type=MARKET&quoteOrderQty=100.5&newClientOrderId=session-id-1',
      ],
      [
        { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '1', stopPrice: '40000' },
        'symbol=BTCUSDT&side=SELL&type=STOP_LOSS&quantity=1&stopPrice=40000&newClientOrderId=session-id-1',
      ],
      [
        { symbol: 'BTCUSDT', side: 'SELL', type: 'TAKE_PROFIT', quantity: '1', trailingDelta: 100 },
        'symbol=BTCUSDT&side=SELL&type=TAKE_PROFIT&quantity=1&trailingDelta=100&newClientOrderId=session-id-1',
      ],
      [
        {
          symbol: 'BTCUSDT',
          side: 'BUY',
          type: 'TAKE_PROFIT_LIMIT',
          quantity: '1',
          price: '30000',
          timeInForce: 'IOC',
          stopPrice: '30100',
        },
        'symbol=BTCUSDT&side=BUY&type=TAKE_PROFIT_LIMIT&timeInForce=IOC&quantity=1&price=30000&stopPrice=30100' +
          '&newClientOrderId=session-id-1',
      ],
      [
        {
          symbol: 'BTCUSDT',
          side: 'SELL',
          type: 'STOP_LOSS_LIMIT',
          quantity: '1',
          price: '30000',
          timeInForce: 'FOK',
          trailingDelta: 10,
        },
        'symbol=BTCUSDT&side=SELL&type=STOP_LOSS_LIMIT&timeInForce=FOK&quantity=1&price=30000&trailingDelta=10' +
          '&newClientOrderId=session-id-1',
      ],
      [
        { symbol: 'BTCUSDT', side: 'SELL', type: 'LIMIT_MAKER', quantity: '1', price: '90000', icebergQty: '0.2' },
        'symbol=BTCUSDT&side=SELL&type=LIMIT_MAKER&quantity=1&price=90000&icebergQty=0.2&newClientOrderId=session-id-1',
      ],
    ];
    for (const [order, expected] of cases) expect(query(orderParams(order, ID)), order.type).to.equal(expected);
  });

  it('upper-cases the symbol and keeps the caller’s client order id', () => {
    const params = orderParams(
      { symbol: 'btcusdt', side: 'BUY', type: 'MARKET', quantity: '1', newClientOrderId: 'my.id:1/a_b-c' },
      ID,
    );
    expect(params[0]).to.deep.equal(['symbol', 'BTCUSDT']);
    expect(Object.fromEntries(params)['newClientOrderId']).to.equal('my.id:1/a_b-c');
  });

  it('treats a parameter set to undefined as absent', () => {
    const params = loose({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1', quoteOrderQty: undefined });
    expect(params.map(([k]) => k)).to.deep.equal(['symbol', 'side', 'type', 'quantity', 'newClientOrderId']);
  });

  describe('TypeErrors for JavaScript callers', () => {
    const limit = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '1' };

    const cases: [string, Record<string, unknown>, string | RegExp][] = [
      ['a LIMIT without price', { ...limit, price: undefined }, 'LIMIT order: price is required'],
      ['a LIMIT without quantity', { ...limit, quantity: undefined }, 'LIMIT order: quantity is required'],
      ['a LIMIT without timeInForce', { ...limit, timeInForce: undefined }, 'LIMIT order: timeInForce is required'],
      [
        'a LIMIT with a stopPrice',
        { ...limit, stopPrice: '1' },
        /^LIMIT order: unexpected parameter stopPrice \(it takes symbol, side, type/,
      ],
      ['a LIMIT with quoteOrderQty', { ...limit, quoteOrderQty: '1' }, /unexpected parameter quoteOrderQty/],
      ['a LIMIT with recvWindow', { ...limit, recvWindow: 5000 }, /unexpected parameter recvWindow/],
      ['no symbol', { ...limit, symbol: undefined }, 'LIMIT order: symbol is required'],
      ['no side', { ...limit, side: undefined }, 'LIMIT order: side is required'],
      [
        'a MARKET with quantity and quoteOrderQty',
        { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1', quoteOrderQty: '1' },
        'MARKET order: give exactly one of quantity and quoteOrderQty',
      ],
      [
        'a MARKET with neither',
        { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET' },
        'MARKET order: give exactly one of quantity and quoteOrderQty',
      ],
      [
        'a MARKET with a price',
        { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1', price: '1' },
        /MARKET order: unexpected parameter price/,
      ],
      [
        'a MARKET with a timeInForce',
        { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1', timeInForce: 'GTC' },
        /MARKET order: unexpected parameter timeInForce/,
      ],
      [
        'a STOP_LOSS without a trigger',
        { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '1' },
        'STOP_LOSS order: give stopPrice or trailingDelta (or both)',
      ],
      [
        'a TAKE_PROFIT with a price',
        { symbol: 'BTCUSDT', side: 'SELL', type: 'TAKE_PROFIT', quantity: '1', stopPrice: '1', price: '1' },
        /TAKE_PROFIT order: unexpected parameter price/,
      ],
      [
        'a STOP_LOSS with an iceberg',
        { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '1', stopPrice: '1', icebergQty: '0.1' },
        /STOP_LOSS order: unexpected parameter icebergQty/,
      ],
      [
        'a STOP_LOSS_LIMIT without a trigger',
        { ...limit, type: 'STOP_LOSS_LIMIT' },
        'STOP_LOSS_LIMIT order: give stopPrice or trailingDelta (or both)',
      ],
      [
        'a TAKE_PROFIT_LIMIT without price',
        { ...limit, type: 'TAKE_PROFIT_LIMIT', price: undefined, stopPrice: '1' },
        'TAKE_PROFIT_LIMIT order: price is required',
      ],
      [
        'a LIMIT_MAKER with a timeInForce',
        { ...limit, type: 'LIMIT_MAKER' },
        /LIMIT_MAKER order: unexpected parameter timeInForce/,
      ],
      [
        'an iceberg that is not GTC',
        { ...limit, timeInForce: 'IOC', icebergQty: '0.1' },
        'LIMIT order: an iceberg order (icebergQty) needs timeInForce GTC, got "IOC"',
      ],
      ['an unknown type', { ...limit, type: 'OCO' }, /^order: type must be one of LIMIT, MARKET, .*, got "OCO"$/],
      ['a lower-case type', { ...limit, type: 'limit' }, /got "limit"/],
      ['an unknown side', { ...limit, side: 'buy' }, 'LIMIT order: side must be one of BUY, SELL, got "buy"'],
      [
        'an unknown timeInForce',
        { ...limit, timeInForce: 'GTD' },
        'LIMIT order: timeInForce must be one of GTC, IOC, FOK, got "GTD"',
      ],
      [
        'an unknown response type',
        { ...limit, newOrderRespType: 'FAST' },
        /newOrderRespType must be one of ACK, RESULT, FULL/,
      ],
      [
        'an unknown STP mode',
        { ...limit, selfTradePreventionMode: 'ALL' },
        /selfTradePreventionMode must be one of NONE,/,
      ],
      [
        'a number quantity',
        { ...limit, quantity: 0.1 },
        /^LIMIT order: quantity: expected a decimal string or a BigNumber, got 0\.1 \(numbers are floats/,
      ],
      ['a negative price', { ...limit, price: '-1' }, /^LIMIT order: price: expected a non-negative decimal string/],
      ['an exponent price', { ...limit, price: '1e3' }, /^LIMIT order: price: expected a non-negative decimal string/],
      [
        'a NaN BigNumber',
        { ...limit, quantity: new BigNumber(NaN) },
        'LIMIT order: quantity: expected a finite amount, got NaN',
      ],
      ['a bad symbol', { ...limit, symbol: 'BTC/USDT' }, /^Invalid symbol "BTC\/USDT"/],
      [
        'a bad client id',
        { ...limit, newClientOrderId: 'has space' },
        /^LIMIT order: newClientOrderId: expected 1 to 36 of/,
      ],
      ['an empty client id', { ...limit, newClientOrderId: '' }, /newClientOrderId: expected 1 to 36/],
      [
        'a 37-character client id',
        { ...limit, newClientOrderId: 'x'.repeat(37) },
        /newClientOrderId: expected 1 to 36/,
      ],
      [
        'a fractional trailingDelta',
        { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '1', trailingDelta: 1.5 },
        'STOP_LOSS order: trailingDelta must be an integer ≥ 1, got 1.5',
      ],
      [
        'a trailingDelta as a string',
        { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '1', trailingDelta: '10' },
        'STOP_LOSS order: trailingDelta must be an integer ≥ 1, got "10"',
      ],
      [
        'a zero trailingDelta',
        { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '1', trailingDelta: 0 },
        /≥ 1, got 0/,
      ],
      [
        'a small strategyType',
        { ...limit, strategyType: 999999 },
        'LIMIT order: strategyType must be an integer ≥ 1000000, got 999999',
      ],
      ['a negative strategyId', { ...limit, strategyId: -1 }, 'LIMIT order: strategyId must be an integer ≥ 0, got -1'],
    ];

    for (const [what, order, message] of cases) {
      it(`rejects ${what}`, () => {
        expect(() => loose(order)).to.throw(TypeError, message);
      });
    }

    it('rejects an order that is not an object', () => {
      for (const bad of [null, undefined, 'LIMIT', 5, []]) {
        expect(() => orderParams(bad as unknown as NewOrder, ID)).to.throw(
          TypeError,
          /^order: expected an object, got /,
        );
      }
    });

    it('rejects a malformed default client order id', () => {
      expect(() => orderParams(limit as unknown as NewOrder, { newClientOrderId: '' })).to.throw(
        TypeError,
        /^defaults\.newClientOrderId: expected 1 to 36 of/,
      );
    });
  });
});
