import { inspectCustom } from '../models/plainModel.js';
import { importSigningKey } from './importSigningKey.js';
import type { Signer } from './Signer.js';
import { type CryptoKeyLike, subtleCrypto, utf8 } from './subtleCrypto.js';

/**
 * Signs with an HMAC API key: HMAC-SHA256 of the payload keyed by the secret, as lower-case hex.
 *
 * The secret is imported into WebCrypto once, at construction, as a non-extractable key; the object keeps only that
 * key, so neither it nor its JSON or `util.inspect` output holds the secret.
 *
 * @example
 * ```ts
 * const signer = new HmacSigner(apiSecret);
 * const signature = await signer.sign('symbol=LTCBTC&side=BUY&timestamp=1499827319559');
 * ```
 */
export class HmacSigner implements Signer {
  readonly keyType = 'HMAC' as const;
  readonly #key: Promise<CryptoKeyLike>;

  /** @throws TypeError when the secret is not a non-empty string. */
  constructor(apiSecret: string) {
    if (typeof apiSecret !== 'string' || apiSecret.length === 0) {
      throw new TypeError('apiSecret must be a non-empty string');
    }
    this.#key = importSigningKey('raw', utf8(apiSecret), { name: 'HMAC', hash: 'SHA-256' }, 'the HMAC apiSecret');
  }

  /** Signs the UTF-8 bytes of `payload`; resolves to 64 lower-case hex digits. */
  async sign(payload: string): Promise<string> {
    const signature = await subtleCrypto().sign('HMAC', await this.#key, utf8(payload));
    return toHex(new Uint8Array(signature));
  }

  /** Only the key type: there is nothing else to show. */
  toJSON(): { keyType: 'HMAC' } {
    return { keyType: this.keyType };
  }

  [inspectCustom](): string {
    return `HmacSigner { keyType: 'HMAC' }`;
  }
}

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
