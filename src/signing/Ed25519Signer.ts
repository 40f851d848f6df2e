import { inspectCustom } from '../models/plainModel.js';
import { encodeBase64 } from './base64.js';
import { importSigningKey } from './importSigningKey.js';
import { parsePrivateKeyPem } from './parsePrivateKeyPem.js';
import type { Signer } from './Signer.js';
import { type CryptoKeyLike, subtleCrypto, utf8 } from './subtleCrypto.js';

/**
 * Signs with an Ed25519 API key (the type Binance recommends, and the only one `session.logon` accepts): the
 * Ed25519 signature of the payload bytes (no pre-hash), as standard base64 (88 characters).
 *
 * The PKCS#8 PEM is imported into WebCrypto once, at construction, as a non-extractable key and its decoded bytes are
 * zeroed; the object keeps only the key handle.
 *
 * @example
 * ```ts
 * const signer = new Ed25519Signer(await readFile('ed25519-key.pem', 'utf8'));
 * ```
 */
export class Ed25519Signer implements Signer {
  readonly keyType = 'ED25519' as const;
  readonly #key: Promise<CryptoKeyLike>;

  /**
   * @param privateKeyPem - an unencrypted PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`) holding an Ed25519 key.
   * @throws TypeError when the PEM is not such a key (the message never quotes it).
   */
  constructor(privateKeyPem: string) {
    const key = parsePrivateKeyPem(privateKeyPem);
    if (key.algorithm !== 'ED25519') {
      key.der.fill(0);
      throw new TypeError(`Ed25519Signer needs an Ed25519 key, got an ${key.algorithm} key (use createSigner)`);
    }
    this.#key = importSigningKey('pkcs8', key.der, { name: 'Ed25519' }, 'the Ed25519 private key');
  }

  /** Signs the UTF-8 bytes of `payload`; resolves to standard base64. */
  async sign(payload: string): Promise<string> {
    const signature = await subtleCrypto().sign({ name: 'Ed25519' }, await this.#key, utf8(payload));
    return encodeBase64(new Uint8Array(signature));
  }

  /** Only the key type: there is nothing else to show. */
  toJSON(): { keyType: 'ED25519' } {
    return { keyType: this.keyType };
  }

  [inspectCustom](): string {
    return `Ed25519Signer { keyType: 'ED25519' }`;
  }
}
