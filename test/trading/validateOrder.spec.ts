import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import fc from 'fast-check';
import type { ExchangeError } from '../../src/errors/ExchangeError.js';
import type { NewOrder } from '../../src/trading/NewOrder.js';
import { type OrderValidationMarket, validateOrder } from '../../src/trading/validateOrder.js';
import { symbolRules } from './symbolRules.js';

// BTCUSDT of the fixture: PRICE_FILTER 0.01–1000000 tick 0.01; LOT_SIZE 0.00001–9000 step 0.00001; ICEBERG_PARTS
// 100; MARKET_LOT_SIZE 0–83.97695667 step 0; TRAILING_DELTA 10–2000 both ways; PERCENT_PRICE_BY_SIDE 0.2–5 both
// sides; NOTIONAL 5–9000000 (min applies to MARKET, max does not); MAX_NUM_ORDERS 200; MAX_NUM_ALGO_ORDERS 5.
const BTC = symbolRules();
const base = { symbol: 'BTCUSDT', side: 'BUY' } as const;
const limit = (price: string, quantity: string, extra: Partial<NewOrder> = {}): NewOrder =>
  ({ ...base, type: 'LIMIT', timeInForce: 'GTC', price, quantity, ...extra }) as NewOrder;
const avg = (price: string): OrderValidationMarket => ({ averagePrice: new BigNumber(price) });

/** The error's message, or 'ok'. */
function check(order: NewOrder, symbol = BTC, market: OrderValidationMarket = {}): string {
  return validateOrder(order, symbol, market)?.message ?? 'ok';
}

function failure(order: NewOrder, symbol = BTC, market: OrderValidationMarket = {}): ExchangeError {
  const error = validateOrder(order, symbol, market);
  if (error === undefined) return expect.fail('the order passed');
  return error;
}

