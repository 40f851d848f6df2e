import { RestError } from './RestError.js';

/**
 * Reads the parameters of a request: the query string and, for POST/PUT/DELETE, the form body. A parameter sent
 * twice in the same place is refused (-1101); one sent in both places takes the query string's value (PROTOCOL
 * §3.1). Bad percent-encoding is refused (-1100). Returns the parameters in the order they were sent.
 */
export function parseParams(query: string, body?: string): Map<string, string> {
  const params = parseForm(query);
  if (body !== undefined) {
    for (const [name, value] of parseForm(body)) if (!params.has(name)) params.set(name, value);
  }
  return params;
}

function parseForm(text: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    if (params.has(name)) throw RestError.duplicateParameter();
    params.set(name, value);
  }
  return params;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw RestError.illegalChars();
  }
}
