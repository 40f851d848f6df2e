import { inspectCustom } from '../models/plainModel.js';
import { encodeBase64 } from './base64.js';
import { importSigningKey } from './importSigningKey.js';
import { parsePrivateKeyPem } from './parsePrivateKeyPem.js';
import type { Signer } from './Signer.js';
import { type CryptoKeyLike, subtleCrypto, utf8 } from './subtleCrypto.js';

/**
 * Signs with an RSA API key: RSASSA-PKCS1-v1_5 with SHA-256 over the payload bytes, as standard base64.
 *
 * The PKCS#8 PEM is imported into WebCrypto once, at construction, as a non-extractable key and its decoded bytes are
 * zeroed; the object keeps only the key handle.
 *
 * @example
 * ```ts
 * const signer = new RsaSigner(await readFile('rsa-key.pem', 'utf8'));
 * ```
 */
export class RsaSigner implements Signer {
  readonly keyType = 'RSA' as const;
  readonly #key: Promise<CryptoKeyLike>;

  /**
   * @param privateKeyPem - an unencrypted PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`) holding an RSA key. Binance
   *   accepts PKCS#8 only; convert a PKCS#1 key (`BEGIN RSA PRIVATE KEY`) with `openssl pkcs8 -topk8 -nocrypt`.
   * @throws TypeError when the PEM is not such a key (the message never quotes it).
   */
  constructor(privateKeyPem: string) {
    const key = parsePrivateKeyPem(privateKeyPem);
    if (key.algorithm !== 'RSA') {
      key.der.fill(0);
      throw new TypeError(`RsaSigner needs an RSA key, got an ${key.algorithm} key (use createSigner)`);
    }
    this.#key = importSigningKey(
      'pkcs8',
      key.der,
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      'the RSA private key',
    );
  }

  /** Signs the UTF-8 bytes of `payload`; resolves to standard base64. */
  async sign(payload: string): Promise<string> {
    const signature = await subtleCrypto().sign('RSASSA-PKCS1-v1_5', await this.#key, utf8(payload));
    return encodeBase64(new Uint8Array(signature));
  }

  /** Only the key type: there is nothing else to show. */
  toJSON(): { keyType: 'RSA' } {
    return { keyType: this.keyType };
  }

  [inspectCustom](): string {
    return `RsaSigner { keyType: 'RSA' }`;
  }
}
