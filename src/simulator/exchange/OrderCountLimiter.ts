import { newRuleWindows, rollWindow, type RuleWindow, windowMs } from '../rest/ruleWindow.js';
import type { RateLimitRule } from '../rest/RateLimitConfig.js';
import { RestError } from '../rest/RestError.js';

/** How much of one ORDERS rule an account has used in the current window. */
export interface OrderCountUsage {
  readonly rule: RateLimitRule;
  readonly count: number;
}

/** What the limiter has seen, for tests that prove a client respected the limit. */
export interface OrderCountStats {
  /** Placements refused with -1015. */
  readonly refused: number;
  /** Placements that arrived while their account was already refused in the same window (the client did not wait). */
  readonly refusedAgain: number;
}

interface AccountState {
  readonly windows: RuleWindow[];
  /** End of the window that refused the account last. */
  refusedUntil: number;
}

/**
 * Binance's unfilled order count per account (PROTOCOL §3.8, faqs/order_count_decrement): each accepted order counts
 * in every ORDERS window (fixed windows aligned to their interval, like the IP limits), an order's first fill gives
 * its count back in the current windows, and a placement when a window is full is refused with HTTP 429 and -1015.
 */
export class OrderCountLimiter {
  private readonly rules: readonly RateLimitRule[];
  private readonly accounts = new Map<string, AccountState>();
  private counters = { refused: 0, refusedAgain: 0 };

  constructor(rules: readonly RateLimitRule[]) {
    this.rules = rules.filter((rule) => rule.rateLimitType === 'ORDERS');
  }

  /** The response header reporting a rule's count, e.g. `X-MBX-ORDER-COUNT-10S`. */
  static headerName(rule: RateLimitRule): string {
    return `X-MBX-ORDER-COUNT-${rule.intervalNum}${rule.interval.charAt(0)}`;
  }

  /** Throws -1015 (HTTP 429) when one of the account's windows is full. */
  check(account: string, now: number): void {
    const state = this.state(account);
    let full: { rule: RateLimitRule; end: number } | undefined;
    this.rules.forEach((rule, i) => {
      const window = rollWindow(state.windows[i] as RuleWindow, rule, now);
      const end = window.start + windowMs(rule);
      if (window.count >= rule.limit && (full === undefined || end > full.end)) full = { rule, end };
    });
    if (full === undefined) return;
    this.counters.refused++;
    if (state.refusedUntil > now) this.counters.refusedAgain++;
    state.refusedUntil = Math.max(state.refusedUntil, full.end);
    const { rule } = full;
    throw new RestError(
      -1015,
      `Too many new orders; current limit is ${rule.limit} orders per ${rule.intervalNum} ${rule.interval}.`,
      429,
    );
  }

  /** Counts an accepted order; returns the usage including it. */
  record(account: string, now: number): OrderCountUsage[] {
    const state = this.state(account);
    this.rules.forEach((rule, i) => {
      rollWindow(state.windows[i] as RuleWindow, rule, now).count++;
    });
    return this.usage(account, now);
  }

  /** Gives back one order's count in the current windows (its first fill). */
  release(account: string, now: number): void {
    const state = this.state(account);
    this.rules.forEach((rule, i) => {
      const window = rollWindow(state.windows[i] as RuleWindow, rule, now);
      if (window.count > 0) window.count--;
    });
  }

  /** The account's count in each ORDERS window now. */
  usage(account: string, now: number): OrderCountUsage[] {
    const state = this.state(account);
    return this.rules.map((rule, i) => ({ rule, count: rollWindow(state.windows[i] as RuleWindow, rule, now).count }));
  }

  /** Whole seconds until the window that refused the account ends (at least 1), for `Retry-After`. */
  retryAfterSeconds(account: string, now: number): number {
    return Math.max(1, Math.ceil((this.state(account).refusedUntil - now) / 1000));
  }

  stats(): OrderCountStats {
    return { ...this.counters };
  }

  private state(account: string): AccountState {
    let state = this.accounts.get(account);
    if (state === undefined) {
      state = { windows: newRuleWindows(this.rules), refusedUntil: 0 };
      this.accounts.set(account, state);
    }
    return state;
  }
}
