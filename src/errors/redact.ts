import type { ErrorContext } from './ExchangeError.js';

/** What was attempted; only its name and path are ever copied. (Structurally the classifier's `RequestOperation`.) */
interface OperationLike {
  readonly name: string;
  readonly method?: string;
  readonly path?: string;
}

/** The path of a URL or path: no scheme, host, credentials, query or fragment. */
export function pathOnly(urlOrPath: string): string {
  let text = urlOrPath;
  const cut = text.search(/[?#]/);
  if (cut >= 0) text = text.slice(0, cut);
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  // A long path is not a token (`/api/v3/order/amend/keepPriority` would look like one); a long segment may be.
  return cap(scrub(text === '' ? '/' : text).replace(LONG_SEGMENT, REDACTED));
}

const CONTEXT_KEYS = ['userId', 'symbol', 'operation', 'stream', 'endpoint', 'requestId', 'clientOrderId'] as const;

/** Copies only the known context fields, as redacted strings; an endpoint keeps only its path. */
export function sanitizeContext(context: ErrorContext | undefined, operation?: OperationLike): ErrorContext {
  const out: Record<string, string> = {};
  if (operation !== undefined) {
    out['operation'] = redact(operation.name);
    const endpoint = operation.path ?? operation.method;
    if (endpoint !== undefined) out['endpoint'] = operation.path === undefined ? redact(endpoint) : pathOnly(endpoint);
  }
  if (context !== undefined) {
    for (const key of CONTEXT_KEYS) {
      const value: unknown = context[key];
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      out[key] = key === 'endpoint' || key === 'stream' ? pathOnly(String(value)) : redact(String(value));
    }
  }
  return out;
}

const MAX_TEXT = 300;
const REDACTED = '[REDACTED]';
const NAMED_SECRET =
  /((?:signature|apikey|api_key|api-key|x-mbx-apikey|secret\w*|privatekey|private_key|listenkey|password|token)["']?\s*[:=]\s*["']?)[^\s&"',;}]+/gi;
const PEM = /-----BEGIN [^-]*-----[\s\S]*?(?:-----END [^-]*-----|$)/g;
// API keys, secrets, hex and base64 signatures and listen keys are runs of 32+ such characters; Binance's own
// messages never are (filter names contain underscores, which are not in the class).
const LONG_TOKEN = /[A-Za-z0-9+/=%]{32,}/g;
// The same within one segment of a path, where `/` separates.
const LONG_SEGMENT = /[A-Za-z0-9+=%]{32,}/g;

/**
 * Removes anything that looks like a credential from a text that is about to be copied into an error: named values
 * (`signature=…`, `apiKey: …`), PEM blocks and long key-like tokens; then caps its length.
 */
export function redact(text: string): string {
  return cap(scrub(text).replace(LONG_TOKEN, REDACTED));
}

/** Named values and PEM blocks. */
function scrub(text: string): string {
  return text.replace(PEM, REDACTED).replace(NAMED_SECRET, `$1${REDACTED}`);
}

function cap(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}
