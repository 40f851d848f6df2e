import type { ForcedReply, RestFaultHooks } from '../rest/createRestHandler.js';
import type { ClockSkew } from './ClockSkew.js';

/** What {@link TradingFaults.failNextOrder} does. */
export interface FailNextOrderOptions {
  /** HTTP status of the answer (default 503). */
  readonly status?: number;
  /** Execute the order anyway (default true): the client cannot know whether it exists. */
  readonly afterExecution?: boolean;
  /** `'timeout'` (-1007, default), `'unexpected'` (-1006) or `'empty'` (no body). */
  readonly body?: 'timeout' | 'unexpected' | 'empty';
}

/** What {@link TradingFaults.delayNext} holds back. */
export interface DelayNextOptions {
  /** Only a request to this path (default: the next request, whatever its path). */
  readonly path?: string;
  /** Only a request with this method (default any). */
  readonly method?: string;
  /** How long the answer is held, in ms. */
  readonly ms: number;
}

/** What {@link TradingFaults.forceStatus} answers. */
export interface ForceStatusOptions {
  /** Only requests to this path (default any path). */
  readonly path?: string;
  /** Only requests with this method (default any). */
  readonly method?: string;
  readonly status: number;
  /** The JSON body, or `'empty'` (default: Binance's error body for the status). */
  readonly body?: unknown;
  /** How many requests are answered so (default 1). */
  readonly times?: number;
  /** `Retry-After` in seconds (default 1 on 429 and 418, none otherwise). */
  readonly retryAfterSeconds?: number;
}

/** What the trading faults have done, for tests that prove a client's behaviour. */
export interface TradingFaultStats {
  readonly forcedReplies: number;
  readonly failedOrders: number;
  readonly delayedReplies: number;
  /** Requests that arrived before the `Retry-After` of a forced 429 or 418 had passed (a client must send none). */
  readonly requestsDuringForcedPause: number;
}

interface Forced {
  readonly options: ForceStatusOptions;
  left: number;
}

const ORDER_PLACEMENT = 'POST /api/v3/order';
const TIMEOUT = {
  code: -1007,
  msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
};
const UNEXPECTED = {
  code: -1006,
  msg: 'An unexpected response was received from the message bus. Execution status unknown.',
};

/**
 * Failures of the trading side (`sim.tradingFaults`), each shaped like Binance's: an order whose outcome the client
 * cannot know, a response held past the client's timeout, a server clock that runs ahead or behind, forced statuses.
 * Each arms once (or `times`) and is consumed by the requests it hits.
 *
 * @example
 * ```ts
 * sim.tradingFaults.failNextOrder({ status: 503 });      // executed, but answered 503 -1007
 * sim.tradingFaults.forceStatus({ path: '/api/v3/account', status: 429, retryAfterSeconds: 2 });
 * sim.tradingFaults.skewClock(-3_000);                   // the server runs 3 s behind
 * ```
 */
export class TradingFaults implements RestFaultHooks {
  private orderFailure: FailNextOrderOptions | undefined;
  private readonly delays: DelayNextOptions[] = [];
  private readonly forced: Forced[] = [];
  private pauseUntil = 0;
  private counters = { forcedReplies: 0, failedOrders: 0, delayedReplies: 0, requestsDuringForcedPause: 0 };

  /** @internal The simulator creates its faults; users reach them as `sim.tradingFaults`. */
  constructor(private readonly clock: ClockSkew) {}

  /** The next order placement gets `status` instead of its answer; it is executed unless `afterExecution: false`. */
  failNextOrder(options: FailNextOrderOptions = {}): void {
    this.orderFailure = options;
  }

  /** Holds the next matching answer for `ms` (the request itself is handled at once). */
  delayNext(options: DelayNextOptions): void {
    if (!(options.ms >= 0)) throw new TypeError(`invalid delay ${options.ms}`);
    this.delays.push(options);
  }

  /** Makes the server's clock run `ms` ahead (positive) or behind (negative); 0 restores it. */
  skewClock(ms: number): void {
    this.clock.set(ms);
  }

