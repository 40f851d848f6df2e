const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A fresh client order id: `ce_` and 24 random letters and digits (about 143 bits, from the platform's
 * cryptographic random source), within Binance's `^[.A-Z:/a-z0-9_-]{1,36}$`. Every order the library places carries
 * one, so that an order whose answer was lost can be found again.
 */
export function newClientOrderId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(24));
  let id = 'ce_';
  // 256 is not a multiple of 62; the slight bias towards the first letters does not matter for uniqueness.
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length] as string;
  return id;
}
