import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { MarketHub } from '../market/MarketHub.js';
import { IpRateLimiter, type RuleUsage } from './IpRateLimiter.js';
import { ParamReader } from './ParamReader.js';
import { parseParams } from './parseParams.js';
import { DEFAULT_RATE_LIMITS, type RateLimitConfig } from './RateLimitConfig.js';
import { RestError } from './RestError.js';
import type { RestHandler, RestStats } from './RestHandler.js';
import type { RestRoute, SecurityCheck } from './RestRoute.js';
import { RestRouter } from './RestRouter.js';
import { generalRoutes } from './routes/generalRoutes.js';
import { marketDataRoutes } from './routes/marketDataRoutes.js';
import { tickerRoutes } from './routes/tickerRoutes.js';

/** How to build the simulator's REST side. */
export interface RestHandlerOptions {
  readonly hub: MarketHub;
  /** Limits enforced and published in `exchangeInfo` (default Binance's, {@link DEFAULT_RATE_LIMITS}). */
  readonly rateLimits?: RateLimitConfig;
  /** The server clock (default the hub's). */
  readonly now?: () => number;
  /** Checks signed requests; without it, every non-NONE route answers -1002. */
  readonly security?: SecurityCheck;
  /** More endpoints (trading, account…) served with the same parsing, limits and errors. */
  readonly routes?: readonly RestRoute[];
  /** A limiter to share with other entry points (the WebSocket API); default a new one for `rateLimits`. */
  readonly limiter?: IpRateLimiter;
  /** Largest accepted request body (default 64 KiB); larger ones are answered 413. */
  readonly maxBodyBytes?: number;
  /** Injected failures (forced statuses, delayed answers, failed orders); default none. */
  readonly faults?: RestFaultHooks;
}

/** An answer a fault imposes instead of the normal one. */
export interface ForcedReply {
  readonly status: number;
  /** The JSON body; `undefined` sends an empty body. */
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The faults the REST handler consults for every request. */
export interface RestFaultHooks {
  /** An answer to send instead of handling the request at all (nothing is charged or executed). */
  before(method: string, path: string): ForcedReply | undefined;
  /** An answer to send instead of a successful one: the request was executed, the client learns nothing of it. */
  after(method: string, path: string): ForcedReply | undefined;
  /** How long to hold the answer, in ms (0: not at all). */
  delay(method: string, path: string): number;
}

/** A handler's answer with its own status and headers (order-count headers, a 429 with `Retry-After`). */
export class RestReply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

/**
 * A route whose weight is charged only when it fails: since 2026-04-02 Binance's successful order placements and
 * cancels cost `weightOnSuccess` (0) instead of their weight (PROTOCOL §3.6, §3.8).
 */
export interface SuccessWeightedRoute extends RestRoute {
  readonly weightOnSuccess: number;
}

/** The REST handler with its parts exposed for composition. */
export interface SimulatorRestHandler extends RestHandler {
  readonly router: RestRouter;
  readonly limiter: IpRateLimiter;
}

const JSON_TYPE = 'application/json;charset=UTF-8';

/**
 * Builds the simulator's REST API (PROTOCOL §3): Binance's public market-data endpoints, parameter checks as strict as
 * Binance's, request weights per IP with `X-MBX-USED-WEIGHT-*` headers, 429 and 418 with `Retry-After`.
 *
 * @example
 * ```ts
 * const rest = createRestHandler({ hub });
 * const server = http.createServer((req, res) => rest.handle(req, res));
 * ```
 */
export function createRestHandler(options: RestHandlerOptions): SimulatorRestHandler {
  const { hub, security, faults } = options;
  const rateLimits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
  const now = options.now ?? (() => hub.now());
  const limiter = options.limiter ?? new IpRateLimiter(rateLimits);
  const maxBodyBytes = options.maxBodyBytes ?? 65_536;
  const router = new RestRouter().add(
    ...generalRoutes({ hub, rateLimits }),
    ...marketDataRoutes({ hub }),
    ...tickerRoutes({ hub }),
    ...(options.routes ?? []),
  );
  const isSymbol = (symbol: string): boolean => hub.market(symbol) !== undefined;
  const timers = new Set<NodeJS.Timeout>();
  let requests = 0;
  let closed = false;

  function respond(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { ...headers, ...(body === undefined ? {} : { 'Content-Type': JSON_TYPE }) });
    res.end(text);
  }

