import { isRecord } from '../codecs/primitives.js';

/** An HMAC API key: the key and its secret, as shown once by Binance when the key was created. */
export interface HmacCredentials {
  readonly apiKey: string;
  readonly apiSecret: string;
}

/** An Ed25519 or RSA API key: the key and the private key it was registered with. */
export interface PrivateKeyCredentials {
  readonly apiKey: string;
  /** An unencrypted PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`), Ed25519 or RSA. */
  readonly privateKey: string;
}

/** What a session needs to sign: an HMAC key or an Ed25519/RSA key. */
export type Credentials = HmacCredentials | PrivateKeyCredentials;

// Printable ASCII without spaces: what an HTTP header value and an HMAC key copied from Binance look like. A stray
// newline or space from a copy-paste would otherwise surface later as an opaque -1022 or -2014.
const PRINTABLE = /^[\x21-\x7e]+$/;

/** True when the credentials are an HMAC key (they have an `apiSecret`). */
export function isHmacCredentials(credentials: Credentials): credentials is HmacCredentials {
  return 'apiSecret' in credentials;
}

/**
 * Checks that `input` is a well-formed {@link Credentials} value and returns a copy that holds only its credential
 * fields (so the caller's object, and anything else attached to it, is not retained).
 *
 * Checked: `apiKey` is a non-empty string of printable ASCII without spaces; exactly one of `apiSecret` (same rule)
 * and `privateKey` (a PEM string) is present. Whether a PEM really is an Ed25519 or RSA key is checked when the
 * signer is created.
 *
 * @throws TypeError saying which field is wrong. The message never contains a credential value.
 */
export function validateCredentials(input: unknown): Credentials {
  if (!isRecord(input)) throw new TypeError('credentials must be an object with apiKey and apiSecret or privateKey');
  const { apiKey, apiSecret, privateKey } = input;
  if (typeof apiKey !== 'string' || !PRINTABLE.test(apiKey)) {
    throw new TypeError('credentials.apiKey must be a non-empty string of printable ASCII characters without spaces');
  }
  if (apiSecret !== undefined && privateKey !== undefined) {
    throw new TypeError('credentials must have either apiSecret (HMAC) or privateKey (Ed25519/RSA), not both');
  }
  if (apiSecret !== undefined) {
    if (typeof apiSecret !== 'string' || !PRINTABLE.test(apiSecret)) {
      throw new TypeError(
        'credentials.apiSecret must be a non-empty string of printable ASCII characters without spaces',
      );
    }
    return { apiKey, apiSecret };
  }
  if (privateKey !== undefined) {
    if (typeof privateKey !== 'string' || !privateKey.includes('-----BEGIN ')) {
      throw new TypeError('credentials.privateKey must be a PEM string (-----BEGIN PRIVATE KEY-----)');
    }
    return { apiKey, privateKey };
  }
  throw new TypeError('credentials need apiSecret (HMAC key) or privateKey (Ed25519/RSA PEM)');
}
