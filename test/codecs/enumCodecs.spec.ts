import { expect } from 'chai';
import { either } from 'fp-ts';
import fc from 'fast-check';
import {
  closedEnum,
  OrderSideValue,
  OrderStatusValue,
  OrderTypeValue,
  openEnum,
  RateLimitIntervalValue,
  RateLimitTypeValue,
  SelfTradePreventionModeValue,
  SymbolStatusValue,
  TimeInForceValue,
} from '../../src/codecs/enumCodecs.js';
import { describe as describeValue } from '../../src/codecs/primitives.js';
import {
  ORDER_SIDES,
  ORDER_STATUSES,
  ORDER_TYPES,
  RATE_LIMIT_INTERVALS,
  RATE_LIMIT_TYPES,
  SELF_TRADE_PREVENTION_MODES,
  SYMBOL_STATUSES,
  TIME_IN_FORCE_VALUES,
} from '../../src/trading/orderEnums.js';
import { restErrorLines } from '../fixtures/rest/restCodecTable.js';

describe('enum codecs', () => {
  const open = [
    [OrderTypeValue, ORDER_TYPES],
    [OrderStatusValue, ORDER_STATUSES],
    [TimeInForceValue, TIME_IN_FORCE_VALUES],
    [SelfTradePreventionModeValue, SELF_TRADE_PREVENTION_MODES],
    [SymbolStatusValue, SYMBOL_STATUSES],
    [RateLimitTypeValue, RATE_LIMIT_TYPES],
    [RateLimitIntervalValue, RATE_LIMIT_INTERVALS],
  ] as const;

  for (const [codec, values] of open) {
    describe(codec.name, () => {
      it('accepts every known value', () => {
        for (const value of values) expect(codec.is(value), value).to.equal(true);
      });

      it('accepts a value Binance may add later, as sent', () => {
        const result = codec.decode('SOMETHING_NEW_2');
        expect(either.isRight(result) && result.right).to.equal('SOMETHING_NEW_2');
      });

      it('rejects what is not an upper-case identifier, saying what it expects', () => {
        for (const wrong of ['', 'new', 'New', '_NEW', '2NEW', 'NEW ', 'NEW-1', 5, null, undefined, true, {}]) {
          expect(codec.is(wrong), describeValue(wrong)).to.equal(false);
        }
        expect(restErrorLines(codec, 'filled')[0]).to.match(
          /expected an upper-case enum value such as .*, got "filled"/,
        );
      });
    });
  }

  describe('OrderSideValue (closed)', () => {
    it('accepts BUY and SELL only', () => {
      for (const side of ORDER_SIDES) expect(OrderSideValue.is(side)).to.equal(true);
      expect(OrderSideValue.is('HOLD')).to.equal(false);
      expect(restErrorLines(OrderSideValue, 'buy')).to.deep.equal(['<root>: expected one of BUY, SELL, got "buy"']);
    });
  });

  it('closedEnum accepts exactly its values (property)', () => {
    const codec = closedEnum('Colors', ['RED', 'GREEN']);
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(codec.is(s)).to.equal(s === 'RED' || s === 'GREEN');
      }),
    );
  });

  it('openEnum accepts a string iff it is known or an upper-case identifier (property)', () => {
    const codec = openEnum('Letters', ['a_known_lower'] as const);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[A-Z][A-Z0-9_]{0,10}$/)), (s) => {
        expect(codec.is(s)).to.equal(s === 'a_known_lower' || /^[A-Z][A-Z0-9_]*$/.test(s));
      }),
    );
  });
});
