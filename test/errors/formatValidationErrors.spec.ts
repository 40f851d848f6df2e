import { expect } from 'chai';
import { either } from 'fp-ts';
import * as t from 'io-ts';
import { Decimal } from '../../src/codecs/primitives.js';
import { wireType } from '../../src/codecs/wireType.js';
import { formatValidationErrors } from '../../src/errors/formatValidationErrors.js';

function errorsOf(codec: t.Mixed, u: unknown): t.Errors {
  const result = codec.decode(u);
  if (either.isRight(result)) expect.fail('expected a failure');
  return result.left;
}

describe('formatValidationErrors', () => {
  it('prints path: message for each error, nested keys joined by dots', () => {
    const Candle = wireType('Candle', { o: Decimal });
    const Kline = wireType('Kline', { s: Decimal, k: Candle });
    expect(formatValidationErrors(errorsOf(Kline, { s: 1, k: { o: 'x' } }))).to.deep.equal([
      's: expected a decimal string, got 1',
      'k.o: expected a decimal string, got "x"',
    ]);
  });

  it('names the root when the payload itself is wrong', () => {
    expect(formatValidationErrors(errorsOf(Decimal, 5))).to.deep.equal(['<root>: expected a decimal string, got 5']);
  });

  it('falls back to the value when a codec gives no message, keeping the path and array indices', () => {
    const codec = t.type({ list: t.array(t.string) });
    expect(formatValidationErrors(errorsOf(codec, { list: ['a', 2] }))).to.deep.equal(['list.1: invalid value 2']);
  });

  it('describes a bad value briefly', () => {
    const codec = t.type({ a: t.number, b: t.number, c: t.number });
    expect(formatValidationErrors(errorsOf(codec, { a: 'x'.repeat(60), b: [1, 2, 3], c: 2n }))).to.deep.equal([
      `a: invalid value "${'x'.repeat(40)}…"`,
      'b: invalid value an array of 3',
      'c: invalid value 2n',
    ]);
  });

  it('returns no lines for no errors', () => {
    expect(formatValidationErrors([])).to.deep.equal([]);
  });
});
