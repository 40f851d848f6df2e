import fc from 'fast-check';
import * as t from 'io-ts';
import { KLINE_INTERVALS } from '../../src/models/KlineInterval.js';

/** Decimal strings of Binance's grammar (`-?digits(.digits)?`), some long enough to exceed a double. */
export const decimalArb: fc.Arbitrary<string> = fc.stringMatching(/^-?\d{1,24}(\.\d{1,18})?$/);

/** Ids as decoded: safe integers (including the `-1` sentinel) and `bigint`s beyond 2^53. */
export const idArb: fc.Arbitrary<number | bigint> = fc.oneof(
  fc.integer({ min: -1, max: 1_000_000 }),
  fc.maxSafeNat(),
  fc.bigInt({ min: 2n ** 53n, max: 2n ** 64n }),
);

/** Epoch times in milliseconds and in microseconds. */
export const epochArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 4_102_444_800_000 }),
  fc.integer({ min: 1_500_000_000_000_000, max: 4_102_444_800_000_000 }),
);

const levelsArb = fc.array(fc.tuple(decimalArb, decimalArb), { maxLength: 25 });

// Valid values per codec name; literal codecs and nested wire codecs are handled structurally below.
const BY_NAME: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  Decimal: decimalArb,
  'Decimal | null': fc.option(decimalArb, { nil: null }),
  Id: idArb,
  Epoch: epochArb,
  Count: fc.nat(),
  Text: fc.string({ minLength: 1, maxLength: 12 }),
  Flag: fc.boolean(),
  Levels: levelsArb,
  Interval: fc.constantFrom(...KLINE_INTERVALS),
  WindowTickerEvent: fc.constantFrom('1hTicker', '4hTicker', '1dTicker'),
};

/**
 * An arbitrary of values that `codec` accepts, built from its structure: a wire codec's field table, a literal's
 * value, or a primitive's name. Throws for a codec it does not know, so that a new primitive cannot go untested.
 */
export function validArb(codec: t.Mixed): fc.Arbitrary<unknown> {
  const fields = (codec as { fields?: Readonly<Record<string, t.Mixed>> }).fields;
  if (fields !== undefined) {
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, field] of Object.entries(fields)) model[key] = validArb(field);
    return fc.record(model);
  }
  const item = (codec as { item?: t.Mixed }).item;
  if (item !== undefined) return fc.array(validArb(item), { maxLength: 5 });
  if (codec instanceof t.LiteralType) return fc.constant((codec as t.LiteralType<string>).value);
  const byName = BY_NAME[codec.name];
  if (byName === undefined) throw new Error(`no arbitrary for codec ${codec.name}`);
  return byName;
}

/** Hand-picked near misses: each is one step away from a valid value of some codec. */
export const TRICKY_VALUES: readonly unknown[] = [
  '',
  '-',
  '.',
  '1.',
  '.5',
  '-0',
  '1e5',
  '1E-8',
  ' 1',
  '1 ',
  '+1',
  '0x10',
  'NaN',
  'Infinity',
  '1.2.3',
  '--1',
  '١٢',
  '1\n',
  NaN,
  Infinity,
  -Infinity,
  -1,
  0,
  -0,
  1.5,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_SAFE_INTEGER,
  -1n,
  2n ** 64n,
  true,
  false,
  null,
  undefined,
  [],
  {},
  ['1', '2'],
  [['1', '2']],
  [['1', '2', '3']],
  [['1']],
  [[1, 2]],
  [['1', '2'], null],
  '1m',
  '1M',
  '2h',
  '1hTicker',
  '2hTicker',
  'trade',
  'aggTrade',
  'kline',
];

/** Values that are close to valid ones (wrong grammar, wrong number kind, wrong shape) plus anything at all. */
export const anyValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withNullPrototype: true,
    withBoxedValues: true,
    withSparseArray: true,
    withTypedArray: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withObjectString: true,
  }),
  { arbitrary: fc.constantFrom<unknown>(...TRICKY_VALUES), weight: 4 },
  fc.stringMatching(/^[-+.0-9eE ]{0,8}$/),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.array(fc.tuple(fc.oneof(decimalArb, fc.anything()), fc.oneof(decimalArb, fc.anything()))),
);

/** A path into a JSON-like value: object keys and array indices. */
export type Path = readonly (string | number)[];

/** Every path inside a JSON-like value, nested objects and arrays included. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [];
  if (Array.isArray(value)) {
    value.forEach((inner: unknown, i) => {
      paths.push([...prefix, i], ...pathsOf(inner, [...prefix, i]));
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) paths.push([...prefix, key], ...pathsOf(inner, [...prefix, key]));
  }
  return paths;
}

/** A replacement that removes the value at a path instead. */
export const DELETE = Symbol('delete');

/** A copy of `value` with the value at `path` replaced (or removed); a path of one new key adds an extra field. */
export function mutateAt(value: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(value);
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement !== DELETE) {
    Object.defineProperty(parent, last, { value: replacement, enumerable: true, writable: true, configurable: true });
  } else if (Array.isArray(parent)) {
    parent.splice(last as number, 1);
  } else {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- removing the field is the mutation
    delete parent[last];
  }
  return copy;
}

/**
 * Valid payloads of `codec` with exactly one place changed: a field, a nested field or a level member replaced by
 * an arbitrary value or removed, or an extra key added.
 */
export function mutatedArb(codec: t.Mixed): fc.Arbitrary<unknown> {
  return fc
    .tuple(validArb(codec), fc.nat(), fc.oneof(anyValueArb, fc.constant(DELETE)), fc.boolean())
    .map(([payload, n, replacement, extraKey]) => {
      const paths = pathsOf(payload);
      if (extraKey || paths.length === 0) return mutateAt(payload, ['zz'], replacement === DELETE ? 1 : replacement);
      return mutateAt(payload, paths[n % paths.length] as Path, replacement);
    });
}
