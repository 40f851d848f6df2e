import type { OrderCountUsage } from '../exchange/OrderCountLimiter.js';
import type { IpRateLimiter, RuleUsage } from '../rest/IpRateLimiter.js';
import { ParamReader } from '../rest/ParamReader.js';
import { RestError } from '../rest/RestError.js';
import { parseWsApiRequest, type WsApiEnvelope } from './parseWsApiRequest.js';
import type { WsApiAuthenticator } from './WsApiAuthenticator.js';
import type { WsApiConnection } from './WsApiConnection.js';
import type { WsApiCall, WsApiMethod } from './WsApiMethod.js';
import type { WsApiRequestLogEntry } from './WsApiRequestLogEntry.js';
import { rateLimitEntries, wsApiResponse, type WsApiOutcome } from './wsApiResponse.js';

/** What the dispatcher works with. */
export interface WsApiDispatcherInit {
  readonly methods: readonly WsApiMethod[];
  /** Request weight per IP, shared with REST. */
  readonly limiter: IpRateLimiter;
  readonly authenticator: WsApiAuthenticator;
  readonly isSymbol: (symbol: string) => boolean;
  readonly now: () => number;
  /** Called after a request was answered 418: Binance disconnects a banned IP. */
  readonly onBan: (ip: string) => void;
  /** Called after every answer. */
  readonly onRequest: (entry: WsApiRequestLogEntry) => void;
}

/** Methods of Binance's WebSocket API that the simulator does not serve (PROTOCOL §4): -1020 rather than -1102. */
const NOT_SIMULATED: ReadonlySet<string> = new Set([
  'exchangeInfo',
  'executionRules',
  'depth',
  'trades.recent',
  'trades.historical',
  'trades.aggregate',
  'blockTrades.historical',
  'klines',
  'uiKlines',
  'avgPrice',
  'ticker.24hr',
  'ticker.tradingDay',
  'ticker',
  'ticker.price',
  'ticker.book',
  'referencePrice',
  'referencePrice.calculation',
  'order.cancelReplace',
  'order.amend.keepPriority',
  'order.amendments',
  'openOrders.cancelAll',
  'orderList.place',
  'orderList.place.oco',
  'orderList.place.oto',
  'orderList.place.otoco',
  'orderList.place.opo',
  'orderList.place.opoco',
  'orderList.status',
  'orderList.cancel',
  'openOrderLists.status',
  'allOrders',
  'allOrderLists',
  'myTrades',
  'myPreventedMatches',
  'myAllocations',
  'account.commission',
  'account.rateLimits.orders',
  'myFilters',
  'sor.order.place',
  'sor.order.test',
]);

/**
 * Answers WebSocket API requests (PROTOCOL §4): parses the envelope, charges the method's weight to the IP (429, then
 * 418 with `error.data = {serverTime, retryAfter}`; a successful order placement or cancel costs nothing), checks the
 * request's security, runs the method, and answers `{"id","status","result"|"error","rateLimits"}`, with
 * `rateLimits` unless the connection or the request turned them off (`returnRateLimits`).
 */
export class WsApiDispatcher {
  private readonly methods: ReadonlyMap<string, WsApiMethod>;

  constructor(private readonly init: WsApiDispatcherInit) {
    this.methods = new Map(init.methods.map((method) => [method.name, method]));
  }

  /** Handles one request text received on `connection`. */
  handle(connection: WsApiConnection, text: string): void {
    const at = this.init.now();
    const envelope = parseWsApiRequest(text);
    const answer = this.answer(connection, envelope, at);
    const { status, outcome } = answer;
    connection.send(wsApiResponse(envelope.idJson, status, outcome, answer.rateLimits));
    this.init.onRequest({
      connectionId: connection.id,
      at,
      id: envelope.id,
      method: envelope.method,
      params: Object.fromEntries(Object.entries(envelope.params).filter(([name]) => name !== 'signature')),
      status,
      ...('error' in outcome ? { error: { code: outcome.error.code, msg: outcome.error.msg } } : {}),
    });
    if (status === 418) this.init.onBan(connection.ip);
  }

  private answer(
    connection: WsApiConnection,
    envelope: WsApiEnvelope,
    at: number,
  ): { status: number; outcome: WsApiOutcome; rateLimits: ReturnType<typeof rateLimitEntries> | undefined } {
    const { limiter } = this.init;
    const { ip, options } = connection;
    let returnRateLimits = options.returnRateLimits;
    const reply = (
      status: number,
      outcome: WsApiOutcome,
      weight: readonly RuleUsage[],
      orders?: OrderCountUsage[],
    ) => ({
      status,
      outcome,
      rateLimits: returnRateLimits ? rateLimitEntries(weight, orders) : undefined,
    });
    if (!envelope.outcome.ok) {
      const { error } = envelope.outcome;
      return reply(error.status, { error: error.toJSON() }, limiter.usage(ip, at));
    }
    const { name, values } = envelope.outcome;
    const method = this.methods.get(name);
    if (method === undefined) {
      const error = NOT_SIMULATED.has(name)
        ? new RestError(-1020, 'This operation is not supported.')
        : RestError.mandatory('method');
      return reply(error.status, { error: error.toJSON() }, limiter.usage(ip, at));
    }
    const weight = typeof method.weight === 'number' ? method.weight : method.weight(values);
    // Free on success: charged up front only when its full weight would exceed a limit (then it is refused like any
    // request), otherwise once it has failed.
    const free = method.weightOnSuccess !== undefined && fits(limiter.usage(ip, at), weight);
    const upfront = free ? (method.weightOnSuccess ?? 0) : weight;
    const decision = limiter.charge(ip, upfront, at, { rawRequest: false });
    if (!decision.allowed) {
      const data = { serverTime: options.time(at), retryAfter: options.time(decision.retryAt) };
      return reply(decision.status, { error: { ...decision.error.toJSON(), data } }, decision.usage);
    }
    let orders: OrderCountUsage[] | undefined;
    let retryAfter: number | undefined;
    let status = 200;
    let outcome: WsApiOutcome;
    try {
      const params = new ParamReader(values, this.init.isSymbol);
      returnRateLimits = params.boolean('returnRateLimits') ?? returnRateLimits;
      const { authenticator } = this.init;
      const account =
        method.security === 'SIGNED' ? authenticator.signed(params, values, connection, at).accountId : undefined;
      const call: WsApiCall = {
        params,
        values,
        connection,
        now: at,
        time: options.time,
        account,
        verify: (verifyOptions) => authenticator.explicit(params, values, at, verifyOptions),
        reportOrderCounts: (usage) => {
          orders = [...usage];
        },
        reportRetryAfter: (epochMs) => {
          retryAfter = epochMs;
        },
      };
      const result = method.handle(call);
      params.assertAllRead();
      outcome = { result };
    } catch (error) {
      const failure = error instanceof RestError ? error : RestError.unknown();
      status = failure.status;
      const limited = status === 429 || status === 418;
      const data = { serverTime: options.time(at), retryAfter: options.time(retryAfter ?? at + 1000) };
      outcome = { error: { ...failure.toJSON(), ...(limited ? { data } : {}) } };
    }
    let usage = decision.usage;
    if (status !== 200 && weight > upfront)
      usage = limiter.charge(ip, weight - upfront, at, { rawRequest: false }).usage;
    return reply(status, outcome, usage, orders);
  }
}

/** Whether `weight` more stays within every REQUEST_WEIGHT rule. */
function fits(usage: readonly RuleUsage[], weight: number): boolean {
  return usage.every(({ rule, count }) => rule.rateLimitType !== 'REQUEST_WEIGHT' || count + weight <= rule.limit);
}
