import { inspectCustom, type Plain, plainValue } from './plainModel.js';

/**
 * Gives a plain model object (a literal whose values may be `BigNumber`s, `bigint`s and nested models) the JSON and
 * `util.inspect` forms of the stream models: decimals and big ids as exact strings, never exponent notation.
 *
 * Without it `JSON.stringify` would print a tick size through BigNumber's own `toJSON` as `"1e-8"`, and a `bigint`
 * would make it throw. A `Map` becomes an object keyed like it. Both methods are non-enumerable, so spreading, `Object.keys` and deep equality see the data
 * only. Returns the same object.
 *
 * @param value - a freshly built literal; it is not copied.
 */
export function withPlainJson<T extends object>(value: T): T & { toJSON(): Plain<T> } {
  const toJSON = (): Record<string, unknown> => plainFields(value);
  Object.defineProperty(value, 'toJSON', { value: toJSON, enumerable: false });
  Object.defineProperty(value, inspectCustom, { value: toJSON, enumerable: false });
  return value as T & { toJSON(): Plain<T> };
}

/**
 * The JSON form of a model's own enumerable fields, as {@link withPlainJson} gives it: decimals and big ids as exact
 * strings, a `Map` as an object keyed like it, nested models through their own `toJSON`.
 */
export function plainFields(value: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    // defineProperty, not assignment: a "__proto__" key (an asset name, say) must stay an ordinary property.
    define(out, key, jsonValue(inner));
  }
  return out;
}

function jsonValue(value: unknown): unknown {
  if (!(value instanceof Map)) return plainValue(value);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of value as ReadonlyMap<unknown, unknown>) define(out, String(key), plainValue(inner));
  return out;
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