  function serve(
    res: ServerResponse,
    method: string,
    url: string,
    rawBody: string,
    headers: IncomingHttpHeaders,
    ip: string,
  ): void {
    requests++;
    const at = now();
    const question = url.indexOf('?');
    const path = question < 0 ? url : url.slice(0, question);
    const rawQuery = question < 0 ? '' : url.slice(question + 1);
    const delay = faults?.delay(method, path) ?? 0;
    const reply = (status: number, body: unknown, replyHeaders: Record<string, string>): void => {
      if (delay <= 0) {
        respond(res, status, body, replyHeaders);
        return;
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        respond(res, status, body, replyHeaders);
      }, delay);
      timers.add(timer);
    };
    const forced = faults?.before(method, path);
    if (forced !== undefined) {
      reply(forced.status, forced.body, { ...forced.headers });
      return;
    }
    const route = RestRouter.isMethod(method) ? router.find(method, path) : undefined;
    let params: Map<string, string> | RestError;
    try {
      params = parseParams(rawQuery, method === 'GET' ? undefined : rawBody);
    } catch (err) {
      params = err instanceof RestError ? err : RestError.illegalChars();
    }
    const weight = route === undefined ? 0 : weightOf(route, params instanceof Map ? params : new Map());
    // A route free on success is charged its full weight up front only when that weight would exceed a limit (then
    // it is refused like any request); otherwise its weight is charged once it has failed.
    const successWeight = route === undefined ? undefined : (route as Partial<SuccessWeightedRoute>).weightOnSuccess;
    const upfront = successWeight !== undefined && fits(limiter.usage(ip, at), weight) ? successWeight : weight;
    const decision = limiter.charge(ip, upfront, at);
    const out = usageHeaders(decision.usage);
    if (!decision.allowed) {
      out['Retry-After'] = String(decision.retryAfterSeconds);
      reply(decision.status, decision.error.toJSON(), out);
      return;
    }
    if (route === undefined) {
      reply(404, undefined, out);
      return;
    }
    let answer: RestReply;
    try {
      if (params instanceof RestError) throw params;
      const time = timeUnit(headers);
      const reader = new ParamReader(params, isSymbol);
      let account: string | undefined;
      if (route.security !== 'NONE') {
        if (security === undefined) throw RestError.unauthorized();
        const context = { security: route.security, method: route.method, path, params: reader, headers };
        account = security({ ...context, rawQuery, rawBody, ip, now: at }).account;
      }
      const body = route.handle({ method: route.method, path, params: reader, headers, ip, now: at, account, time });
      reader.assertAllRead();
      answer = body instanceof RestReply ? body : new RestReply(200, body);
    } catch (err) {
      const error = err instanceof RestError ? err : RestError.unknown();
      answer = new RestReply(error.status, error.toJSON());
    }
    if (answer.status !== 200 && weight > upfront) {
      Object.assign(out, usageHeaders(limiter.charge(ip, weight - upfront, at).usage));
    }
    const failed = answer.status === 200 ? faults?.after(method, path) : undefined;
    if (failed !== undefined) reply(failed.status, failed.body, { ...out, ...failed.headers });
    else reply(answer.status, answer.body, { ...out, ...answer.headers });
  }

  return {
    router,
    limiter,
    handle(req: IncomingMessage, res: ServerResponse): void {
      if (closed) {
        res.writeHead(503).end();
        return;
      }
      const method = req.method ?? 'GET';
      const url = req.url ?? '/';
      const ip = req.socket.remoteAddress ?? 'unknown';
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= maxBodyBytes) chunks.push(chunk);
      });
      req.on('end', () => {
        if (size > maxBodyBytes) {
          res.writeHead(413).end();
          return;
        }
        serve(res, method, url, Buffer.concat(chunks).toString('utf8'), req.headers, ip);
      });
      req.on('error', () => {
        res.destroy();
      });
    },
    stats(): RestStats {
      return { requests, ...limiter.stats() };
    },
    close(): void {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

/** Whether `weight` more stays within every REQUEST_WEIGHT rule. */
function fits(usage: readonly RuleUsage[], weight: number): boolean {
  return usage.every(({ rule, count }) => rule.rateLimitType !== 'REQUEST_WEIGHT' || count + weight <= rule.limit);
}

function usageHeaders(usage: readonly RuleUsage[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { rule, count } of usage) {
    if (rule.rateLimitType === 'REQUEST_WEIGHT') out[IpRateLimiter.headerName(rule)] = String(count);
  }
  return out;
}

function weightOf(route: RestRoute, params: ReadonlyMap<string, string>): number {
  return typeof route.weight === 'number' ? route.weight : route.weight(params);
}

/** The `X-MBX-TIME-UNIT` conversion (PROTOCOL §3.1): epoch values in ms (default) or µs. */
function timeUnit(headers: IncomingHttpHeaders): (ms: number) => number {
  const unit = headers['x-mbx-time-unit'];
  if (unit === undefined || unit === 'MILLISECOND' || unit === 'millisecond') return (ms) => ms;
  if (unit === 'MICROSECOND' || unit === 'microsecond') return (ms) => ms * 1000;
  throw RestError.badTimeUnit();
}
