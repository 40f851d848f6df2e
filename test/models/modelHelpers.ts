import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import { either } from 'fp-ts';
import type * as t from 'io-ts';
import { parseJsonLossless } from '../../src/internal/parseJsonLossless.js';

/** Decodes `payload` with `codec`, failing the test when it does not match. */
export function decoded<A>(codec: t.Type<A, unknown>, payload: unknown): A {
  const result = codec.decode(payload);
  if (either.isLeft(result)) expect.fail(`${codec.name} rejected the payload`);
  return result.right;
}

/** Parses JSON text as frames are parsed when they hold big integers, then decodes it. */
export function decodedText<A>(codec: t.Type<A, unknown>, text: string): A {
  return decoded(codec, parseJsonLossless(text));
}

/** Asserts a value is a genuine `BigNumber` equal to `expected`. */
export function expectDecimal(value: unknown, expected: string): void {
  expect(BigNumber.isBigNumber(value), `${String(value)} is a BigNumber`).to.equal(true);
  expect((value as BigNumber).isEqualTo(expected), `${String(value)} = ${expected}`).to.equal(true);
}

/**
 * Wraps a decoded payload so that the keys a model reads are recorded: a model must read nothing when it is built,
 * and a decimal's text only once however often its getter is read.
 */
export function tracked<A extends object>(raw: A): { raw: A; reads: string[] } {
  const reads: string[] = [];
  const proxy = new Proxy(raw, {
    get(target, key, receiver) {
      if (typeof key === 'string') reads.push(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { raw: proxy, reads };
}

/** 2^60 + 1: an id that a double cannot hold. */
export const BIG_ID = '1152921504606846977';
