/** WebCrypto's `SubtleCrypto`, typed without the DOM library. */
export type SubtleCryptoLike = typeof globalThis.crypto.subtle;

/** A WebCrypto key handle, typed without the DOM library. */
export type CryptoKeyLike = Awaited<ReturnType<SubtleCryptoLike['importKey']>>;

/**
 * The platform's WebCrypto (`globalThis.crypto.subtle`): Node 20+ and browsers.
 *
 * @throws TypeError when it is missing, which in a browser means the page is not a secure context (HTTPS or
 *   localhost).
 */
export function subtleCrypto(): SubtleCryptoLike {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCryptoLike } }).crypto?.subtle;
  if (subtle === undefined) {
    throw new TypeError('WebCrypto (globalThis.crypto.subtle) is not available; browsers offer it only over HTTPS');
  }
  return subtle;
}

/** The UTF-8 bytes of a payload, as signed. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

const encoder = new TextEncoder();
