/** The kind of API key a {@link Signer} signs with. */
export type KeyType = 'HMAC' | 'ED25519' | 'RSA';

/**
 * Signs request payloads for one API key. The session takes any `Signer`, so a key held elsewhere (a hardware
 * module, a remote signing service) can be plugged in, and tests can stub it.
 *
 * Implementations must never reveal key material through `JSON.stringify`, `util.inspect` or their errors.
 */
export interface Signer {
  /** Which kind of key signs: decides the signature's text form and whether REST must URL-encode it. */
  readonly keyType: KeyType;
  /**
   * Signs the UTF-8 bytes of `payload`.
   *
   * @returns the raw signature text: lower-case hex for HMAC, standard base64 for RSA and Ed25519 (not URL-encoded;
   *   see `signRestRequest` for REST).
   */
  sign(payload: string): Promise<string>;
  /**
   * The same signature, computed synchronously — for signers that can (`node:crypto`); REST then signs with no promise
   * in between. Optional: WebCrypto, hardware modules and remote services sign asynchronously only.
   */
  signNow?(payload: string): string;
}
