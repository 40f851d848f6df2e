import { expect } from 'chai';
import { either } from 'fp-ts';
import fc from 'fast-check';
import sinon from 'sinon';
import { Decimal, Epoch, Text } from '../../src/codecs/primitives.js';
import { nullable, optional, wireType } from '../../src/codecs/wireType.js';
import { formatValidationErrors } from '../../src/errors/formatValidationErrors.js';

const Inner = wireType('Inner', { o: Decimal, c: Decimal });
const Outer = wireType('Outer', { s: Text, E: Epoch, k: Inner, r: nullable(Decimal), x: optional(Decimal) });

const valid = (): Record<string, unknown> => ({ s: 'BTCUSDT', E: 1, k: { o: '1', c: '2' }, r: '3' });

function lines(u: unknown): string[] {
  const result = Outer.decode(u);
  return either.isLeft(result) ? formatValidationErrors(result.left) : [];
}

describe('wireType', () => {
  it('decodes to the parsed object itself, extra keys kept', () => {
    const payload = { ...valid(), M: true };
    const result = Outer.decode(payload);
    expect(either.isRight(result) && result.right).to.equal(payload);
    expect(payload.M).to.equal(true);
  });

  it('exposes its name and field table', () => {
    expect(Outer.name).to.equal('Outer');
    expect(Object.keys(Outer.fields)).to.deep.equal(['s', 'E', 'k', 'r', 'x']);
    expect(Outer.fields.k).to.equal(Inner);
  });

  it('does not compute detailed errors for a valid payload', () => {
    const spy = sinon.spy(Decimal, 'validate');
    try {
      expect(either.isRight(Outer.decode(valid()))).to.equal(true);
      expect(spy.called).to.equal(false);
    } finally {
      spy.restore();
    }
  });

  it('reports every failing field with its path, nested paths included', () => {
    expect(lines({ ...valid(), s: 5, k: { o: 1, c: '2' }, E: undefined })).to.deep.equal([
      's: expected a non-empty string, got 5',
      'E: expected an epoch timestamp, got undefined',
      'k.o: expected a decimal string, got 1',
    ]);
  });

  it('rejects a value that is not an object, naming what came', () => {
    expect(lines(null)).to.deep.equal(['<root>: expected an object, got null']);
    expect(lines([valid()])).to.deep.equal(['<root>: expected an object, got an array of 1']);
    expect(lines('x')).to.deep.equal(['<root>: expected an object, got "x"']);
    expect(lines({ ...valid(), k: null })).to.deep.equal(['k: expected an object, got null']);
  });

  it('uses the fast predicate as `is` and for the happy path of decode', () => {
    const fastIs = sinon.spy((u: unknown) => (u as { ok?: boolean }).ok === true);
    const codec = wireType('Fast', { s: Text }, fastIs);
    expect(codec.is({ ok: true })).to.equal(true);
    expect(fastIs.callCount).to.equal(1);
    expect(either.isRight(codec.decode({ s: 'x', ok: true }))).to.equal(true);
    expect(fastIs.callCount).to.equal(2);
  });

  it('encodes as the identity', () => {
    const payload = valid() as never;
    expect(Outer.encode(payload)).to.equal(payload);
  });

  it('decode agrees with is and never throws (property)', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true }), (u) => {
        expect(either.isRight(Outer.decode(u))).to.equal(Outer.is(u));
      }),
    );
  });

  describe('nullable', () => {
    it('accepts null and the inner codec’s values, nothing else', () => {
      const codec = nullable(Decimal);
      expect(codec.name).to.equal('Decimal | null');
      expect(codec.is(null)).to.equal(true);
      expect(codec.is('1.5')).to.equal(true);
      expect(codec.is(undefined)).to.equal(false);
      expect(codec.encode(null)).to.equal(null);
      expect(lines({ ...valid(), r: null })).to.deep.equal([]);
    });

    it('reports a wrong value once, at the field’s path, saying null is accepted', () => {
      expect(lines({ ...valid(), r: 3 })).to.deep.equal(['r: expected a decimal string, got 3 (or null)']);
    });

    it('leaves nested errors as they are', () => {
      const codec = wireType('WithNullableObject', { k: nullable(Inner) });
      const result = codec.decode({ k: { o: 'x', c: '1' } });
      expect(either.isLeft(result) && formatValidationErrors(result.left)).to.deep.equal([
        'k.o: expected a decimal string, got "x"',
      ]);
    });
  });

  describe('optional', () => {
    it('accepts an absent or undefined field and the inner codec’s values', () => {
      const codec = optional(Decimal);
      expect(codec.name).to.equal('Decimal | undefined');
      expect(codec.is(undefined)).to.equal(true);
      expect(codec.is(null)).to.equal(false);
      expect(lines(valid())).to.deep.equal([]);
      expect(lines({ ...valid(), x: '0.1' })).to.deep.equal([]);
    });

    it('reports a wrong value once, at the field’s path', () => {
      expect(lines({ ...valid(), x: null })).to.deep.equal(['x: expected a decimal string, got null (or absent)']);
    });
  });
});
