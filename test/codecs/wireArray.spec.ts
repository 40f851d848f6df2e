import { expect } from 'chai';
import { either } from 'fp-ts';
import fc from 'fast-check';
import sinon from 'sinon';
import { Decimal, Text } from '../../src/codecs/primitives.js';
import { wireArray } from '../../src/codecs/wireArray.js';
import { wireType } from '../../src/codecs/wireType.js';
import { formatValidationErrors } from '../../src/errors/formatValidationErrors.js';

const Item = wireType('Item', { s: Text, c: Decimal });
const Items = wireArray('Items', Item);

function lines(u: unknown): string[] {
  const result = Items.decode(u);
  return either.isLeft(result) ? formatValidationErrors(result.left) : [];
}

describe('wireArray', () => {
  it('decodes to the input array itself', () => {
    const payload = [
      { s: 'A', c: '1' },
      { s: 'B', c: '2', extra: true },
    ];
    const result = Items.decode(payload);
    expect(either.isRight(result) && result.right).to.equal(payload);
    expect(Items.is([])).to.equal(true);
  });

  it('exposes its name and item codec', () => {
    expect(Items.name).to.equal('Items');
    expect(Items.item).to.equal(Item);
  });

  it('checks each element with item.is and computes no detailed errors on the happy path', () => {
    const is = sinon.spy(Item, 'is');
    const validate = sinon.spy(Item, 'validate');
    try {
      expect(
        either.isRight(
          Items.decode([
            { s: 'A', c: '1' },
            { s: 'B', c: '2' },
          ]),
        ),
      ).to.equal(true);
      expect(is.callCount).to.equal(2);
      expect(validate.called).to.equal(false);
    } finally {
      is.restore();
      validate.restore();
    }
  });

  it('reports every failing element by index, with the inner path', () => {
    expect(lines([{ s: 'A', c: '1' }, { s: '', c: '1' }, 5, { s: 'D', c: 4 }])).to.deep.equal([
      '1.s: expected a non-empty string, got ""',
      '2: expected an object, got 5',
      '3.c: expected a decimal string, got 4',
    ]);
  });

  it('reports a hole of a sparse array as a failing element', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    expect(lines([, { s: 'B', c: '2' }])).to.deep.equal(['0: expected an object, got undefined']);
  });

  it('rejects a value that is not an array, naming what came', () => {
    expect(lines({ s: 'A', c: '1' })).to.deep.equal(['<root>: expected an array, got an object']);
    expect(lines(null)).to.deep.equal(['<root>: expected an array, got null']);
  });

  it('encodes each element with the item codec', () => {
    const payload = [{ s: 'A', c: '1' }] as never;
    expect(Items.encode(payload)).to.deep.equal(payload);
  });

  it('decode agrees with is and never throws (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.record({ s: fc.string(), c: fc.string() }), fc.anything({ withBigInt: true }))),
        (u) => {
          expect(either.isRight(Items.decode(u))).to.equal(Items.is(u));
          expect(Items.is(u)).to.equal(u.every((e) => Item.is(e)));
        },
      ),
    );
  });
});
