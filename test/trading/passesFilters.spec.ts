import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import fc from 'fast-check';
import type { NewOrder } from '../../src/trading/NewOrder.js';
import { orderViolation } from '../../src/trading/orderViolation.js';
import { passesFilters } from '../../src/trading/passesFilters.js';
import type { OrderValidationMarket } from '../../src/trading/validateOrder.js';
import { symbolRules } from './symbolRules.js';

// Bounds and amounts are drawn so that every rule passes, fails and sits exactly on its bound often: amounts mostly
// from a small set whose products and ratios meet the bounds (5 × 0.2 = 1, 100 × 10 = 1000), else random decimals of
// up to 6 places.
const amountOf = (maxUnits: number) =>
  fc.oneof(
    {
      arbitrary: fc.constantFrom('0.01', '0.05', '0.2', '1', '5', '10', '25', '100', '125', '1000', '0.00001', '0.001'),
      weight: 3,
    },
    {
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: maxUnits }), fc.integer({ min: 0, max: 6 }))
        .map(([units, scale]) => new BigNumber(units).shiftedBy(-scale).toFixed()),
      weight: 1,
    },
  );
const mostly = <T>(usual: T, other: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: fc.constant(usual), weight: 4 }, { arbitrary: other, weight: 1 });
const multiplier = fc.constantFrom('0', '0.2', '0.8', '1', '1.2', '5');

const filters = fc.record({
  price: fc.record({
    minPrice: fc.constantFrom('0', '0.01', '1', '100'),
    maxPrice: fc.constantFrom('0', '1000', '1000000'),
    tickSize: fc.constantFrom('0', '0.01', '0.05', '1', '25'),
  }),
  lot: fc.record({
    minQty: fc.constantFrom('0', '0.00001', '0.001', '1'),
    maxQty: fc.constantFrom('0', '10', '9000'),
    stepSize: fc.constantFrom('0', '0.00001', '0.001', '0.5', '1'),
  }),
  marketLot: fc.option(
    fc.record({
      minQty: fc.constantFrom('0', '0.1'),
      maxQty: fc.constantFrom('0', '50'),
      stepSize: fc.constantFrom('0', '0.01'),
    }),
  ),
  sided: fc.option(fc.tuple(multiplier, multiplier, multiplier, multiplier)),
  percent: fc.option(fc.tuple(multiplier, multiplier)),
  notional: fc.option(
    fc.tuple(fc.constantFrom('0', '5', '1000'), fc.boolean(), fc.constantFrom('0', '100', '1000000'), fc.boolean()),
  ),
  minNotional: fc.option(fc.tuple(fc.constantFrom('0', '5', '1000'), fc.boolean())),
  maxNumOrders: fc.option(fc.integer({ min: 1, max: 5 })),
  maxNumAlgoOrders: fc.option(fc.integer({ min: 1, max: 5 })),
});

const ORDER_TYPES = ['LIMIT', 'LIMIT_MAKER', 'MARKET', 'STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'];
const symbol = fc
  .record({
    filters,
    status: mostly('TRADING', fc.constant('BREAK')),
    orderTypes: mostly(ORDER_TYPES, fc.subarray(ORDER_TYPES)),
    quoteOrderQtyMarketAllowed: mostly(true, fc.constant(false)),
    baseAssetPrecision: mostly(8, fc.integer({ min: 0, max: 8 })),
    quoteAssetPrecision: mostly(8, fc.integer({ min: 0, max: 8 })),
  })
  .map(({ filters: f, ...fields }) =>
    symbolRules('BTCUSDT', {
      ...fields,
      quotePrecision: fields.quoteAssetPrecision,
      filters: [
        { filterType: 'PRICE_FILTER', ...f.price },
        { filterType: 'LOT_SIZE', ...f.lot },
        ...(f.marketLot === null ? [] : [{ filterType: 'MARKET_LOT_SIZE', ...f.marketLot }]),
        ...(f.sided === null
          ? []
          : [
              {
                filterType: 'PERCENT_PRICE_BY_SIDE',
                bidMultiplierUp: f.sided[0],
                bidMultiplierDown: f.sided[1],
                askMultiplierUp: f.sided[2],
                askMultiplierDown: f.sided[3],
                avgPriceMins: 5,
              },
            ]),
        ...(f.percent === null
          ? []
          : [
              {
                filterType: 'PERCENT_PRICE',
                multiplierUp: f.percent[0],
                multiplierDown: f.percent[1],
                avgPriceMins: 5,
              },
            ]),
        ...(f.notional === null
          ? []
          : [
              {
                filterType: 'NOTIONAL',
                minNotional: f.notional[0],
                applyMinToMarket: f.notional[1],
                maxNotional: f.notional[2],
                applyMaxToMarket: f.notional[3],
                avgPriceMins: 5,
              },
            ]),
        ...(f.minNotional === null
          ? []
          : [
              {
                filterType: 'MIN_NOTIONAL',
                minNotional: f.minNotional[0],
                applyToMarket: f.minNotional[1],
                avgPriceMins: 5,
              },
            ]),
        ...(f.maxNumOrders === null ? [] : [{ filterType: 'MAX_NUM_ORDERS', maxNumOrders: f.maxNumOrders }]),
        ...(f.maxNumAlgoOrders === null
          ? []
          : [{ filterType: 'MAX_NUM_ALGO_ORDERS', maxNumAlgoOrders: f.maxNumAlgoOrders }]),
      ],
    }),
  );

