import { type CryptoKeyLike, subtleCrypto } from './subtleCrypto.js';

/** The WebCrypto algorithm of a signing key: HMAC-SHA256, Ed25519 or RSASSA-PKCS1-v1_5 with SHA-256. */
export type SigningAlgorithm =
  | { readonly name: 'HMAC'; readonly hash: 'SHA-256' }
  | { readonly name: 'Ed25519' }
  | { readonly name: 'RSASSA-PKCS1-v1_5'; readonly hash: 'SHA-256' };

/**
 * Imports key bytes once as a non-extractable WebCrypto key usable only for signing, then zeroes the bytes.
 *
 * The returned promise is what a signer keeps instead of the secret: the bytes are wiped as soon as the import
 * settles, and a failed import rejects every later `sign()` with a `TypeError` that names the key's role, never its
 * content. Nobody may be signing yet, so the rejection is also marked handled here.
 *
 * @param what - how the key is named in the error, e.g. `'the Ed25519 private key'`.
 */
export function importSigningKey(
  format: 'raw' | 'pkcs8',
  keyData: Uint8Array,
  algorithm: SigningAlgorithm,
  what: string,
): Promise<CryptoKeyLike> {
  let imported: Promise<CryptoKeyLike>;
  try {
    imported = subtleCrypto().importKey(format, keyData, algorithm, false, ['sign']);
  } catch (error) {
    imported = Promise.reject(error instanceof Error ? error : new Error('importKey threw'));
  }
  const key = imported
    .catch((error: unknown) => {
      // Only the error's name (DataError, NotSupportedError…): the platform's message adds nothing a caller can use.
      const name = error instanceof Error ? error.name : 'Error';
      throw new TypeError(`${what} could not be imported into WebCrypto (${name}); check that it is a valid key`);
    })
    .finally(() => keyData.fill(0));
  key.catch(() => undefined);
  return key;
}
