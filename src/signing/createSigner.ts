import { type Credentials, isHmacCredentials, validateCredentials } from '../session/Credentials.js';
import { Ed25519Signer } from './Ed25519Signer.js';
import { HmacSigner } from './HmacSigner.js';
import { parsePrivateKeyPem } from './parsePrivateKeyPem.js';
import { RsaSigner } from './RsaSigner.js';
import type { Signer } from './Signer.js';

let platformSigner: ((credentials: Credentials) => Signer) | undefined;

/**
 * Makes {@link createSigner} build signers with `factory` (the Node entry point registers one over `node:crypto`,
 * which signs synchronously); `undefined` goes back to WebCrypto. Returns the factory it replaces.
 */
export function setDefaultSignerFactory(
  factory: ((credentials: Credentials) => Signer) | undefined,
): ((credentials: Credentials) => Signer) | undefined {
  const previous = platformSigner;
  platformSigner = factory;
  return previous;
}

/**
 * Builds the {@link Signer} for a set of credentials: HMAC for an `apiSecret`; for a `privateKey`, Ed25519 or RSA as
 * the PKCS#8 algorithm OID inside the PEM says (1.3.101.112 = Ed25519, 1.2.840.113549.1.1.1 = RSA).
 *
 * By default the key is imported into WebCrypto right away (the signer keeps only a non-extractable key handle); an import
 * failure the structure checks could not foresee rejects the signer's first `sign()`.
 *
 * @throws TypeError for malformed credentials, an encrypted PEM (WebCrypto cannot import those), a PKCS#1 or OpenSSH
 *   PEM, a public key or another key algorithm. Messages never contain key material.
 */
export function createSigner(credentials: Credentials): Signer {
  const valid = validateCredentials(credentials);
  if (platformSigner !== undefined) return platformSigner(valid);
  if (isHmacCredentials(valid)) return new HmacSigner(valid.apiSecret);
  const { algorithm, der } = parsePrivateKeyPem(valid.privateKey);
  // The signer parses the PEM again itself; these bytes are not needed.
  der.fill(0);
  return algorithm === 'ED25519' ? new Ed25519Signer(valid.privateKey) : new RsaSigner(valid.privateKey);
}
