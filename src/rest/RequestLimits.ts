import type { ExchangeError } from '../errors/ExchangeError.js';
import { IntervalTokenBucket } from '../resilience/IntervalTokenBucket.js';
import { intervalMs } from './intervalMs.js';

/** A limit as `exchangeInfo.rateLimits` states it (decoded). */
export interface LimitRule {
  readonly type: string;
  readonly intervalMs: number;
  readonly limit: number;
}

/** The ORDERS buckets of one account (Binance counts unfilled orders per account, across all its keys). */
export interface AccountOrderLimits {
  readonly buckets: readonly IntervalTokenBucket[];
}

/** The state of the client's limits, for health reports. */
export interface LimitsSnapshot {
  /** Request weight used in the current window of the tightest REQUEST_WEIGHT rule, and that rule's limit. */
  readonly weightUsed: number;
  readonly weightLimit: number;
  /** Until when every request is held back (429) or refused (418), epoch ms on the server's clock. */
  readonly pausedUntil: number | undefined;
  readonly bannedUntil: number | undefined;
}

// Binance's current values (PROTOCOL §3.8), used until exchangeInfo has been read.
const DEFAULT_RULES: readonly LimitRule[] = [
  { type: 'REQUEST_WEIGHT', intervalMs: 60_000, limit: 6000 },
  { type: 'RAW_REQUESTS', intervalMs: 300_000, limit: 300_000 },
  { type: 'ORDERS', intervalMs: 10_000, limit: 50 },
  { type: 'ORDERS', intervalMs: 86_400_000, limit: 160_000 },
];

/** Options of {@link RequestLimits}. */
export interface RequestLimitsOptions {
  /**
   * The margin kept at each window boundary, so that requests sent near it are not counted by the server in the
   * window the client thinks is fresh (see {@link IntervalTokenBucket}). Default 50 ms.
   */
  readonly boundaryGuardMs?: number;
}

const HEADER = /^x-mbx-(used-weight|order-count)-(\d+)([smhd])$/;

/**
 * Every Binance limit a client must respect, as buckets: request weight and raw requests per IP (one set for the
 * whole client, shared by all its sessions and public calls), and ORDERS per account (a set per session).
 *
 * The buckets follow the server: every response's `X-MBX-USED-WEIGHT-*` and `X-MBX-ORDER-COUNT-*` headers correct
 * the local counts; a 429 pauses the buckets it concerns until `Retry-After`; a 418 bans the client: nothing at all
 * is sent until it ends.
 */
export class RequestLimits {
  private weight: IntervalTokenBucket[] = [];
  private raw: IntervalTokenBucket[] = [];
  private orderRules: readonly LimitRule[] = [];
  private readonly accounts = new Set<{ buckets: IntervalTokenBucket[] }>();
  private banned = 0;
  /** The last `X-MBX-USED-WEIGHT-*` value per interval, and when it came. */
  private readonly lastWeight = new Map<number, { readonly used: number; readonly at: number }>();

  private readonly guardMs: number;

  /**
   * @param now - the server's clock (epoch ms), to which Binance aligns its windows.
   * @param options - see {@link RequestLimitsOptions}.
   */
  constructor(
    private readonly now: () => number,
    options: RequestLimitsOptions = {},
  ) {
    this.guardMs = options.boundaryGuardMs ?? 50;
    this.configure(DEFAULT_RULES);
  }

  /**
   * Adopts the limits the server publishes (`exchangeInfo.rateLimits`). A rule over an interval that a bucket already
   * counts keeps that bucket's bookings (including those of callers still waiting) and its pause, with the new limit;
   * the buckets of existing accounts are rebuilt the same way. A ban stays.
   */
  configure(rules: readonly LimitRule[]): void {
    const rebuild = (old: readonly IntervalTokenBucket[], type: string): IntervalTokenBucket[] =>
      rules
        .filter((r) => r.type === type)
        .map((r) => {
          const same = old.find((o) => o.intervalMs === r.intervalMs);
          return same === undefined ? this.bucket(r) : same.withLimit(r.limit);
        });
    this.weight = rebuild(this.weight, 'REQUEST_WEIGHT');
    // A bucket for an interval not known before starts from what the server last said of it: the requests that
    // fetched these rules (exchangeInfo weighs 20) already count in its current window.
    for (const bucket of this.weight) {
      const seen = this.lastWeight.get(bucket.intervalMs);
      if (seen !== undefined && Math.floor(seen.at / bucket.intervalMs) === Math.floor(this.now() / bucket.intervalMs))
        bucket.sync(seen.used);
    }
    this.raw = rebuild(this.raw, 'RAW_REQUESTS');
    this.orderRules = rules.filter((r) => r.type === 'ORDERS');
    for (const account of this.accounts) account.buckets = rebuild(account.buckets, 'ORDERS');
  }

