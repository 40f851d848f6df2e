import { expect } from 'chai';
import { fromHttpResponse } from '../../src/errors/classifyError.js';
import type { ExchangeError } from '../../src/errors/ExchangeError.js';
import { type LimitRule, RequestLimits } from '../../src/rest/RequestLimits.js';
import { manualClock } from '../resilience/manualClock.js';

const MINUTE = 60_000;
/** Exact calendar windows, so that these tests read in round numbers; the boundary guard has its own tests. */
const EXACT_WINDOWS = { boundaryGuardMs: 0 };

/** A classified error answer, as the REST client would build it at `now`. */
function answer(status: number, body: unknown, now: number, retryAfterSeconds?: number): ExchangeError {
  return fromHttpResponse({
    status,
    body,
    headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
    operation: { name: 'test', method: 'GET', path: '/api/v3/test' },
    idempotent: true,
    now,
  });
}

describe('RequestLimits', () => {
  describe('defaults (Binance’s documented limits, until exchangeInfo is read)', () => {
    it('allows 6000 request weight per calendar minute, then holds requests until the next minute', () => {
      const clock = manualClock(10 * MINUTE + 15_000);
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      expect(limits.reserve(5990)).to.equal(0);
      expect(limits.reserve(10)).to.equal(0);
      expect(limits.reserve(1)).to.equal(45_000);
      expect(limits.snapshot()).to.deep.equal({
        weightUsed: 6000,
        weightLimit: 6000,
        pausedUntil: undefined,
        bannedUntil: undefined,
      });
    });

    it('books a weight above the whole limit as the whole limit instead of throwing', () => {
      const clock = manualClock();
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      expect(limits.reserve(10_000)).to.equal(0);
      expect(limits.snapshot().weightUsed).to.equal(6000);
      expect(limits.reserve(1)).to.equal(MINUTE);
    });

    it('allows 50 orders per 10 seconds per account, each account on its own', () => {
      const clock = manualClock(3_000);
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      const alice = limits.accountLimits();
      const bob = limits.accountLimits();
      for (let i = 0; i < 50; i++) expect(limits.reserve(1, alice)).to.equal(0);
      expect(limits.reserve(1, alice)).to.equal(7_000);
      expect(limits.reserve(1, bob)).to.equal(0);
      expect(limits.reserve(1)).to.equal(0); // requests that place no order do not count
    });

    it('counts the daily order limit (160 000) too', () => {
      const clock = manualClock();
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      const account = limits.accountLimits();
      limits.sync({ 'x-mbx-order-count-1d': '160000' }, account);
      expect(limits.reserve(1, account)).to.equal(86_400_000);
    });
  });

  describe('boundary guard', () => {
    it('keeps 50 ms clear of each boundary by default: a request just before a minute is sent just after it', () => {
      const clock = manualClock(10 * MINUTE - 20);
      const limits = new RequestLimits(() => clock.now());
      expect(limits.reserve(10)).to.equal(70);
      expect(limits.snapshot().weightUsed).to.equal(0); // booked in the next minute, not in this one
      clock.time = 10 * MINUTE + 1_000;
      expect(limits.snapshot().weightUsed).to.equal(10);
    });

    it('caps the guard at 1/20 of short intervals', () => {
      const clock = manualClock(990);
      const limits = new RequestLimits(() => clock.now());
      limits.configure([{ type: 'REQUEST_WEIGHT', intervalMs: 200, limit: 10 }]);
      expect(limits.reserve(1)).to.equal(20); // 10 ms guard: sent at 1010
    });
  });

  describe('configure (exchangeInfo rateLimits)', () => {
    const rules = (weight: number, raw: number, orders: number): LimitRule[] => [
      { type: 'REQUEST_WEIGHT', intervalMs: MINUTE, limit: weight },
      { type: 'RAW_REQUESTS', intervalMs: 5 * MINUTE, limit: raw },
      { type: 'ORDERS', intervalMs: 10_000, limit: orders },
    ];

    it('adopts the published limits', () => {
      const clock = manualClock();
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      limits.configure(rules(100, 1000, 2));
      const account = limits.accountLimits();
      expect(limits.reserve(100, account)).to.equal(0);
      expect(limits.reserve(1)).to.equal(MINUTE);
      expect(limits.reserve(1, account)).to.equal(MINUTE); // the weight limit is the tighter one here
      expect(limits.snapshot().weightLimit).to.equal(100);
    });

    it('counts raw requests, whatever their weight', () => {
      const clock = manualClock();
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      limits.configure(rules(6000, 3, 50));
      expect([limits.reserve(1), limits.reserve(1), limits.reserve(1), limits.reserve(1)]).to.deep.equal([
        0,
        0,
        0,
        5 * MINUTE,
      ]);
    });

    it('carries the counts of the current window over, the weight’s and every account’s', () => {
      const clock = manualClock(1_000);
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      const account = limits.accountLimits();
      limits.reserve(90);
      limits.reserve(1, account);
      limits.configure(rules(100, 1000, 2));
      expect(limits.snapshot().weightUsed).to.equal(91);
      expect(limits.reserve(9, account)).to.equal(0); // weight 100 of 100, orders 2 of 2
      expect(limits.reserve(1)).to.equal(MINUTE - 1_000);
      clock.time = MINUTE;
      expect([limits.reserve(1, account), limits.reserve(1, account)]).to.deep.equal([0, 0]);
      expect(limits.reserve(1, account)).to.equal(10_000); // orders: 2 per 10 s
    });

    it('keeps bookings of callers still waiting for a later window', () => {
      const clock = manualClock();
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      limits.configure(rules(10, 1000, 50));
      limits.reserve(10);
      expect(limits.reserve(10)).to.equal(MINUTE); // booked in the next minute
      limits.configure(rules(10, 1000, 50)); // the same rules, read again an hour later
      expect(limits.reserve(10)).to.equal(2 * MINUTE); // not in the next minute: it is taken
    });

    it('keeps a pause (429) and a ban (418) across a reconfiguration', () => {
      const clock = manualClock(0);
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      const account = limits.accountLimits();
      limits.onLimited(answer(429, { code: -1003, msg: 'Too many requests.' }, 0, 30));
      limits.onLimited(answer(429, { code: -1015, msg: 'Too many new orders.' }, 0, 40), account);
      limits.configure(rules(6000, 1000, 50));
      expect(limits.snapshot().pausedUntil).to.equal(30_000);
      expect(limits.reserve(1)).to.equal(30_000);
      expect(limits.reserve(1, account)).to.equal(40_000);
      const other = limits.accountLimits();
      expect(limits.reserve(1, other)).to.equal(30_000);
      limits.onLimited(answer(418, { code: -1003, msg: 'Way too many requests; IP banned.' }, 0, 120));
      limits.configure(rules(6000, 1000, 50));
      expect(limits.bannedUntil()).to.equal(120_000);
    });

    it('drops buckets whose rule is gone and adds new ones', () => {
      const clock = manualClock();
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      const account = limits.accountLimits();
      limits.reserve(6000);
      limits.configure([{ type: 'REQUEST_WEIGHT', intervalMs: 1_000, limit: 5 }]);
      expect(account.buckets).to.have.length(0); // no ORDERS rule any more
      expect(limits.snapshot()).to.include({ weightUsed: 0, weightLimit: 5 }); // a new interval starts empty
      expect(limits.reserve(5)).to.equal(0);
      expect(limits.reserve(1)).to.equal(1_000); // per second now, and the minute's 6000 no longer count
    });

    it('leaves a released account alone', () => {
      const clock = manualClock();
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      const account = limits.accountLimits();
      const before = account.buckets;
      limits.release(account);
      limits.configure(rules(6000, 1000, 2));
      expect(account.buckets).to.equal(before);
    });
  });

  describe('sync (response headers)', () => {
    it('raises the weight count from x-mbx-used-weight-1m', () => {
      const clock = manualClock(20_000);
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      limits.reserve(1);
      limits.sync({ 'x-mbx-used-weight-1m': '5990', 'content-type': 'application/json' });
      expect(limits.snapshot().weightUsed).to.equal(5990);
      expect(limits.reserve(10)).to.equal(0);
      expect(limits.reserve(1)).to.equal(40_000);
    });

    it('never lowers a count', () => {
      const clock = manualClock();
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      limits.reserve(300);
      limits.sync({ 'x-mbx-used-weight-1m': '20' });
      expect(limits.snapshot().weightUsed).to.equal(300);
    });

    it('raises the account’s order counts from x-mbx-order-count-10s and -1d', () => {
      const clock = manualClock(4_000);
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      const account = limits.accountLimits();
      const other = limits.accountLimits();
      limits.sync({ 'x-mbx-order-count-10s': '50', 'x-mbx-order-count-1d': '70' }, account);
      expect(limits.reserve(1, account)).to.equal(6_000);
      expect(limits.reserve(1, other)).to.equal(0);
    });

    it('ignores order counts without an account, unknown intervals, bad values and other headers', () => {
      const clock = manualClock();
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      const account = limits.accountLimits();
      limits.sync({ 'x-mbx-order-count-10s': '50' });
      limits.sync(
        {
          'x-mbx-used-weight-1h': '6000', // no hourly weight rule
          'x-mbx-used-weight-0m': '6000',
          'x-mbx-used-weight-1w': '6000',
          'x-mbx-used-weight': '6000', // the legacy header without an interval
          'x-mbx-order-count-1m': '50',
          'x-mbx-used-weight-1m': 'lots',
          'x-mbx-order-count-10s': undefined,
        },
        account,
      );
      expect(limits.snapshot().weightUsed).to.equal(0);
      expect(limits.reserve(1, account)).to.equal(0);
    });

    it('reads headers of intervals it has a rule for, once configured', () => {
      const clock = manualClock();
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      limits.configure([{ type: 'REQUEST_WEIGHT', intervalMs: 3_600_000, limit: 1000 }]);
      limits.sync({ 'x-mbx-used-weight-1h': '1000' });
      expect(limits.reserve(1)).to.equal(3_600_000);
    });
    it('starts a bucket for a newly published interval from the count the server last gave for it', () => {
      const clock = manualClock(5_000);
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      limits.sync({ 'x-mbx-used-weight-10s': '30' }); // exchangeInfo's answer, before its rules are known
      limits.configure([{ type: 'REQUEST_WEIGHT', intervalMs: 10_000, limit: 40 }]);
      expect(limits.snapshot().weightUsed).to.equal(30);
      expect(limits.reserve(20)).to.equal(5_000); // 30 + 20 > 40: the next window
    });

    it('does not carry a count from an earlier window into a new bucket', () => {
      const clock = manualClock(5_000);
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      limits.sync({ 'x-mbx-used-weight-10s': '30' });
      clock.time = 12_000;
      limits.configure([{ type: 'REQUEST_WEIGHT', intervalMs: 10_000, limit: 40 }]);
      expect(limits.snapshot().weightUsed).to.equal(0);
    });
  });

  describe('syncRateLimits (WebSocket API rateLimits)', () => {
    it('raises the weight and the account’s order counts from the entries', () => {
      const clock = manualClock(2_000);
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      const account = limits.accountLimits();
      limits.syncRateLimits(
        [
          { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000, count: 5999 },
          { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50, count: 50 },
        ],
        account,
      );
      expect(limits.snapshot().weightUsed).to.equal(5999);
      expect(limits.reserve(1)).to.equal(0);
      expect(limits.reserve(1, account)).to.equal(58_000); // the weight is full until the next minute
    });

    it('ignores malformed entries, other types, order counts without an account and unknown intervals', () => {
      const clock = manualClock();
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      const account = limits.accountLimits();
      limits.syncRateLimits([
        null,
        'REQUEST_WEIGHT',
        { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, count: '6000' },
        { rateLimitType: 'REQUEST_WEIGHT', interval: 'WEEK', intervalNum: 1, count: 6000 },
        { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, count: 300_000 },
        { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, count: 50 },
      ]);
      expect(limits.snapshot().weightUsed).to.equal(0);
      expect(limits.reserve(1, account)).to.equal(0);
    });
  });

  describe('onLimited', () => {
    it('pauses the weight buckets until Retry-After after a 429, not the order buckets', () => {
      const clock = manualClock(1_000);
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      const account = limits.accountLimits();
      limits.onLimited(answer(429, { code: -1003, msg: 'Too much request weight used.' }, 1_000, 7), account);
      expect(limits.snapshot().pausedUntil).to.equal(8_000);
      expect(limits.reserve(1)).to.equal(7_000);
      expect(limits.bannedUntil()).to.equal(undefined);
      limits.configure([{ type: 'ORDERS', intervalMs: 10_000, limit: 5 }]); // orders only: nothing else is paused
      expect(limits.reserve(1, account)).to.equal(0);
    });

    it('pauses only the account’s order buckets after -1015', () => {
      const clock = manualClock();
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      const account = limits.accountLimits();
      const other = limits.accountLimits();
      limits.onLimited(answer(429, { code: -1015, msg: 'Too many new orders.' }, 0, 5), account);
      expect(limits.snapshot().pausedUntil).to.equal(undefined);
      expect(limits.reserve(1)).to.equal(0);
      expect(limits.reserve(1, account)).to.equal(5_000);
      expect(limits.reserve(1, other)).to.equal(0);
    });

    it('pauses for a minute when no Retry-After came', () => {
      const clock = manualClock(500);
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      limits.onLimited(answer(429, '', 500));
      expect(limits.snapshot().pausedUntil).to.equal(60_500);
    });

    it('bans the client after a 418 until Retry-After, or until the time the message names', () => {
      const clock = manualClock(1_000);
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      limits.onLimited(answer(418, { code: -1003, msg: 'Way too many requests; IP banned.' }, 1_000, 120));
      expect(limits.bannedUntil()).to.equal(121_000);
      expect(limits.snapshot().bannedUntil).to.equal(121_000);
      limits.onLimited(answer(400, { code: -1003, msg: 'IP banned until 1700000000000.' }, 1_000));
      expect(limits.bannedUntil()).to.equal(1_700_000_000_000);
      limits.onLimited(answer(418, '', 1_000, 1)); // a shorter ban does not end a longer one
      expect(limits.bannedUntil()).to.equal(1_700_000_000_000);
      clock.time = 1_700_000_000_000;
      expect(limits.bannedUntil()).to.equal(undefined);
    });

    it('ignores other errors', () => {
      const clock = manualClock();
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      limits.onLimited(answer(400, { code: -1121, msg: 'Invalid symbol.' }, 0, 30));
      limits.onLimited(answer(503, '', 0, 30));
      expect(limits.snapshot()).to.deep.equal({
        weightUsed: 0,
        weightLimit: 6000,
        pausedUntil: undefined,
        bannedUntil: undefined,
      });
    });
  });

  describe('snapshot', () => {
    it('reports the weight rule with the least room left', () => {
      const clock = manualClock();
      const limits = new RequestLimits(() => clock.now(), EXACT_WINDOWS);
      limits.configure([
        { type: 'REQUEST_WEIGHT', intervalMs: MINUTE, limit: 1000 },
        { type: 'REQUEST_WEIGHT', intervalMs: 1_000, limit: 50 },
      ]);
      limits.reserve(40);
      expect(limits.snapshot()).to.include({ weightUsed: 40, weightLimit: 50 });
      clock.time = 1_000; // the per-second window is fresh again
      limits.reserve(10);
      expect(limits.snapshot()).to.include({ weightUsed: 10, weightLimit: 50 });
      limits.reserve(10);
      limits.sync({ 'x-mbx-used-weight-1m': '990' });
      expect(limits.snapshot()).to.include({ weightUsed: 990, weightLimit: 1000 });
    });
  });
});
