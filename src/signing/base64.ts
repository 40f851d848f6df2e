const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// Reverse lookup; 255 marks a character outside the alphabet.
const DECODE = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/**
 * Encodes bytes as standard, padded base64 (`+`, `/`, `=`), the form Binance expects for RSA and Ed25519 signatures.
 *
 * Written out rather than `btoa`, which only takes a binary string: this works the same in Node and browsers.
 */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += ALPHABET.charAt(n >>> 18) + ALPHABET.charAt((n >>> 12) & 63);
    out += ALPHABET.charAt((n >>> 6) & 63) + ALPHABET.charAt(n & 63);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    out += `${ALPHABET.charAt(n >>> 18)}${ALPHABET.charAt((n >>> 12) & 63)}==`;
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out += `${ALPHABET.charAt(n >>> 18)}${ALPHABET.charAt((n >>> 12) & 63)}${ALPHABET.charAt((n >>> 6) & 63)}=`;
  }
  return out;
}

/**
 * Decodes standard base64 (the body of a PEM block) straight into bytes, ignoring ASCII whitespace.
 *
 * Unlike `atob`, the decoded key material never exists as a JavaScript string, which could not be wiped; the caller
 * owns the returned array and can zero it once the key is imported.
 *
 * @returns the bytes, or `undefined` when the text is not valid base64 (bad character, bad length or padding).
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/[\t\n\f\r ]+/g, '');
  if (clean.length % 4 !== 0) return undefined;
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((clean.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const c = clean.charCodeAt(i + j);
      const isPadding = c === 0x3d && i + j >= clean.length - padding;
      const v = isPadding ? 0 : c < 128 ? (DECODE[c] as number) : 255;
      if (v === 255) return undefined;
      n = (n << 6) | v;
    }
    if (o < out.length) out[o++] = n >>> 16;
    if (o < out.length) out[o++] = (n >>> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
