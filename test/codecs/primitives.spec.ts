import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import { either } from 'fp-ts';
import fc from 'fast-check';
import * as t from 'io-ts';
import {
  Count,
  Decimal,
  describe as describeValue,
  Epoch,
  Flag,
  Id,
  isCount,
  isDecimalString,
  isEpoch,
  isRecord,
  isText,
  isWireId,
  isWireLevels,
  Levels,
  Literal,
  primitive,
  Text,
} from '../../src/codecs/primitives.js';
import { formatValidationErrors } from '../../src/errors/formatValidationErrors.js';
import { decimalArb } from './wireArbitraries.js';

function lines(codec: t.Mixed, u: unknown): string[] {
  const result = codec.decode(u);
  return either.isLeft(result) ? formatValidationErrors(result.left) : [];
}

describe('primitives', () => {
  describe('isDecimalString', () => {
    it('accepts Binance decimals', () => {
      for (const s of ['0', '0.001', '100', '-12.5', '0.00000001', '25776.86000000', '2121553403.37109243', '007']) {
        expect(isDecimalString(s), s).to.equal(true);
      }
    });

    it('rejects exponents, signs, spaces, bare dots, non-ASCII digits and non-strings', () => {
      const rejected: unknown[] = ['', '-', '.', '1.', '.5', '+1', '1e5', '1E-8', ' 1', '1 ', '1\n', '1.2.3', '--1'];
      rejected.push('0x10', 'NaN', 'Infinity', '١٢', 1, 1n, null, undefined, ['1'], new String('1'));
      for (const u of rejected) expect(isDecimalString(u), describeValue(u)).to.equal(false);
    });

    it('accepts exactly the strings BigNumber reads back to the same digits (property)', () => {
      fc.assert(
        fc.property(decimalArb, (s) => {
          expect(isDecimalString(s)).to.equal(true);
          expect(new BigNumber(s).isEqualTo(s)).to.equal(true);
        }),
      );
      fc.assert(
        fc.property(fc.stringMatching(/^[-+.0-9e ]{0,6}$/), (s) => {
          const wellFormed = /^-?[0-9]+(\.[0-9]+)?$/.test(s);
          expect(isDecimalString(s)).to.equal(wellFormed);
        }),
      );
    });
  });

  it('isWireId accepts safe integers (with the -1 sentinel) and bigints only', () => {
    for (const u of [0, 1, -1, Number.MAX_SAFE_INTEGER, 2n ** 60n + 1n, -1n]) {
      expect(isWireId(u), describeValue(u)).to.equal(true);
    }
    for (const u of [1.5, NaN, Infinity, 2 ** 53, '1', null, undefined, true]) {
      expect(isWireId(u), describeValue(u)).to.equal(false);
    }
  });

  it('isEpoch and isCount accept non-negative safe integers only (milliseconds or microseconds)', () => {
    for (const is of [isEpoch, isCount]) {
      for (const u of [0, 1672515782136, 1672515782136123]) expect(is(u)).to.equal(true);
      for (const u of [-1, 1.5, 2 ** 53, 1n, '1672515782136', null]) expect(is(u)).to.equal(false);
    }
  });

  it('isText accepts non-empty strings only', () => {
    expect(isText('BTCUSDT')).to.equal(true);
    expect(isText('这是测试币456')).to.equal(true);
    for (const u of ['', 1, null, undefined, ['a']]) expect(isText(u)).to.equal(false);
  });

  it('isRecord accepts objects (null-prototype too) but not arrays or null', () => {
    expect(isRecord({})).to.equal(true);
    expect(isRecord(Object.create(null))).to.equal(true);
    for (const u of [null, [], 'x', 1, undefined]) expect(isRecord(u)).to.equal(false);
  });

  it('isWireLevels accepts lists of decimal pairs only', () => {
    expect(isWireLevels([])).to.equal(true);
    expect(isWireLevels([['0.0024', '10']])).to.equal(true);
    for (const u of [[['0.0024']], [['0.0024', '10', '1']], [['0.0024', 10]], [null], {}, '[]', [[]]]) {
      expect(isWireLevels(u), JSON.stringify(u)).to.equal(false);
    }
    // eslint-disable-next-line no-sparse-arrays -- a hole is not a level
    expect(isWireLevels([, ['1', '2']])).to.equal(false);
  });

  describe('describe', () => {
    it('renders a value briefly for an error message', () => {
      expect(describeValue('abc')).to.equal('"abc"');
      expect(describeValue('x'.repeat(50))).to.equal(`"${'x'.repeat(40)}…"`);
      expect(describeValue(12n)).to.equal('12n');
      expect(describeValue(null)).to.equal('null');
      expect(describeValue(undefined)).to.equal('undefined');
      expect(describeValue(1.5)).to.equal('1.5');
      expect(describeValue([1, 2])).to.equal('an array of 2');
      expect(describeValue({ a: 1 })).to.equal('an object');
      expect(describeValue(Object.create(null))).to.equal('an object');
      expect(describeValue(() => 1)).to.equal('a function');
      expect(describeValue(Symbol('s'))).to.equal('Symbol(s)');
    });

    it('never throws (property)', () => {
      fc.assert(
        fc.property(fc.anything({ withBigInt: true, withNullPrototype: true, withBoxedValues: true }), (u) => {
          expect(describeValue(u)).to.be.a('string');
        }),
      );
    });
  });

  describe('codecs', () => {
    const table: [t.Mixed, unknown, unknown, string][] = [
      [Decimal, '0.001', 0.001, 'expected a decimal string, got 0.001'],
      [Id, 12345, '12345', 'expected an integer id, got "12345"'],
      [Epoch, 1672515782136, -1, 'expected an epoch timestamp, got -1'],
      [Count, 18151, 1.5, 'expected a non-negative integer, got 1.5'],
      [Levels, [['1', '2']], 'x', 'expected a list of [price, quantity] pairs, got "x"'],
      [Text, 'BNBBTC', '', 'expected a non-empty string, got ""'],
      [Flag, false, 'false', 'expected a boolean, got "false"'],
    ];
    for (const [codec, valid, invalid, message] of table) {
      it(`${codec.name} decodes a valid value to itself and names an invalid one`, () => {
        const result = codec.decode(valid);
        expect(either.isRight(result) && result.right).to.equal(valid);
        expect(codec.encode(valid)).to.equal(valid);
        expect(lines(codec, invalid)).to.deep.equal([`<root>: ${message}`]);
      });
    }

    it('Levels names each bad level and member, holes included', () => {
      // eslint-disable-next-line no-sparse-arrays -- a hole is a bad level
      const levels = [['1', '2'], ['1', 2], 'x', ['a', 'b'], , ['1']];
      expect(lines(Levels, levels)).to.deep.equal([
        '1.1: expected a decimal string, got 2',
        '2: expected a [price, quantity] pair, got "x"',
        '3.0: expected a decimal string, got "a"',
        '3.1: expected a decimal string, got "b"',
        '4: expected a [price, quantity] pair, got undefined',
        '5: expected a [price, quantity] pair, got an array of 1',
      ]);
    });
  });

  it('primitive builds a codec from a guard, with the expected value in its message', () => {
    const Even = primitive('Even', (u): u is number => typeof u === 'number' && u % 2 === 0, 'an even number');
    expect(Even.name).to.equal('Even');
    expect(Even.is(4)).to.equal(true);
    expect(lines(Even, 3)).to.deep.equal(['<root>: expected an even number, got 3']);
  });

  it('Literal accepts one exact string, exposes it, and names it in its message', () => {
    const AggTradeEvent = Literal('aggTrade');
    expect(AggTradeEvent).to.be.instanceOf(t.LiteralType);
    expect(AggTradeEvent.value).to.equal('aggTrade');
    expect(AggTradeEvent.name).to.equal('"aggTrade"');
    expect(AggTradeEvent.is('aggTrade')).to.equal(true);
    expect(AggTradeEvent.is('AGGTRADE')).to.equal(false);
    expect(lines(AggTradeEvent, 'trade')).to.deep.equal(['<root>: expected "aggTrade", got "trade"']);
  });
});
