import { RestError } from '../rest/RestError.js';

/**
 * Splits what a signed REST request carried into the text that was signed and the place of its signature (PROTOCOL
 * §3.4): the query string concatenated to the body exactly as received, minus the trailing `&signature=...`. The
 * signature must be the last parameter (of the body when there is one, else of the query string) and appear once:
 * -1102 when it is missing, -1101 when it appears twice, -1022 when it is not last (what it signs would not be the
 * payload any more).
 */
export function signedPayload(rawQuery: string, rawBody: string): string {
  const inQuery = countSignatures(rawQuery);
  const inBody = countSignatures(rawBody);
  if (inQuery + inBody === 0) throw RestError.mandatory('signature');
  if (inQuery + inBody > 1) throw RestError.duplicateParameter();
  const last = rawBody === '' ? rawQuery : rawBody;
  const cut = last.lastIndexOf('&') + 1;
  if (!isSignaturePair(last.slice(cut))) throw invalidSignature();
  const rest = last.slice(0, Math.max(0, cut - 1));
  return rawBody === '' ? rest : rawQuery + rest;
}

/** -1022, Binance's answer to a signature that does not verify. */
export function invalidSignature(): RestError {
  return new RestError(-1022, 'Signature for this request is not valid.');
}

function countSignatures(raw: string): number {
  let count = 0;
  for (const pair of raw.split('&')) if (isSignaturePair(pair)) count++;
  return count;
}

function isSignaturePair(pair: string): boolean {
  const eq = pair.indexOf('=');
  const name = eq < 0 ? pair : pair.slice(0, eq);
  try {
    return decodeURIComponent(name) === 'signature';
  } catch {
    return false;
  }
}
