import { BigNumber } from 'bignumber.js';

/**
 * The JSON form of a model: decimals and big ids become exact strings (never exponent notation), nested models and
 * arrays are converted the same way.
 */
export type Plain<T> = T extends BigNumber
  ? string
  : T extends bigint
    ? string
    : T extends readonly (infer E)[]
      ? Plain<E>[]
      : T extends object
        ? { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: Plain<T[K]> }
        : T;

/** The key under which Node's `util.inspect` looks for a custom rendering (no `node:util` import needed). */
export const inspectCustom: unique symbol = Symbol.for('nodejs.util.inspect.custom') as never;

/**
 * Converts a model (a class whose fields are getters) into a plain object.
 *
 * Models compute their `BigNumber`s on first read; this reads every getter once, so it is meant for logging and
 * serialisation, not for the hot path.
 */
export function plainModel<T extends object>(model: T): Plain<T> {
  const out: Record<string, unknown> = {};
  const descriptors = Object.getOwnPropertyDescriptors(Object.getPrototypeOf(model) as object);
  for (const [key, descriptor] of Object.entries(descriptors)) {
    if (descriptor.get === undefined) continue;
    out[key] = plainValue(descriptor.get.call(model));
  }
  return out as Plain<T>;
}

/** Converts one value of a model for JSON: see {@link Plain}. */
export function plainValue(value: unknown): unknown {
  if (BigNumber.isBigNumber(value)) return value.toFixed();
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(plainValue);
  if (value !== null && typeof value === 'object') {
    const withJson = value as { toJSON?: () => unknown };
    if (typeof withJson.toJSON === 'function') return withJson.toJSON();
    // A plain object (a literal, not a class instance) may hold decimals too; left as is, JSON.stringify would
    // print them through BigNumber's own toJSON, which switches to exponent notation ("1e-8").
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) {
        // defineProperty, not assignment: a "__proto__" key must stay an ordinary property.
        Object.defineProperty(out, key, {
          value: plainValue(inner),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
  }
  return value;
}
