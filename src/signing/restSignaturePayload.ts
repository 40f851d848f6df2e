import type { Signer } from './Signer.js';

/**
 * Builds a REST query string or form body exactly as it is sent and signed: `name=value` pairs in the given order,
 * each name and value percent-encoded (UTF-8 bytes as upper-case `%XX`), joined with `&`.
 *
 * Binance signs REST parameters in the order sent, and since 2026-01 it verifies the signature over the
 * percent-encoded text, so the string this returns must be both the one signed and the one sent (PROTOCOL §3.4).
 * For example the symbol `１２３４５６` becomes `%EF%BC%91%EF%BC%92…`; a space becomes `%20`, never `+`.
 *
 * @throws TypeError when a name or value is not well-formed UTF-16 (a lone surrogate cannot be encoded).
 */
export function encodeRestParams(params: readonly (readonly [string, string])[]): string {
  let query = '';
  for (const [name, value] of params) {
    query += `${query === '' ? '' : '&'}${encodeComponent(name)}=${encodeComponent(value)}`;
  }
  return query;
}

/**
 * Signs a REST request and returns the value to append as `signature=` (last, after every other parameter).
 *
 * The signed payload is the query string immediately followed by the body, with no separator (PROTOCOL §3.4). HMAC
 * signatures are hex and returned as they are; RSA and Ed25519 signatures are base64 and returned URL-encoded
 * (`+` → `%2B`, `/` → `%2F`, `=` → `%3D`), as Binance requires.
 *
 * @param query - the encoded query string, without `?` (see {@link encodeRestParams}); `''` when there is none.
 * @param body - the encoded `application/x-www-form-urlencoded` body, if any.
 */
export async function signRestRequest(signer: Signer, query: string, body?: string): Promise<string> {
  return restSignature(signer, await signer.sign(query + (body ?? '')));
}

/**
 * {@link signRestRequest} without a promise, for a signer that signs synchronously (`signNow`); `undefined` when it
 * cannot.
 */
export function signRestRequestNow(signer: Signer, query: string, body?: string): string | undefined {
  return signer.signNow === undefined ? undefined : restSignature(signer, signer.signNow(query + (body ?? '')));
}

function restSignature(signer: Signer, signature: string): string {
  return signer.keyType === 'HMAC' ? signature : encodeURIComponent(signature);
}

function encodeComponent(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    throw new TypeError('a REST parameter contains a lone surrogate and cannot be URL-encoded');
  }
}
