const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LENGTH = 24;

// Random bytes for 64 ids at a time: one call into the platform's generator costs about as much as the rest of an
// id, so it is made once per 64 orders rather than once per order.
let pool = new Uint8Array(0);
let next = 0;

/**
 * A fresh client order id: `ce_` and 24 random letters and digits (about 143 bits, from the platform's
 * cryptographic random source), within Binance's `^[.A-Z:/a-z0-9_-]{1,36}$`. Every order the library places carries
 * one, so that an order whose answer was lost can be found again.
 */
export function newClientOrderId(): string {
  if (next + LENGTH > pool.length) {
    pool = globalThis.crypto.getRandomValues(new Uint8Array(LENGTH * 64));
    next = 0;
  }
  let id = 'ce_';
  // 256 is not a multiple of 62; the slight bias towards the first letters does not matter for uniqueness.
  for (let i = next; i < next + LENGTH; i++) id += ALPHABET[(pool[i] as number) % ALPHABET.length] as string;
  // Each byte serves one id only: no two ids share randomness.
  next += LENGTH;
  return id;
}