describe('validateOrder', () => {
  it('passes a valid order of every type', () => {
    const orders: NewOrder[] = [
      limit('50000', '0.001'),
      { ...base, type: 'MARKET', quantity: '0.001' },
      { ...base, type: 'MARKET', quoteOrderQty: '10' },
      { ...base, type: 'STOP_LOSS', quantity: '0.001', stopPrice: '60000' },
      { ...base, type: 'TAKE_PROFIT', quantity: '0.001', trailingDelta: 100 },
      { ...base, type: 'STOP_LOSS_LIMIT', quantity: '0.001', price: '60000', stopPrice: '59000', timeInForce: 'GTC' },
      { ...base, type: 'TAKE_PROFIT_LIMIT', quantity: '0.001', price: '40000', stopPrice: '41000', timeInForce: 'IOC' },
      { ...base, type: 'LIMIT_MAKER', quantity: '0.001', price: '50000', icebergQty: '0.0001' },
    ];
    for (const order of orders)
      expect(check(order, BTC, { ...avg('50000'), openOrders: 0, openAlgoOrders: 0 })).to.equal('ok');
  });

  it('builds a classified error: validation, -1013, not retryable, with the filter as reason and its context', () => {
    const error = failure(limit('50000', '0.0000005', { newClientOrderId: 'c-1' }));
    expect(error.category).to.equal('validation');
    expect(error.code).to.equal(-1013);
    expect(error.severity).to.equal('error');
    expect(error.retryable).to.equal(false);
    expect(error.reason).to.equal('LOT_SIZE');
    expect(error.context).to.deep.equal({ symbol: 'BTCUSDT', operation: 'validateOrder', clientOrderId: 'c-1' });
  });

  describe('PRICE_FILTER', () => {
    it('avoids the float trap of 70000.07 % 0.01', () => {
      expect(70000.07 % 0.01).not.to.equal(0);
      expect(check(limit('70000.07', '0.001'))).to.equal('ok');
    });

    it('rejects a price off the tick, naming the nearest valid prices', () => {
      const error = failure(limit('70000.075', '0.001'));
      expect(error.message).to.equal(
        'PRICE_FILTER: price 70000.075 is not a multiple of tickSize 0.01 from minPrice 0.01 (allowed: 0.01 to 1000000)',
      );
      expect(error.suggestions).to.deep.equal(['Use price 70000.07 or 70000.08.']);
    });

    it('accepts prices exactly on the bounds and rejects the next tick out', () => {
      expect(check(limit('0.01', '500'))).to.equal('ok');
      expect(check(limit('1000000', '0.001'))).to.equal('ok');
      expect(check(limit('0', '1'))).to.equal(
        'PRICE_FILTER: price 0 is below minPrice 0.01 (allowed: 0.01 to 1000000)',
      );
      const above = failure(limit('1000000.01', '0.001'));
      expect(above.message).to.equal(
        'PRICE_FILTER: price 1000000.01 is above maxPrice 1000000 (allowed: 0.01 to 1000000)',
      );
      expect(above.suggestions).to.deep.equal(['Use price 1000000 or less.']);
    });

    it('checks the stop price too', () => {
      const order: NewOrder = { ...base, type: 'STOP_LOSS', quantity: '0.001', stopPrice: '60000.001' };
      expect(check(order)).to.match(/^PRICE_FILTER: stopPrice 60000\.001 is not a multiple of tickSize 0\.01/);
    });

    it('measures ticks from minPrice', () => {
      const odd = symbolRules('BTCUSDT', {}, { PRICE_FILTER: { minPrice: '0.05', tickSize: '0.10' } });
      expect(check(limit('1000.05', '0.01'), odd)).to.equal('ok');
      expect(check(limit('1000.10', '0.01'), odd)).to.match(/not a multiple of tickSize 0\.1 from minPrice 0\.05/);
    });

    it('disables each rule whose value is 0', () => {
      const open = symbolRules('BTCUSDT', {}, { PRICE_FILTER: { minPrice: '0', maxPrice: '0', tickSize: '0' } });
      expect(check(limit('2000000.12345678', '0.001'), open)).to.equal('ok');
      const tickOnly = symbolRules('BTCUSDT', {}, { PRICE_FILTER: { minPrice: '0', maxPrice: '0' } });
      expect(check(limit('0.015', '1000'), tickOnly)).to.equal(
        'PRICE_FILTER: price 0.015 is not a multiple of tickSize 0.01',
      );
    });

    it('accepts every whole-cent price and refuses every half-cent one (property)', () => {
      fc.assert(
        fc.property(fc.bigInt({ min: 1n, max: 100_000_000n }), (cents) => {
          const price = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
          expect(validateOrder(limit(price, '9000'), BTC, {})?.reason ?? 'ok').to.be.oneOf(['ok', 'NOTIONAL']);
          expect(validateOrder(limit(`${price}5`, '9000'), BTC, {})?.reason).to.equal('PRICE_FILTER');
        }),
      );
    });
  });

  describe('LOT_SIZE', () => {
    it('names the filter and the allowed values', () => {
      const error = failure(limit('50000', '0.0000005'));
      expect(error.message).to.equal(
        'LOT_SIZE: quantity 0.0000005 is not a multiple of stepSize 0.00001 from minQty 0.00001 (allowed: 0.00001 to 9000)',
      );
      expect(error.suggestions).to.deep.equal(['Use quantity 0.00001.']);
    });

    it('accepts quantities exactly on the bounds', () => {
      expect(check(limit('1000', '0.00001', { price: '500000' }))).to.equal('ok');
      expect(check(limit('1', '9000'))).to.equal('ok');
    });

    it('rejects below minQty and above maxQty', () => {
      expect(check(limit('50000', '0'))).to.equal(
        'LOT_SIZE: quantity 0 is below minQty 0.00001 (allowed: 0.00001 to 9000)',
      );
      const above = failure(limit('1', '9000.00001'));
      expect(above.message).to.equal('LOT_SIZE: quantity 9000.00001 is above maxQty 9000 (allowed: 0.00001 to 9000)');
      expect(above.suggestions).to.deep.equal(['Use quantity 9000 or less.']);
    });

    it('suggests both neighbours of an off-step quantity', () => {
      expect(failure(limit('50000', '0.123455')).suggestions).to.deep.equal(['Use quantity 0.12345 or 0.12346.']);
    });

    it('checks the iceberg quantity too', () => {
      expect(check(limit('50000', '0.001', { icebergQty: '0.000015' }))).to.match(
        /^LOT_SIZE: icebergQty 0\.000015 is not a multiple of stepSize 0\.00001/,
      );
    });
  });

  describe('MARKET_LOT_SIZE', () => {
    const market = symbolRules('BTCUSDT', {}, { MARKET_LOT_SIZE: { maxQty: '80.00000000' } });

    it('applies to MARKET quantities only, with its 0 step disabled', () => {
      expect(check({ ...base, type: 'MARKET', quantity: '80' }, market)).to.equal('ok');
      expect(check({ ...base, type: 'MARKET', quantity: '80.00001' }, market)).to.equal(
        'MARKET_LOT_SIZE: quantity 80.00001 is above maxQty 80 (allowed: up to 80)',
      );
      expect(check(limit('1', '80.00001'), market)).to.equal('ok');
    });

    it('checks the step when it is set', () => {
      const stepped = symbolRules('BTCUSDT', {}, { MARKET_LOT_SIZE: { minQty: '0.001', stepSize: '0.001' } });
      expect(check({ ...base, type: 'MARKET', quantity: '0.0015' }, stepped)).to.match(
        /^MARKET_LOT_SIZE: quantity 0\.0015 is not a multiple of stepSize 0\.001 from minQty 0\.001/,
      );
    });
  });

  describe('ICEBERG_PARTS', () => {
    it('accepts exactly the limit of parts and rejects one more, suggesting the smallest iceberg that fits', () => {
      expect(check(limit('50000', '1', { icebergQty: '0.01' }))).to.equal('ok');
      const error = failure(limit('50000', '1', { icebergQty: '0.00999' }));
      expect(error.message).to.equal(
        'ICEBERG_PARTS: quantity 1 in parts of icebergQty 0.00999 makes 101 parts (allowed: up to 100)',
      );
      expect(error.suggestions).to.deep.equal(['Use icebergQty 0.01 or more.']);
    });
  });

  describe('NOTIONAL', () => {
    it('accepts price × quantity exactly at minNotional, rejects below with the quantity that reaches it', () => {
      expect(check(limit('50000', '0.0001'))).to.equal('ok');
      const error = failure(limit('50000', '0.00009'));
      expect(error.message).to.equal(
        'NOTIONAL: notional 4.5 (price 50000 × quantity 0.00009) is below minNotional 5 (allowed: 5 to 9000000)',
      );
      expect(error.suggestions).to.deep.equal(['Use quantity 0.0001 or more.']);
    });

    it('rounds the suggested quantity up onto the step', () => {
      expect(failure(limit('30000', '0.00001')).suggestions).to.deep.equal(['Use quantity 0.00017 or more.']);
    });

    it('accepts exactly maxNotional and rejects above, with the largest quantity within it', () => {
      expect(check(limit('1000000', '9'))).to.equal('ok');
      const error = failure(limit('1000000', '9.00001'));
      expect(error.message).to.equal(
        'NOTIONAL: notional 9000010 (price 1000000 × quantity 9.00001) is above maxNotional 9000000 (allowed: 5 to 9000000)',
      );
      expect(error.suggestions).to.deep.equal(['Use quantity 9 or less.']);
    });

    it('values a MARKET quoteOrderQty as is, and applies only the bounds that apply to MARKET', () => {
      expect(check({ ...base, type: 'MARKET', quoteOrderQty: '5' })).to.equal('ok');
      expect(check({ ...base, type: 'MARKET', quoteOrderQty: '4.99999999' })).to.equal(
        'NOTIONAL: notional 4.99999999 (quoteOrderQty) is below minNotional 5 (allowed: 5 or more)',
      );
      expect(check({ ...base, type: 'MARKET', quoteOrderQty: '10000000' })).to.equal('ok');
      const lenient = symbolRules('BTCUSDT', {}, { NOTIONAL: { applyMinToMarket: false, applyMaxToMarket: true } });
      expect(check({ ...base, type: 'MARKET', quoteOrderQty: '1' }, lenient)).to.equal('ok');
      expect(check({ ...base, type: 'MARKET', quoteOrderQty: '9000000.01' }, lenient)).to.match(
        /^NOTIONAL: notional 9000000\.01 \(quoteOrderQty\) is above maxNotional 9000000/,
      );
    });

    it('values a MARKET quantity at the average price when it is given', () => {
      const order: NewOrder = { ...base, type: 'MARKET', quantity: '0.0001' };
      expect(check(order)).to.equal('ok');
      expect(check(order, BTC, avg('50000'))).to.equal('ok');
      expect(check(order, BTC, avg('49999.99'))).to.equal(
        'NOTIONAL: notional 4.999999 (quantity 0.0001 × average price 49999.99) is below minNotional 5 (allowed: 5 or more)',
      );
    });

    it('leaves STOP_LOSS and TAKE_PROFIT (no price) to the server', () => {
      expect(check({ ...base, type: 'STOP_LOSS', quantity: '0.00001', stopPrice: '1' }, BTC, avg('1'))).to.equal('ok');
    });

    it('values stop-limit orders at their limit price', () => {
      const order: NewOrder = {
        ...base,
        type: 'STOP_LOSS_LIMIT',
        quantity: '0.00001',
        price: '1000',
        stopPrice: '1000',
        timeInForce: 'GTC',
      };
      expect(check(order)).to.match(
        /^NOTIONAL: notional 0\.01 \(price 1000 × quantity 0\.00001\) is below minNotional 5/,
      );
    });
  });

  describe('MIN_NOTIONAL (legacy) and PERCENT_PRICE', () => {
    const ETH = symbolRules('ETHBTC', { status: 'TRADING' });

    it('checks MIN_NOTIONAL, on MARKET orders when applyToMarket', () => {
      expect(
        check({ ...base, symbol: 'ETHBTC', type: 'LIMIT', price: '0.05', quantity: '0.02', timeInForce: 'GTC' }, ETH),
      ).to.equal('ok');
      expect(
        check({ ...base, symbol: 'ETHBTC', type: 'LIMIT', price: '0.05', quantity: '0.019', timeInForce: 'GTC' }, ETH),
      ).to.equal(
        'MIN_NOTIONAL: notional 0.00095 (price 0.05 × quantity 0.019) is below minNotional 0.001 (allowed: 0.001 or more)',
      );
      expect(check({ ...base, symbol: 'ETHBTC', type: 'MARKET', quantity: '0.001' }, ETH, avg('0.05'))).to.match(
        /^MIN_NOTIONAL: notional 0\.00005 \(quantity 0\.001 × average price 0\.05\)/,
      );
      const notForMarket = symbolRules('ETHBTC', { status: 'TRADING' }, { MIN_NOTIONAL: { applyToMarket: false } });
      expect(
        check({ ...base, symbol: 'ETHBTC', type: 'MARKET', quantity: '0.001' }, notForMarket, avg('0.05')),
      ).to.equal('ok');
    });

    it('checks PERCENT_PRICE bounds, inclusive', () => {
      const at = (price: string) =>
        check({ ...base, symbol: 'ETHBTC', type: 'LIMIT', price, quantity: '1', timeInForce: 'GTC' }, ETH, avg('0.05'));
      expect(at('0.035')).to.equal('ok');
      expect(at('0.065')).to.equal('ok');
      expect(at('0.034999')).to.equal(
        'PERCENT_PRICE: price 0.034999 is below 0.7 × average price 0.05 = 0.035 (allowed: 0.035 to 0.065)',
      );
      expect(at('0.065001')).to.equal(
        'PERCENT_PRICE: price 0.065001 is above 1.3 × average price 0.05 = 0.065 (allowed: 0.035 to 0.065)',
      );
    });
  });

  describe('PERCENT_PRICE_BY_SIDE', () => {
    const sided = symbolRules(
      'BTCUSDT',
      {},
      {
        PERCENT_PRICE_BY_SIDE: {
          bidMultiplierUp: '1.2',
          bidMultiplierDown: '0.8',
          askMultiplierUp: '1.5',
          askMultiplierDown: '0.5',
        },
      },
    );

    it('bounds BUY prices with the bid multipliers, inclusive', () => {
      expect(check(limit('40000', '0.001'), sided, avg('50000'))).to.equal('ok');
      expect(check(limit('60000', '0.001'), sided, avg('50000'))).to.equal('ok');
      expect(check(limit('39999.99', '0.001'), sided, avg('50000'))).to.equal(
        'PERCENT_PRICE_BY_SIDE: BUY price 39999.99 is below 0.8 × average price 50000 = 40000 (allowed: 40000 to 60000)',
      );
      expect(check(limit('60000.01', '0.001'), sided, avg('50000'))).to.equal(
        'PERCENT_PRICE_BY_SIDE: BUY price 60000.01 is above 1.2 × average price 50000 = 60000 (allowed: 40000 to 60000)',
      );
    });

    it('bounds SELL prices with the ask multipliers', () => {
      const sell = (price: string) => limit(price, '0.001', { side: 'SELL' });
      expect(check(sell('25000'), sided, avg('50000'))).to.equal('ok');
      expect(check(sell('75000'), sided, avg('50000'))).to.equal('ok');
      expect(check(sell('75000.01'), sided, avg('50000'))).to.match(
        /^PERCENT_PRICE_BY_SIDE: SELL price 75000\.01 is above 1\.5/,
      );
      expect(check(sell('24999.99'), sided, avg('50000'))).to.match(/below 0\.5 × average price 50000 = 25000/);
    });

    it('is skipped without an average price, and for MARKET and stop orders', () => {
      expect(check(limit('1000000', '0.001'), sided)).to.equal('ok');
      const stopLimit: NewOrder = {
        ...base,
        type: 'STOP_LOSS_LIMIT',
        quantity: '0.001',
        price: '90000',
        stopPrice: '90000',
        timeInForce: 'GTC',
      };
      expect(check(stopLimit, sided, avg('50000'))).to.equal('ok');
    });
  });

  describe('TRAILING_DELTA', () => {
    const bounds = symbolRules(
      'BTCUSDT',
      {},
      {
        TRAILING_DELTA: {
          minTrailingAboveDelta: 10,
          maxTrailingAboveDelta: 2000,
          minTrailingBelowDelta: 20,
          maxTrailingBelowDelta: 1000,
        },
      },
    );
    const trailing = (type: 'STOP_LOSS' | 'TAKE_PROFIT', side: 'BUY' | 'SELL', delta: number): NewOrder =>
      ({ symbol: 'BTCUSDT', side, type, quantity: '0.001', trailingDelta: delta }) as NewOrder;

    it('uses the above bounds for STOP_LOSS BUY and TAKE_PROFIT SELL, inclusive', () => {
      expect(check(trailing('STOP_LOSS', 'BUY', 10), bounds)).to.equal('ok');
      expect(check(trailing('TAKE_PROFIT', 'SELL', 2000), bounds)).to.equal('ok');
      expect(check(trailing('STOP_LOSS', 'BUY', 9), bounds)).to.equal(
        'TRAILING_DELTA: trailingDelta 9 is below minTrailingAboveDelta 10 (allowed: 10 to 2000)',
      );
      expect(check(trailing('TAKE_PROFIT', 'SELL', 2001), bounds)).to.equal(
        'TRAILING_DELTA: trailingDelta 2001 is above maxTrailingAboveDelta 2000 (allowed: 10 to 2000)',
      );
    });

    it('uses the below bounds for STOP_LOSS SELL and TAKE_PROFIT BUY', () => {
      expect(check(trailing('STOP_LOSS', 'SELL', 15), bounds)).to.equal(
        'TRAILING_DELTA: trailingDelta 15 is below minTrailingBelowDelta 20 (allowed: 20 to 1000)',
      );
      expect(check(trailing('TAKE_PROFIT', 'BUY', 1001), bounds)).to.match(/above maxTrailingBelowDelta 1000/);
      expect(check(trailing('TAKE_PROFIT', 'BUY', 20), bounds)).to.equal('ok');
    });
  });

  describe('MAX_NUM_ORDERS and MAX_NUM_ALGO_ORDERS', () => {
    it('counts the order being placed', () => {
      expect(check(limit('50000', '0.001'), BTC, { openOrders: 199 })).to.equal('ok');
      expect(check(limit('50000', '0.001'), BTC, { openOrders: 200 })).to.equal(
        'MAX_NUM_ORDERS: 200 open orders on the symbol, one more would exceed maxNumOrders 200 (allowed: up to 200)',
      );
      expect(check(limit('50000', '0.001'), BTC, {})).to.equal('ok');
    });

    it('counts algo orders for stop and take-profit types only', () => {
      const stop: NewOrder = { ...base, type: 'STOP_LOSS', quantity: '0.001', stopPrice: '60000' };
      expect(check(stop, BTC, { openAlgoOrders: 4 })).to.equal('ok');
      expect(check(stop, BTC, { openAlgoOrders: 5 })).to.match(
        /^MAX_NUM_ALGO_ORDERS: 5 open stop and take-profit orders/,
      );
      expect(check(limit('50000', '0.001'), BTC, { openAlgoOrders: 5 })).to.equal('ok');
    });
  });

  describe('the symbol’s own rules', () => {
    it('refuses a symbol that is not TRADING as Binance would (-1013, MARKET_CLOSED)', () => {
      const error = failure({ ...base, symbol: 'ETHBTC', type: 'MARKET', quantity: '1' }, symbolRules('ETHBTC'));
      expect(error.message).to.equal('MARKET_CLOSED: ETHBTC is BREAK (allowed: TRADING)');
      expect(error.code).to.equal(-1013);
      expect(error.reason).to.equal('MARKET_CLOSED');
    });

    it('refuses an order type the symbol does not support', () => {
      const eth = symbolRules('ETHBTC', { status: 'TRADING' });
      const error = failure({ ...base, symbol: 'ETHBTC', type: 'STOP_LOSS', quantity: '1', stopPrice: '0.05' }, eth);
      expect(error.message).to.equal(
        'STOP_LOSS_NOT_SUPPORTED: STOP_LOSS orders are not supported for ETHBTC (allowed: LIMIT, LIMIT_MAKER, MARKET)',
      );
      const noMarket = symbolRules('BTCUSDT', { orderTypes: ['LIMIT'] });
      expect(failure({ ...base, type: 'MARKET', quantity: '1' }, noMarket).reason).to.equal(
        'MARKET_ORDERS_NOT_SUPPORTED',
      );
      expect(failure({ ...base, type: 'TAKE_PROFIT', quantity: '1', stopPrice: '1' }, noMarket).reason).to.equal(
        'TAKE_PROFIT_NOT_SUPPORTED',
      );
      expect(failure({ ...base, type: 'LIMIT_MAKER', quantity: '1', price: '1' }, noMarket).reason).to.equal(
        'ORDER_TYPE_NOT_SUPPORTED',
      );
    });

    it('refuses icebergs, quote-quantity MARKET orders and trailing stops the symbol does not allow', () => {
      const strict = symbolRules('BTCUSDT', {
        icebergAllowed: false,
        quoteOrderQtyMarketAllowed: false,
        allowTrailingStop: false,
      });
      expect(failure(limit('50000', '0.01', { icebergQty: '0.001' }), strict).reason).to.equal('ICEBERG_NOT_SUPPORTED');
      expect(failure({ ...base, type: 'MARKET', quoteOrderQty: '10' }, strict).reason).to.equal(
        'QUOTE_ORDER_QTY_NOT_SUPPORTED',
      );
      expect(failure({ ...base, type: 'STOP_LOSS', quantity: '1', trailingDelta: 50 }, strict).reason).to.equal(
        'TRAILING_STOP_NOT_SUPPORTED',
      );
    });

    it('refuses more decimals than the asset precision with -1111, before any filter', () => {
      const error = failure(limit('50000', '0.000000001'));
      expect(error.message).to.equal('BAD_PRECISION: quantity 0.000000001 has 9 decimals (allowed: up to 8 for BTC)');
      expect(error.code).to.equal(-1111);
      expect(error.reason).to.equal('BAD_PRECISION');
      expect(error.suggestions).to.deep.equal(['Use quantity 0.']);
      expect(check(limit('50000.123456789', '0.001'))).to.equal(
        'BAD_PRECISION: price 50000.123456789 has 9 decimals (allowed: up to 8 for USDT)',
      );
      expect(check({ ...base, type: 'MARKET', quoteOrderQty: '10.000000001' })).to.match(
        /^BAD_PRECISION: quoteOrderQty/,
      );
    });

    it('does not count trailing zeros as decimals', () => {
      expect(check(limit('50000.000000000000', '0.00100000000000'))).to.equal('ok');
    });
  });

  it('reports the first broken rule in the documented order', () => {
    // Off-tick price, off-step quantity and a tiny notional: PRICE_FILTER comes first.
    expect(failure(limit('1.001', '0.000015')).reason).to.equal('PRICE_FILTER');
    expect(failure(limit('1', '0.000015')).reason).to.equal('LOT_SIZE');
    expect(failure(limit('1', '0.00002')).reason).to.equal('NOTIONAL');
  });

  it('accepts a lower-case order symbol and BigNumber amounts', () => {
    expect(
      check({
        ...base,
        symbol: 'btcusdt',
        type: 'LIMIT',
        timeInForce: 'GTC',
        price: new BigNumber('5e4'),
        quantity: new BigNumber('1e-3'),
      }),
    ).to.equal('ok');
  });

  it('throws a TypeError when the rules are those of another symbol, or an amount is malformed', () => {
    expect(() => validateOrder(limit('1', '1'), symbolRules('ETHBTC'))).to.throw(
      TypeError,
      'validateOrder: the order is for BTCUSDT but the rules given are those of ETHBTC',
    );
    expect(() => validateOrder(limit('1', '1e-3'), BTC)).to.throw(
      TypeError,
      /^quantity: expected a non-negative decimal/,
    );
  });
});
