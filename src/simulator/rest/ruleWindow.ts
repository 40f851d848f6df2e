import type { RateLimitRule } from './RateLimitConfig.js';

// Binance counts its limits in fixed windows aligned to the interval (calendar seconds, minutes, hours, UTC days):
// the IP's request weight and raw requests, and each account's ORDERS, alike.

/** One rule's current window: when it began (epoch ms; -1 before the first count) and what it counted. */
export interface RuleWindow {
  start: number;
  count: number;
}

const UNIT_MS = { SECOND: 1000, MINUTE: 60_000, HOUR: 3_600_000, DAY: 86_400_000 } as const;

/** The length of a rule's window, ms. */
export function windowMs(rule: RateLimitRule): number {
  return UNIT_MS[rule.interval] * rule.intervalNum;
}

/** A window for each rule, none begun yet. */
export function newRuleWindows(rules: readonly RateLimitRule[]): RuleWindow[] {
  return rules.map(() => ({ start: -1, count: 0 }));
}

/** `window` moved to the window of `rule` that contains `now`: its count starts again at zero when a new one began. */
export function rollWindow(window: RuleWindow, rule: RateLimitRule, now: number): RuleWindow {
  const start = now - (now % windowMs(rule));
  if (window.start !== start) {
    window.start = start;
    window.count = 0;
  }
  return window;
}
