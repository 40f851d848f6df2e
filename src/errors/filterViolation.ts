import { filterFailureHints } from './binanceErrorCodes.js';
import { type ErrorContext, ExchangeError } from './ExchangeError.js';

/** Options of {@link fromFilterViolation}. */
export interface FilterViolationOptions {
  /**
   * The Binance code the server would answer with. Default -1013 (`Filter failure: <FILTER>`); -1111 for too many
   * decimals.
   */
  readonly code?: number;
  /** What would make the order pass, e.g. the nearest valid price. */
  readonly suggestions?: readonly string[];
}

/**
 * The error of an order that breaks a rule of its symbol, found before sending it (client-side validation,
 * PROTOCOL §3.11): category `validation`, severity `error`, not retryable, with the code Binance would have sent.
 *
 * `reason` is the rule's name — the filter (`LOT_SIZE`), or the reason the server-side classifier gives the same
 * rejection (`MARKET_CLOSED`, `BAD_PRECISION`) — so that a caller handles both alike. The message is
 * `<filter>: <details>`.
 *
 * @param filter - the filter or rule broken, e.g. `LOT_SIZE`.
 * @param details - what is wrong and what is allowed, e.g. `quantity 0.0000005 is below minQty 0.00001 (allowed:
 *   0.00001 to 9000)`.
 * @param context - where: the symbol, the operation, the client order id.
 * @param options - the code (default -1013) and suggestions.
 */
export function fromFilterViolation(
  filter: string,
  details: string,
  context: ErrorContext = {},
  options: FilterViolationOptions = {},
): ExchangeError {
  const hint = filterFailureHints[filter];
  const code = options.code ?? -1013;
  return new ExchangeError({
    category: 'validation',
    severity: 'error',
    retryable: false,
    code,
    reason: filter,
    userMessage:
      hint === undefined
        ? `The order was not sent: ${details}.`
        : `The order was not sent: it breaks the ${filter} filter (${hint}): ${details}.`,
    details: `${filter}: ${details}`,
    suggestions: options.suggestions ?? [
      `Check the ${filter} rule of the symbol in exchangeInfo and adjust the order.`,
    ],
    context,
  });
}
