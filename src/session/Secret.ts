import { inspectCustom } from '../models/plainModel.js';

const REDACTED = '[REDACTED]';

/**
 * A string that never shows itself: `String(secret)`, template literals, `JSON.stringify` and `util.inspect` all give
 * `'[REDACTED]'`. Only {@link Secret.reveal} returns the value, so every place that uses it is easy to find.
 *
 * The value lives in an ECMAScript private field, which neither serialisation nor `Object.keys` can reach.
 *
 * @example
 * ```ts
 * const secret = new Secret(process.env.BINANCE_SECRET_KEY ?? '');
 * logger.info({ secret }); // {"secret":"[REDACTED]"}
 * const signer = new HmacSigner(secret.reveal());
 * ```
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The value itself. Call it only where the secret is consumed (for example to import a signing key). */
  reveal(): string {
    return this.#value;
  }

  /** Always `'[REDACTED]'`. */
  toString(): string {
    return REDACTED;
  }

  /** Always `'[REDACTED]'`. */
  toJSON(): string {
    return REDACTED;
  }

  /** Always `'[REDACTED]'`, whatever the hint, so `+secret` or `${secret}` cannot leak it either. */
  [Symbol.toPrimitive](): string {
    return REDACTED;
  }

  [inspectCustom](): string {
    return REDACTED;
  }
}

/**
 * Shortens an API key for logs and messages: its first 4 characters and `…` (`'vmPU…'`).
 *
 * API keys are not secrets on their own, but a full key helps an attacker who has the secret. A key shorter than 8
 * characters is shown as `'…'` alone, so that masking never reveals most of it.
 */
export function maskApiKey(key: string): string {
  return typeof key === 'string' && key.length >= 8 ? `${key.slice(0, 4)}…` : '…';
}