  /** The ORDERS buckets of a new account (one per session). */
  accountLimits(): AccountOrderLimits {
    const account = { buckets: this.orderBuckets() };
    this.accounts.add(account);
    return account;
  }

  /** Forgets an account's buckets (its session ended). */
  release(account: AccountOrderLimits): void {
    this.accounts.delete(account as { buckets: IntervalTokenBucket[] });
  }

  /**
   * Books one request of `weight` (and one order on `orders`, when given) and returns how long to wait before
   * sending it, in ms. Call {@link RequestLimits.bannedUntil} first: a banned client must not send at all.
   */
  reserve(weight: number, orders?: AccountOrderLimits): number {
    let wait = 0;
    for (const bucket of this.weight) wait = Math.max(wait, bucket.reserve(Math.min(weight, bucket.limit)));
    for (const bucket of this.raw) wait = Math.max(wait, bucket.reserve(1));
    for (const bucket of orders?.buckets ?? []) wait = Math.max(wait, bucket.reserve(1));
    return wait;
  }

  /** Reads the server's counts from a response's headers (names in lower case). */
  sync(headers: Readonly<Record<string, string | undefined>>, orders?: AccountOrderLimits): void {
    for (const [name, value] of Object.entries(headers)) {
      // Most headers are not counts: a prefix test is cheaper than the pattern (this runs on every answer).
      if (!name.startsWith('x-mbx-')) continue;
      const match = HEADER.exec(name);
      if (match === null || value === undefined) continue;
      const ms = intervalMs(Number(match[2]), match[3] as string);
      const used = Number(value);
      if (ms === undefined || !Number.isFinite(used)) continue;
      const buckets = match[1] === 'used-weight' ? this.weight : (orders?.buckets ?? []);
      for (const bucket of buckets) if (bucket.intervalMs === ms) bucket.sync(used);
      if (match[1] === 'used-weight') this.lastWeight.set(ms, { used, at: this.now() });
    }
  }

  /**
   * Reads the server's counts from a WebSocket API response's `rateLimits`
   * (`[{ rateLimitType, interval, intervalNum, limit, count }]`): the same buckets as REST's headers.
   */
  syncRateLimits(entries: readonly unknown[], orders?: AccountOrderLimits): void {
    for (const entry of entries) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { rateLimitType, interval, intervalNum, count } = entry as Record<string, unknown>;
      if (typeof interval !== 'string' || typeof intervalNum !== 'number' || typeof count !== 'number') continue;
      const ms = intervalMs(intervalNum, interval);
      const buckets =
        rateLimitType === 'REQUEST_WEIGHT' ? this.weight : rateLimitType === 'ORDERS' ? (orders?.buckets ?? []) : [];
      for (const bucket of buckets) if (bucket.intervalMs === ms) bucket.sync(count);
    }
  }

  /**
   * Applies a rate-limit or ban answer: a ban (418, or -1003 "IP banned") stops every request until it ends; a
   * 429 pauses the weight buckets, or the account's order buckets for -1015 (too many orders).
   */
  onLimited(error: ExchangeError, orders?: AccountOrderLimits): void {
    const until = error.retryAfter ?? this.now() + 60_000;
    if (error.category === 'banned') {
      this.banned = Math.max(this.banned, until);
      return;
    }
    if (error.category !== 'rate-limit') return;
    const buckets = error.code === -1015 ? (orders?.buckets ?? []) : this.weight;
    for (const bucket of buckets) bucket.pauseUntil(until);
  }

  /** When the current ban ends, or undefined when the client is not banned. */
  bannedUntil(): number | undefined {
    return this.banned > this.now() ? this.banned : undefined;
  }

  /** The limits' state, for health reports. */
  snapshot(): LimitsSnapshot {
    const tightest = [...this.weight].sort((a, b) => a.remaining() - b.remaining())[0];
    const paused = this.weight.map((b) => b.pausedTill()).find((t) => t !== undefined);
    return {
      weightUsed: tightest?.used() ?? 0,
      weightLimit: tightest?.limit ?? 0,
      pausedUntil: paused,
      bannedUntil: this.bannedUntil(),
    };
  }

  private orderBuckets(): IntervalTokenBucket[] {
    return this.orderRules.map((r) => this.bucket(r));
  }

  /** A bucket for `rule`, its boundary margin capped so that short windows (in tests) stay usable. */
  private bucket(rule: LimitRule): IntervalTokenBucket {
    return new IntervalTokenBucket(rule.limit, rule.intervalMs, this.now, Math.min(this.guardMs, rule.intervalMs / 20));
  }
}
