import { createHmac, createPrivateKey, createSecretKey, type KeyObject, sign } from 'node:crypto';
import { inspectCustom } from '../models/plainModel.js';
import { type Credentials, isHmacCredentials, validateCredentials } from '../session/Credentials.js';
import { parsePrivateKeyPem } from './parsePrivateKeyPem.js';
import type { KeyType, Signer } from './Signer.js';

/**
 * A {@link Signer} over `node:crypto`, which the Node entry point uses instead of WebCrypto: the same signatures,
 * computed synchronously (WebCrypto's HMAC takes a trip through the thread pool, about 25 times longer than the
 * signature itself — it dominated the library's overhead per order).
 *
 * The key lives in a `KeyObject`, whose `util.inspect` and JSON show no material; the secret string is not kept.
 */
export class NodeCryptoSigner implements Signer {
  readonly keyType: KeyType;
  readonly #key: KeyObject;

  /** @throws TypeError for malformed credentials or a key of another kind (messages never contain key material). */
  constructor(credentials: Credentials) {
    const valid = validateCredentials(credentials);
    if (isHmacCredentials(valid)) {
      this.keyType = 'HMAC';
      this.#key = createSecretKey(Buffer.from(valid.apiSecret, 'utf8'));
      return;
    }
    const { algorithm, der } = parsePrivateKeyPem(valid.privateKey);
    der.fill(0);
    this.keyType = algorithm;
    try {
      this.#key = createPrivateKey(valid.privateKey);
    } catch {
      throw new TypeError(`the ${algorithm} private key could not be read`);
    }
  }

  /** HMAC: 64 lower-case hex digits; Ed25519 and RSA (PKCS#1 v1.5, SHA-256): standard base64. */
  sign(payload: string): Promise<string> {
    // A throw inside the executor becomes the promise's rejection, as an asynchronous signer's would.
    return new Promise((resolve) => resolve(this.signNow(payload)));
  }

  /** {@link NodeCryptoSigner.sign}, synchronously. */
  signNow(payload: string): string {
    switch (this.keyType) {
      case 'HMAC':
        return createHmac('sha256', this.#key).update(payload, 'utf8').digest('hex');
      case 'ED25519':
        return sign(null, Buffer.from(payload, 'utf8'), this.#key).toString('base64');
      case 'RSA':
        return sign('sha256', Buffer.from(payload, 'utf8'), this.#key).toString('base64');
    }
  }

  /** Only the key type. */
  toJSON(): { keyType: KeyType } {
    return { keyType: this.keyType };
  }

  [inspectCustom](): string {
    return `NodeCryptoSigner { keyType: '${this.keyType}' }`;
  }
}