const side = fc.constantFrom('BUY', 'SELL');
const price = amountOf(2_000_000_000);
const quantity = amountOf(100_000_000);
const order: fc.Arbitrary<NewOrder> = fc
  .oneof(
    fc.record({ side, type: fc.constantFrom('LIMIT', 'LIMIT_MAKER'), price, quantity }),
    fc.record({ side, type: fc.constant('MARKET'), quantity }),
    fc.record({ side, type: fc.constant('MARKET'), quoteOrderQty: price }),
    fc.record({ side, type: fc.constant('STOP_LOSS'), quantity, stopPrice: price }),
    fc.record({
      side,
      type: fc.constantFrom('STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'),
      price,
      quantity,
      stopPrice: price,
    }),
  )
  .map((o) => ({ symbol: 'BTCUSDT', timeInForce: 'GTC', ...o }) as NewOrder);

const market: fc.Arbitrary<OrderValidationMarket> = fc.record(
  {
    averagePrice: price.map((p) => new BigNumber(p)),
    openOrders: fc.integer({ min: 0, max: 6 }),
    openAlgoOrders: fc.integer({ min: 0, max: 6 }),
  },
  { requiredKeys: [] },
);

describe('passesFilters', () => {
  it('gives the full check’s verdict on every order it does not leave to it', () => {
    fc.assert(
      fc.property(symbol, order, market, (rules, o, m) => {
        const violation = orderViolation(o, rules, m);
        expect(passesFilters(o, rules, m)).to.equal(violation === undefined, violation?.details);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on prices exactly at a percent-price bound', () => {
    // The price is the average times one of the symbol's multipliers: on a bound, unless another rule decides.
    const onBound = fc
      .tuple(symbol, fc.constantFrom('1', '5', '25', '100', '125', '1000'), side, fc.nat(5), quantity)
      .map(([rules, average, s, which, q]) => {
        const f = rules.filters;
        const multipliers = [
          f.percentPriceBySide?.bidMultiplierUp,
          f.percentPriceBySide?.bidMultiplierDown,
          f.percentPriceBySide?.askMultiplierUp,
          f.percentPriceBySide?.askMultiplierDown,
          f.percentPrice?.multiplierUp,
          f.percentPrice?.multiplierDown,
        ];
        const m = multipliers[which] ?? new BigNumber(1);
        const p = new BigNumber(average).times(m.isZero() ? 1 : m).toFixed();
        const o = { symbol: 'BTCUSDT', side: s, type: 'LIMIT', timeInForce: 'GTC', price: p, quantity: q } as const;
        return [rules, o, { averagePrice: new BigNumber(average) }] as const;
      });
    fc.assert(
      fc.property(onBound, ([rules, o, m]) => {
        const violation = orderViolation(o, rules, m);
        expect(passesFilters(o, rules, m)).to.equal(violation === undefined, violation?.details);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves icebergs, trailing stops and a non-finite average price to the full check', () => {
    const rules = symbolRules();
    const limit = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price: '50000' } as const;
    expect(passesFilters({ ...limit, quantity: '0.01', icebergQty: '0.001' }, rules, {})).to.equal(false);
    const stop = { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '0.01', trailingDelta: 100 } as const;
    expect(passesFilters(stop, rules, {})).to.equal(false);
    expect(passesFilters({ ...limit, quantity: '0.01' }, rules, { averagePrice: new BigNumber(NaN) })).to.equal(false);
    expect(passesFilters({ ...limit, quantity: '0.01' }, rules, { averagePrice: new BigNumber('50000') })).to.equal(
      true,
    );
  });

  it('reads BigNumber amounts and throws on malformed ones as the full check does', () => {
    const rules = symbolRules();
    const order = {
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      price: new BigNumber('50000'),
      quantity: new BigNumber('1e-3'),
    } as const;
    expect(passesFilters(order, rules, {})).to.equal(true);
    const malformed = { ...order, quantity: '1e-3' };
    expect(() => passesFilters(malformed, rules, {})).to.throw(TypeError, 'quantity');
    expect(() => orderViolation(malformed, rules, {})).to.throw(TypeError, 'quantity');
  });
});