  /** Answers the next `times` matching requests with `status`, without handling them. */
  forceStatus(options: ForceStatusOptions): void {
    const times = options.times ?? 1;
    if (!(Number.isInteger(times) && times > 0)) throw new TypeError(`invalid times ${times}`);
    this.forced.push({ options, left: times });
  }

  /** Disarms every fault and restores the clock. */
  clear(): void {
    this.orderFailure = undefined;
    this.delays.length = 0;
    this.forced.length = 0;
    this.clock.set(0);
  }

  stats(): TradingFaultStats {
    return { ...this.counters };
  }

  /**
   * Consumes the armed order failure for an order placement through any API; `executed` says whether the caller is
   * asking after executing the order (then only an `afterExecution` failure applies) or before.
   */
  takeOrderFailure(executed: boolean): ForcedReply | undefined {
    const failure = this.orderFailure;
    if (failure === undefined || (failure.afterExecution ?? true) !== executed) return undefined;
    this.orderFailure = undefined;
    this.counters.failedOrders++;
    const body = failure.body ?? 'timeout';
    return {
      status: failure.status ?? 503,
      body: body === 'empty' ? undefined : body === 'timeout' ? TIMEOUT : UNEXPECTED,
    };
  }

  /** @internal RestFaultHooks */
  before(method: string, path: string): ForcedReply | undefined {
    const now = this.clock.now();
    if (this.pauseUntil > now) this.counters.requestsDuringForcedPause++;
    const forced = this.forced.find((f) => matches(f.options, method, path));
    if (forced !== undefined) {
      if (--forced.left === 0) this.forced.splice(this.forced.indexOf(forced), 1);
      this.counters.forcedReplies++;
      return this.forcedReply(forced.options, now);
    }
    return `${method} ${path}` === ORDER_PLACEMENT ? this.takeOrderFailure(false) : undefined;
  }

  /** @internal RestFaultHooks */
  after(method: string, path: string): ForcedReply | undefined {
    return `${method} ${path}` === ORDER_PLACEMENT ? this.takeOrderFailure(true) : undefined;
  }

  /** @internal RestFaultHooks */
  delay(method: string, path: string): number {
    const index = this.delays.findIndex((d) => matches(d, method, path));
    if (index < 0) return 0;
    const [delay] = this.delays.splice(index, 1);
    this.counters.delayedReplies++;
    return delay?.ms ?? 0;
  }

  private forcedReply(options: ForceStatusOptions, now: number): ForcedReply {
    const { status } = options;
    const limited = status === 429 || status === 418;
    const retryAfter = options.retryAfterSeconds ?? (limited ? 1 : undefined);
    if (retryAfter !== undefined && limited) this.pauseUntil = Math.max(this.pauseUntil, now + retryAfter * 1000);
    const body = options.body === 'empty' ? undefined : (options.body ?? defaultBody(status, now));
    return { status, body, ...(retryAfter === undefined ? {} : { headers: { 'Retry-After': String(retryAfter) } }) };
  }
}

function matches(options: { readonly path?: string; readonly method?: string }, method: string, path: string): boolean {
  return (options.path === undefined || options.path === path) && (options.method ?? method) === method;
}

/** Binance's error body for a status. */
function defaultBody(status: number, now: number): { code: number; msg: string } {
  if (status === 429) {
    return {
      code: -1003,
      msg:
        'Too much request weight used; current limit is 6000 request weight per 1 MINUTE. ' +
        'Please use WebSocket Streams for live updates to avoid polling the API.',
    };
  }
  if (status === 418) {
    return {
      code: -1003,
      msg: `Way too much request weight used; IP banned until ${now + 120_000}. Please use WebSocket Streams for live updates to avoid bans.`,
    };
  }
  if (status === 503) {
    return {
      code: -1008,
      msg: 'Server is currently overloaded with other requests. Please try again in a few minutes.',
    };
  }
  return { code: -1000, msg: 'An unknown error occurred while processing the request.' };
}
