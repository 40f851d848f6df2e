import * as t from 'io-ts';

/**
 * A decimal number exactly as Binance writes it on the wire (`"0.00100000"`, `"-12.5"`): digits with an optional
 * sign and fraction, never an exponent. Validated, but not yet converted: models turn it into a `BigNumber` on
 * first use, so a frame nobody reads the price of costs no decimal arithmetic.
 */
export type DecimalString = string & { readonly __decimal: unique symbol };

/** An integer id as decoded: a `number` while it is a safe integer, a `bigint` beyond 2^53 (see `parseFrame`). */
export type WireId = number | bigint;

/** One `[price, quantity]` level of a depth payload, both decimal strings. */
export type WireLevel = readonly [DecimalString, DecimalString];

// The grammar of every Binance decimal: optional minus, digits, optional fraction. No exponent, no spaces, no "+".
// A regular expression beats a hand-written character loop here (measured): the engine compiles it to native code.
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** True for a Binance decimal string. */
export function isDecimalString(u: unknown): u is DecimalString {
  return typeof u === 'string' && DECIMAL.test(u);
}

/** True for an id: a safe non-negative integer, a negative sentinel such as `-1`, or a `bigint` kept exact. */
export function isWireId(u: unknown): u is WireId {
  return Number.isSafeInteger(u) || typeof u === 'bigint';
}

/** True for an epoch timestamp (milliseconds, or microseconds with `timeUnit=MICROSECOND`). */
export function isEpoch(u: unknown): u is number {
  return Number.isSafeInteger(u) && (u as number) >= 0;
}

/** True for a count (number of trades): a safe non-negative integer. */
export function isCount(u: unknown): u is number {
  return Number.isSafeInteger(u) && (u as number) >= 0;
}

/** True for a non-empty string (symbols, intervals). */
export function isText(u: unknown): u is string {
  return typeof u === 'string' && u !== '';
}

/** True for a non-null, non-array object, typed so that its properties can be read. */
export function isRecord(u: unknown): u is Readonly<Record<string, unknown>> {
  return typeof u === 'object' && u !== null && !Array.isArray(u);
}

/** True for a `[[price, qty], ...]` array whose every entry is a pair of decimal strings. */
export function isWireLevels(u: unknown): u is readonly WireLevel[] {
  if (!Array.isArray(u)) return false;
  // This runs 40 times per depth20 frame: the hottest check in the library, kept to plain type tests.
  for (const level of u as unknown[]) {
    if (!Array.isArray(level) || level.length !== 2) return false;
    if (!isDecimalString(level[0]) || !isDecimalString(level[1])) return false;
  }
  return true;
}

/**
 * Builds an io-ts codec from a type guard: decoding returns the input itself, and a failure says what was expected
 * and what came (`expected a decimal string, got 5`).
 *
 * @param name - the codec's name.
 * @param is - the guard; it must not throw.
 * @param expected - what a valid value is, for error messages (`a decimal string`).
 */
export function primitive<A>(name: string, is: (u: unknown) => u is A, expected: string): t.Type<A, A> {
  return new t.Type<A, A, unknown>(
    name,
    is,
    (u, c) => (is(u) ? t.success(u) : t.failure(u, c, `expected ${expected}, got ${describe(u)}`)),
    t.identity,
  );
}

/**
 * io-ts codec of one exact string, such as an event type (`"aggTrade"`). Like `t.literal`, but its failure message
 * names the expected value (`expected "aggTrade", got "trade"`); it is a `t.LiteralType`, so `.value` is readable.
 */
export function Literal<V extends string>(value: V): t.LiteralC<V> {
  const is = (u: unknown): u is V => u === value;
  const expected = JSON.stringify(value);
  return new t.LiteralType<V>(
    expected,
    is,
    (u, c) => (is(u) ? t.success(u) : t.failure(u, c, `expected ${expected}, got ${describe(u)}`)),
    t.identity,
    value,
  );
}

/** Describes a wrong value in an error message without dumping a whole payload. */
export function describe(u: unknown): string {
  if (typeof u === 'string') return JSON.stringify(u.length > 40 ? `${u.slice(0, 40)}…` : u);
  if (typeof u === 'bigint') return `${u}n`;
  if (typeof u === 'function') return 'a function';
  if (typeof u === 'symbol') return u.toString();
  if (u === null || typeof u !== 'object') return String(u);
  return Array.isArray(u) ? `an array of ${u.length}` : 'an object';
}

/** io-ts codec of a Binance decimal string (kept as text; see {@link DecimalString}). */
export const Decimal = primitive('Decimal', isDecimalString, 'a decimal string');

/** io-ts codec of an integer id (`number`, or `bigint` beyond 2^53). */
export const Id = primitive('Id', isWireId, 'an integer id');

/** io-ts codec of an epoch timestamp. */
export const Epoch = primitive('Epoch', isEpoch, 'an epoch timestamp');

/** io-ts codec of a count, such as a number of trades. */
export const Count = primitive('Count', isCount, 'a non-negative integer');

/**
 * io-ts codec of a depth side: `[[price, qty], ...]` as decimal strings. A failure names the bad level and the bad
 * member (`bids.3.1: expected a decimal string, got "x"`), not just the side.
 */
export const Levels: t.Type<readonly WireLevel[], readonly WireLevel[]> = new t.Type(
  'Levels',
  isWireLevels,
  (u, c) => {
    if (isWireLevels(u)) return t.success(u);
    if (!Array.isArray(u)) return t.failure(u, c, `expected a list of [price, quantity] pairs, got ${describe(u)}`);
    const errors: t.ValidationError[] = [];
    // Index loops, not forEach: a hole in a sparse array must be reported, not skipped.
    const levels = u as unknown[];
    for (let i = 0; i < levels.length; i++) {
      const level = levels[i];
      const at = [...c, { key: String(i), type: Levels, actual: level }];
      if (!Array.isArray(level) || level.length !== 2) {
        errors.push({
          value: level,
          context: at,
          message: `expected a [price, quantity] pair, got ${describe(level)}`,
        });
        continue;
      }
      for (let j = 0; j < 2; j++) {
        const member: unknown = (level as unknown[])[j];
        if (isDecimalString(member)) continue;
        const context = [...at, { key: String(j), type: Decimal, actual: member }];
        errors.push({ value: member, context, message: `expected a decimal string, got ${describe(member)}` });
      }
    }
    return t.failures(errors);
  },
  t.identity,
);

/** io-ts codec of a non-empty string (symbols, intervals, assets). */
export const Text = primitive('Text', isText, 'a non-empty string');

/** io-ts codec of a boolean flag. */
export const Flag = primitive('Flag', (u): u is boolean => typeof u === 'boolean', 'a boolean');
