import { either } from 'fp-ts';
import * as t from 'io-ts';
import { describe } from './primitives.js';

/** A wire codec of a JSON array whose every element matches `item` (it also exposes `item`). */
export type WireArray<C extends t.Mixed> = t.Type<readonly t.TypeOf<C>[], readonly t.OutputOf<C>[]> & {
  readonly item: C;
};

/**
 * Builds the io-ts codec of a top-level array payload, such as `!miniTicker@arr`.
 *
 * Like {@link wireType}, decoding is one pass of `item.is` over the elements that returns the input array itself:
 * no copy, no context allocated per element. Only when an element fails are the detailed errors computed, one per
 * failing element with its index in the path (`3.c: expected a decimal string, got 5`).
 *
 * @param name - the codec's name, `RawXxxArray` by convention; it appears in every error.
 * @param item - the codec of one element.
 */
export function wireArray<C extends t.Mixed>(name: string, item: C): WireArray<C> {
  type A = readonly t.TypeOf<C>[];
  const is = (u: unknown): u is A => {
    if (!Array.isArray(u)) return false;
    for (const element of u as unknown[]) {
      if (!item.is(element)) return false;
    }
    return true;
  };

  const codec = new t.Type<A, readonly t.OutputOf<C>[], unknown>(
    name,
    is,
    (u, context) => {
      if (is(u)) return t.success(u);
      if (!Array.isArray(u)) return t.failure(u, context, `expected an array, got ${describe(u)}`);
      const elements = u as unknown[];
      const errors: t.ValidationError[] = [];
      // Index loop, not forEach: a hole in a sparse array is a failing element, not one to skip.
      for (let i = 0; i < elements.length; i++) {
        const element = elements[i];
        if (item.is(element)) continue;
        const result = item.validate(element, [...context, { key: String(i), type: item, actual: element }]);
        if (either.isLeft(result)) errors.push(...result.left);
      }
      return errors.length > 0 ? t.failures(errors) : t.success(u as A);
    },
    (a) => a.map((e) => item.encode(e) as t.OutputOf<C>),
  );
  return Object.assign(codec, { item });
}
