import { expect } from 'chai';
import { either } from 'fp-ts';
import fc from 'fast-check';
import type * as t from 'io-ts';
import { describe as describeValue } from '../../src/codecs/primitives.js';
import { wireType, type WireFields, type WireType } from '../../src/codecs/wireType.js';
import { formatValidationErrors } from '../../src/errors/formatValidationErrors.js';
import { DELETE, mutateAt, mutatedArb, pathsOf, TRICKY_VALUES, validArb } from './wireArbitraries.js';

/** The `path: reason` lines of a failed decode; fails the test when the decode succeeded. */
export function errorLines(codec: t.Mixed, payload: unknown): string[] {
  const result = codec.decode(payload);
  if (either.isRight(result)) expect.fail(`${codec.name} accepted ${describeValue(payload)}`);
  return formatValidationErrors(result.left);
}

// Every field path of a wire codec, nested tables included (`k.o` for a kline).
function fieldPaths(fields: WireFields, prefix: readonly string[] = []): { path: string[]; codec: t.Mixed }[] {
  return Object.entries(fields).flatMap(([key, codec]) => {
    const path = [...prefix, key];
    const nested = (codec as { fields?: WireFields }).fields;
    return [{ path, codec }, ...(nested === undefined ? [] : fieldPaths(nested, path))];
  });
}

function withValueAt(payload: Record<string, unknown>, path: readonly string[], value: unknown): unknown {
  const copy = structuredClone(payload);
  let parent: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = path[path.length - 1] as string;
  if (value === undefined) Reflect.deleteProperty(parent, last);
  else parent[last] = value;
  return copy;
}

/**
 * The table every wire codec must pass: the documented payload decodes to itself; each field, missing or of the wrong
 * type, is rejected with a line naming its path; extra keys are kept; non-objects are rejected at the root; and the
 * codec's `is` (its hand-written fast path, if any) accepts exactly what a table-only twin accepts.
 */
export function wireCodecTable<F extends WireFields>(
  codec: WireType<F>,
  documented: () => Record<string, unknown>,
): void {
  it('decodes the documented payload to the payload itself', () => {
    const payload = documented();
    const result = codec.decode(payload);
    expect(either.isRight(result) && result.right).to.equal(payload);
    expect(codec.is(payload)).to.equal(true);
  });

  for (const { path, codec: field } of fieldPaths(codec.fields)) {
    const name = path.join('.');
    it(`rejects a payload without ${name}, naming the path`, () => {
      const lines = errorLines(codec, withValueAt(documented(), path, undefined));
      expect(lines.some((line) => line.startsWith(`${name}: `))).to.equal(true, lines.join('\n'));
      expect(codec.is(withValueAt(documented(), path, undefined))).to.equal(false);
    });

    it(`rejects a wrong type in ${name}, naming the path`, () => {
      const wrong = field.is(42) ? 'forty-two' : 42;
      expect(field.is(wrong)).to.equal(false);
      const lines = errorLines(codec, withValueAt(documented(), path, wrong));
      expect(lines.some((line) => line.startsWith(`${name}: `))).to.equal(true, lines.join('\n'));
    });
  }

  it('keeps extra keys', () => {
    const payload = { ...documented(), zz: 'extra' };
    const result = codec.decode(payload);
    expect(either.isRight(result) && result.right).to.equal(payload);
    expect(payload.zz).to.equal('extra');
  });

  it('rejects a payload that is not an object, at the root', () => {
    for (const wrong of [null, undefined, 'x', 5, [], [documented()]]) {
      expect(errorLines(codec, wrong)).to.have.length(1);
      expect(errorLines(codec, wrong)[0]).to.match(/^<root>: expected an object, got /);
    }
  });

  const twin = wireType(codec.name, codec.fields);

  it('fast path accepts every valid generated payload, like the table', () => {
    fc.assert(
      fc.property(validArb(codec), (payload) => {
        expect(codec.is(payload)).to.equal(true);
        expect(twin.is(payload)).to.equal(true);
      }),
    );
  });

  it('fast path ≡ table with each place of the documented payload set to each near miss', () => {
    const payload = documented();
    for (const path of [...pathsOf(payload), ['zz']]) {
      for (const value of [...TRICKY_VALUES, DELETE]) {
        const mutated = mutateAt(payload, path, value);
        expect(codec.is(mutated)).to.equal(twin.is(mutated), `${path.join('.')} = ${describeValue(value)}`);
      }
    }
  });

  it('fast path ≡ table on payloads with one place mutated', () => {
    fc.assert(
      fc.property(mutatedArb(codec), (payload) => {
        expect(codec.is(payload)).to.equal(twin.is(payload));
        expect(either.isRight(codec.decode(payload))).to.equal(twin.is(payload));
      }),
      { numRuns: 1000 },
    );
  });
}
