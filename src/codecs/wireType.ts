import { either } from 'fp-ts';
import * as t from 'io-ts';
import { describe, isRecord } from './primitives.js';

/** The field table of a wire codec: Binance's key → the io-ts codec of its value. */
export type WireFields = Readonly<Record<string, t.Mixed>>;

/** The decoded shape of a field table: the same keys, each with its codec's type. */
export type WireOf<F extends WireFields> = { readonly [K in keyof F]: t.TypeOf<F[K]> };

/**
 * Builds the io-ts codec of one Binance payload from its field table.
 *
 * Decoding is a single pass of cheap checks that returns the parsed object itself (no copy; extra keys such as
 * Binance's `"M": true` are kept, like `t.type`). The detailed, path-carrying io-ts errors are only computed when a
 * payload fails, so the hot path allocates nothing but the `Right`.
 *
 * For the hottest streams a hand-written `fastIs` can replace the generic loop (a megamorphic keyed loop costs about
 * three times a straight-line check). It must accept exactly what the table accepts; the codec tests prove it with
 * generated payloads.
 *
 * @param name - the codec's name, `RawXxx` by convention; it appears in every error.
 * @param fields - Binance's keys and their codecs.
 * @param fastIs - optional straight-line predicate equivalent to the table.
 */
export function wireType<F extends WireFields>(name: string, fields: F, fastIs?: (u: unknown) => boolean): WireType<F> {
  const keys = Object.keys(fields);
  const codecs = keys.map((k) => fields[k] as t.Mixed);

  const tableIs = (u: unknown): u is WireOf<F> => {
    if (!isRecord(u)) return false;
    for (let i = 0; i < keys.length; i++) {
      if (!(codecs[i] as t.Mixed).is(u[keys[i] as string])) return false;
    }
    return true;
  };
  const is = (fastIs ?? tableIs) as (u: unknown) => u is WireOf<F>;

  const codec = new t.Type<WireOf<F>, WireOf<F>, unknown>(
    name,
    is,
    (u, context) => {
      if (is(u)) return t.success(u);
      if (!isRecord(u)) return t.failure(u, context, `expected an object, got ${describe(u)}`);
      const errors: t.ValidationError[] = [];
      keys.forEach((key, i) => {
        const codec = codecs[i] as t.Mixed;
        const value = u[key];
        const result = codec.validate(value, [...context, { key, type: codec, actual: value }]);
        if (either.isLeft(result)) errors.push(...result.left);
      });
      return errors.length > 0 ? t.failures(errors) : t.success(u as WireOf<F>);
    },
    t.identity,
  );
  return Object.assign(codec, { fields });
}

/** A wire codec that also exposes its field table (tests rebuild a table-only twin to check a `fastIs`). */
export type WireType<F extends WireFields> = t.Type<WireOf<F>, WireOf<F>> & { readonly fields: F };

/**
 * A field that Binance sends only when it applies: absent (or `undefined`) is accepted.
 *
 * Unlike `t.union`, a wrong value is reported at the field's own path with the inner codec's message
 * (`x: expected a decimal string, got 5`), not once per union member (`x.0: ...`, `x.1: ...`).
 */
export function optional<C extends t.Mixed>(codec: C): t.Type<t.TypeOf<C> | undefined, t.OutputOf<C> | undefined> {
  return orValue(codec, undefined, `${codec.name} | undefined`);
}

/**
 * A field that Binance may send as JSON `null` (e.g. the reference price before it is known). A wrong value is
 * reported like {@link optional} does.
 */
export function nullable<C extends t.Mixed>(codec: C): t.Type<t.TypeOf<C> | null, t.OutputOf<C> | null> {
  return orValue(codec, null, `${codec.name} | null`);
}

function orValue<C extends t.Mixed, V extends null | undefined>(
  codec: C,
  value: V,
  name: string,
): t.Type<t.TypeOf<C> | V, t.OutputOf<C> | V> {
  const alternative = value === null ? 'or null' : 'or absent';
  return new t.Type<t.TypeOf<C> | V, t.OutputOf<C> | V, unknown>(
    name,
    (u): u is t.TypeOf<C> | V => u === value || codec.is(u),
    (u, c) => {
      if (u === value) return t.success(value);
      const result = codec.validate(u, c);
      if (either.isRight(result)) return result;
      // Only the field's own error says what it accepts; errors nested inside it (k.o, ...) stay as they are.
      return t.failures(
        result.left.map((e) =>
          e.context.length === c.length
            ? { ...e, message: `${e.message ?? `invalid value ${describe(u)}`} (${alternative})` }
            : e,
        ),
      );
    },
    (a) => (a === value ? value : (codec.encode(a) as t.OutputOf<C>)),
  );
}
