import { newRuleWindows, rollWindow, type RuleWindow, windowMs } from './ruleWindow.js';
import type { RateLimitConfig, RateLimitRule } from './RateLimitConfig.js';
import { RestError } from './RestError.js';

/** How much of one rule an IP has used in the current window. */
export interface RuleUsage {
  readonly rule: RateLimitRule;
  readonly count: number;
}

/** The outcome of charging a request. */
export type RateDecision =
  | { readonly allowed: true; readonly usage: readonly RuleUsage[] }
  | {
      readonly allowed: false;
      /** 429 (limit exceeded) or 418 (IP banned). */
      readonly status: 429 | 418;
      /** Whole seconds until a request may succeed (the `Retry-After` header). */
      readonly retryAfterSeconds: number;
      /** Epoch ms when the wait ends. */
      readonly retryAt: number;
      readonly error: RestError;
      readonly usage: readonly RuleUsage[];
    };

/** One rule's window figures over every IP: what is used now, and the most any window has held. */
export interface RuleWindowStats {
  readonly rule: RateLimitRule;
  /** The largest count an IP has in the current window of this rule. */
  readonly used: number;
  /** The largest count any IP reached in any window of this rule so far, refused requests included. */
  readonly peak: number;
}

/** How a request is counted. */
export interface ChargeOptions {
  /**
   * Whether the request counts toward RAW_REQUESTS (default true). Those rules count REST requests; WebSocket API
   * requests only carry weight (PROTOCOL §3.8).
   */
  readonly rawRequest?: boolean;
}

/** What the limiter has seen. */
export interface RateLimiterStats {
  /** Requests that arrived while their IP was told to wait (after a 429, before its Retry-After) or was banned. */
  readonly requestsWhileLimited: number;
  /** 429 and 418 answers. */
  readonly tooManyRequests: number;
  readonly bans: number;
}

interface IpState {
  readonly windows: RuleWindow[];
  limitedUntil: number;
  bannedUntil: number;
  violations: number;
  bans: number;
}

const MAX_BAN_MS = 3 * 86_400_000;

/**
 * Per-IP request accounting, as Binance does it: REQUEST_WEIGHT rules count each request's weight and RAW_REQUESTS
 * rules count requests, in fixed windows aligned to their interval (calendar seconds, minutes, hours, UTC days).
 * Exceeding a rule answers 429 until the window ends; an IP that keeps sending before its `Retry-After` is banned
 * (418) for 2 minutes, doubling per ban up to 3 days. Shared by REST and the WebSocket API.
 */
export class IpRateLimiter {
  private readonly rules: readonly RateLimitRule[];
  private readonly ips = new Map<string, IpState>();
  private readonly banBaseMs: number;
  private readonly tolerance: number;
  private readonly peaks: number[];
  private counters = { requestsWhileLimited: 0, tooManyRequests: 0, bans: 0 };

  constructor(config: RateLimitConfig) {
    this.rules = config.rules.filter((r) => r.rateLimitType === 'REQUEST_WEIGHT' || r.rateLimitType === 'RAW_REQUESTS');
    this.banBaseMs = config.banBaseMs ?? 120_000;
    this.tolerance = config.maxRequestsWhileLimited ?? 2;
    this.peaks = this.rules.map(() => 0);
  }

  /** The response header reporting a REQUEST_WEIGHT rule's usage, e.g. `X-MBX-USED-WEIGHT-1M`. */
  static headerName(rule: RateLimitRule): string {
    return `X-MBX-USED-WEIGHT-${rule.intervalNum}${rule.interval.charAt(0)}`;
  }

  /** Counts a request of `weight` from `ip` at `now` and says whether it may proceed. */
  charge(ip: string, weight: number, now: number, options: ChargeOptions = {}): RateDecision {
    const raw = options.rawRequest ?? true;
    const state = this.state(ip);
    if (state.bannedUntil > now) {
      this.counters.requestsWhileLimited++;
      return this.ban(state, now, false);
    }
    const waiting = state.limitedUntil > now;
    if (waiting) {
      this.counters.requestsWhileLimited++;
      if (++state.violations > this.tolerance) return this.ban(state, now, true);
    }
    let exceeded: { rule: RateLimitRule; end: number } | undefined;
    this.rules.forEach((rule, i) => {
      const window = rollWindow(state.windows[i] as RuleWindow, rule, now);
      window.count += rule.rateLimitType === 'REQUEST_WEIGHT' ? weight : raw ? 1 : 0;
      this.peaks[i] = Math.max(this.peaks[i] ?? 0, window.count);
      const end = window.start + windowMs(rule);
      if (window.count > rule.limit && (exceeded === undefined || end > exceeded.end)) exceeded = { rule, end };
    });
    const usage = this.usageOf(state, now);
    if (exceeded === undefined) return { allowed: true, usage };
    if (!waiting) state.violations = 0;
    state.limitedUntil = Math.max(state.limitedUntil, exceeded.end);
    this.counters.tooManyRequests++;
    const { rule } = exceeded;
    const per = `${rule.intervalNum} ${rule.interval}`;
    const msg =
      rule.rateLimitType === 'REQUEST_WEIGHT'
        ? `Too much request weight used; current limit is ${rule.limit} request weight per ${per}. ` +
          'Please use WebSocket Streams for live updates to avoid polling the API.'
        : `Too many requests; current limit is ${rule.limit} requests per ${per}.`;
    return this.refusal(429, state.limitedUntil, now, new RestError(-1003, msg, 429), usage);
  }

  /** The IP's current usage of every REQUEST_WEIGHT and RAW_REQUESTS rule. */
  usage(ip: string, now: number): RuleUsage[] {
    return this.usageOf(this.state(ip), now);
  }

  stats(): RateLimiterStats {
    return { ...this.counters };
  }

  /** Every rule's current and peak count over all IPs, so tests can prove a client stayed within a budget. */
  windowStats(now: number): RuleWindowStats[] {
    return this.rules.map((rule, i) => {
      let used = 0;
      for (const state of this.ips.values())
        used = Math.max(used, rollWindow(state.windows[i] as RuleWindow, rule, now).count);
      return { rule, used, peak: this.peaks[i] ?? 0 };
    });
  }

  private ban(state: IpState, now: number, fresh: boolean): RateDecision {
    if (fresh) {
      state.bans++;
      this.counters.bans++;
      state.bannedUntil = now + Math.min(this.banBaseMs * 2 ** (state.bans - 1), MAX_BAN_MS);
      state.violations = 0;
    }
    const msg =
      `Way too much request weight used; IP banned until ${state.bannedUntil}. ` +
      'Please use WebSocket Streams for live updates to avoid bans.';
    this.counters.tooManyRequests++;
    return this.refusal(418, state.bannedUntil, now, new RestError(-1003, msg, 418), this.usageOf(state, now));
  }

  private refusal(status: 429 | 418, until: number, now: number, error: RestError, usage: readonly RuleUsage[]) {
    const retryAfterSeconds = Math.max(1, Math.ceil((until - now) / 1000));
    return { allowed: false, status, retryAfterSeconds, retryAt: until, error, usage } as const;
  }

  private usageOf(state: IpState, now: number): RuleUsage[] {
    return this.rules.map((rule, i) => ({ rule, count: rollWindow(state.windows[i] as RuleWindow, rule, now).count }));
  }

  private state(ip: string): IpState {
    let state = this.ips.get(ip);
    if (state === undefined) {
      const windows = newRuleWindows(this.rules);
      state = { windows, limitedUntil: 0, bannedUntil: 0, violations: 0, bans: 0 };
      this.ips.set(ip, state);
    }
    return state;
  }
}
