import type { OrderCountUsage } from '../exchange/OrderCountLimiter.js';
import type { RuleUsage } from '../rest/IpRateLimiter.js';

/** One entry of a response's `rateLimits` (PROTOCOL §4). */
export interface RateLimitEntry {
  readonly rateLimitType: 'REQUEST_WEIGHT' | 'ORDERS';
  readonly interval: string;
  readonly intervalNum: number;
  readonly limit: number;
  readonly count: number;
}

/** A response's outcome: the `result`, or the `error` with Binance's code, message and optional `data`. */
export type WsApiOutcome =
  | { readonly result: unknown }
  | { readonly error: { readonly code: number; readonly msg: string; readonly data?: Record<string, unknown> } };

/**
 * A response frame, `{"id","status","result"|"error","rateLimits"?}`, with the id echoed exactly as received (its
 * JSON text) and `rateLimits` left out when undefined.
 */
export function wsApiResponse(
  idJson: string,
  status: number,
  outcome: WsApiOutcome,
  rateLimits: readonly RateLimitEntry[] | undefined,
): string {
  const body =
    'result' in outcome ? `"result":${JSON.stringify(outcome.result)}` : `"error":${JSON.stringify(outcome.error)}`;
  const limits = rateLimits === undefined ? '' : `,"rateLimits":${JSON.stringify(rateLimits)}`;
  return `{"id":${idJson},"status":${status},${body}${limits}}`;
}

/** `rateLimits`: the account's ORDERS windows (when given), then the IP's REQUEST_WEIGHT windows. */
export function rateLimitEntries(
  weight: readonly RuleUsage[],
  orders: readonly OrderCountUsage[] = [],
): RateLimitEntry[] {
  const entry = ({ rule, count }: RuleUsage | OrderCountUsage): RateLimitEntry => ({
    rateLimitType: rule.rateLimitType === 'ORDERS' ? 'ORDERS' : 'REQUEST_WEIGHT',
    interval: rule.interval,
    intervalNum: rule.intervalNum,
    limit: rule.limit,
    count,
  });
  return [...orders.map(entry), ...weight.filter(({ rule }) => rule.rateLimitType === 'REQUEST_WEIGHT').map(entry)];
}
