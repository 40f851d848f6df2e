import type { ErrorContext } from './ExchangeError.js';
import { ExchangeError } from './ExchangeError.js';
import { redact, sanitizeContext } from './redact.js';

// Errors the client raises itself, not from a Binance answer: built here, beside the classifier, so that every
// ExchangeError of the library comes from src/errors/ and goes through the same redaction.

/** A market-data socket was lost; the shard reconnects (reported as the reason of a `reconnecting` event). */
export function connectionLost(reason: string): ExchangeError {
  return new ExchangeError({
    category: 'network',
    severity: 'warning',
    retryable: true,
    userMessage: 'The market data connection was lost; it is being restored.',
    details: redact(reason),
  });
}

/** A market-data connection stopped retrying (`maxRetries` reached): its streams end with this error. */
export function connectionGaveUp(cause: unknown): ExchangeError {
  if (cause instanceof ExchangeError) return cause;
  return new ExchangeError({
    category: 'network',
    severity: 'error',
    retryable: false,
    userMessage: 'The market data connection could not be restored.',
    details: redact(cause instanceof Error ? cause.message : String(cause)),
    suggestions: ['Check the network and the endpoint URL, then subscribe again.'],
  });
}

/** A frame on a market socket that is not JSON or not of any known shape. */
export function unreadableFrame(reason: string, frame: string): ExchangeError {
  // Redacted before it is cut: a cut could leave the start of a token too short to be recognised as one.
  const shown = redact(frame);
  return new ExchangeError({
    category: 'decode',
    severity: 'warning',
    retryable: false,
    userMessage: 'A market data frame could not be read and was skipped.',
    details: `${reason}: ${shown.length > 120 ? `${shown.slice(0, 120)}…` : shown}`,
  });
}

/** Something was asked of a client (or session) after `close()`. */
export function clientClosed(what: string, context: ErrorContext = {}): ExchangeError {
  return new ExchangeError({
    category: 'network',
    severity: 'error',
    retryable: false,
    userMessage: 'This client was closed.',
    details: `${redact(what)}: the client was closed`,
    context: sanitizeContext(context),
  });
}

/** A request not sent because the client is banned (418) until `until`, epoch ms. */
export function bannedLocally(until: number, operation: string, context: ErrorContext = {}): ExchangeError {
  return new ExchangeError({
    category: 'banned',
    severity: 'critical',
    retryable: false,
    retryAfter: until,
    userMessage: `Binance has banned this IP until ${new Date(until).toISOString()}; nothing is sent before then.`,
    details: `${operation} not sent: the IP is banned (HTTP 418) until ${new Date(until).toISOString()}`,
    suggestions: ['Wait until the ban ends.', 'Reduce the request rate: a ban follows requests sent after a 429.'],
    context: sanitizeContext({ ...context, operation }),
  });
}

/** A symbol the exchange does not list. */
export function unknownSymbol(symbol: string, context: ErrorContext = {}): ExchangeError {
  return new ExchangeError({
    category: 'validation',
    severity: 'error',
    retryable: false,
    code: -1121,
    userMessage: `${redact(symbol)} is not a symbol of this exchange.`,
    details: `Invalid symbol: ${redact(symbol)} is not in exchangeInfo`,
    context: sanitizeContext({ ...context, symbol }),
  });
}

/**
 * An order whose placement had an unknown outcome, and that its client order id could not find afterwards: it was
 * most likely never placed, but only a human (or `getOrder`) can be sure.
 */
export function orderNotFoundAfterUnknownOutcome(
  clientOrderId: string,
  lookups: number,
  cause: ExchangeError,
  context: ErrorContext = {},
): ExchangeError {
  return new ExchangeError({
    category: 'unknown-outcome',
    severity: 'error',
    retryable: false,
    userMessage: 'The order could not be confirmed and was not found: it was most likely not placed.',
    details: `placing ${redact(clientOrderId)} failed (${cause.details}); ${lookups} lookups by client order id found no such order`,
    suggestions: [
      `Check with getOrder(symbol, { clientOrderId: '${redact(clientOrderId)}' }) before placing it again.`,
      'Placing it again with the same client order id is refused while the first one is open.',
    ],
    context: sanitizeContext({ ...context, clientOrderId }),
    cause: { name: 'ExchangeError', category: cause.category, code: cause.code },
  });
}

/** A user data subscription ended without being asked to (`eventStreamTerminated`, a failed re-subscription). */
export function userDataEnded(userId: string, reason: string): ExchangeError {
  return new ExchangeError({
    category: 'stream',
    severity: 'error',
    retryable: true,
    userMessage: 'The account updates stopped.',
    details: redact(reason),
    suggestions: ['Subscribe to userData$ again.'],
    context: sanitizeContext({ userId, stream: 'userData' }),
  });
}
