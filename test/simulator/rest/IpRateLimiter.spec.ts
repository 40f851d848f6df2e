import { expect } from 'chai';
import { IpRateLimiter, type RateDecision } from '../../../src/simulator/rest/IpRateLimiter.js';
import type { RateLimitConfig } from '../../../src/simulator/rest/RateLimitConfig.js';

const T = Date.UTC(2026, 10, 21, 12, 0, 0);
const CONFIG: RateLimitConfig = {
  rules: [
    { rateLimitType: 'REQUEST_WEIGHT', interval: 'SECOND', intervalNum: 10, limit: 10 },
    { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 1000 },
    { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 1, limit: 50 },
    { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 1 },
  ],
};

const refused = (d: RateDecision) =>
  d.allowed ? undefined : { status: d.status, retryAfter: d.retryAfterSeconds, code: d.error.code, msg: d.error.msg };

describe('IpRateLimiter', () => {
  it('names the weight headers after each rule', () => {
    expect(CONFIG.rules.slice(0, 2).map((r) => IpRateLimiter.headerName(r))).to.deep.equal([
      'X-MBX-USED-WEIGHT-10S',
      'X-MBX-USED-WEIGHT-1M',
    ]);
  });

  it('counts weight per IP in windows aligned to the interval', () => {
    const limiter = new IpRateLimiter(CONFIG);
    const first = limiter.charge('a', 4, T + 9_000);
    expect(first.usage.map((u) => u.count)).to.deep.equal([4, 4, 1]);
    expect(limiter.charge('b', 3, T + 9_000).usage.map((u) => u.count)).to.deep.equal([3, 3, 1]);
    // T + 10 s opens a new 10-second window, but not a new minute.
    expect(limiter.charge('a', 4, T + 10_000).usage.map((u) => u.count)).to.deep.equal([4, 8, 2]);
    expect(limiter.usage('a', T + 60_000).map((u) => u.count)).to.deep.equal([0, 0, 0]);
  });

  it('answers 429 with Binance’s message and the seconds left in the window', () => {
    const limiter = new IpRateLimiter(CONFIG);
    expect(limiter.charge('a', 10, T + 2_500).allowed).to.equal(true);
    expect(refused(limiter.charge('a', 1, T + 2_500))).to.deep.equal({
      status: 429,
      retryAfter: 8,
      code: -1003,
      msg: 'Too much request weight used; current limit is 10 request weight per 10 SECOND. Please use WebSocket Streams for live updates to avoid polling the API.',
    });
    expect(limiter.charge('other', 1, T + 2_500).allowed).to.equal(true);
    expect(limiter.charge('a', 1, T + 10_000).allowed).to.equal(true);
    expect(limiter.stats()).to.deep.equal({ requestsWhileLimited: 0, tooManyRequests: 1, bans: 0 });
  });

  it('limits raw requests too', () => {
    const limiter = new IpRateLimiter({
      rules: [{ rateLimitType: 'RAW_REQUESTS', interval: 'SECOND', intervalNum: 1, limit: 2 }],
    });
    limiter.charge('a', 100, T);
    limiter.charge('a', 100, T);
    expect(refused(limiter.charge('a', 0, T))?.msg).to.equal(
      'Too many requests; current limit is 2 requests per 1 SECOND.',
    );
  });

  it('bans an IP that keeps sending before its Retry-After, doubling the ban each time up to 3 days', () => {
    const limiter = new IpRateLimiter({ ...CONFIG, maxRequestsWhileLimited: 1 });
    let now = T;
    const bans: number[] = [];
    for (let round = 0; round < 14; round++) {
      while (limiter.charge('a', 5, now).allowed) now += 1;
      expect(refused(limiter.charge('a', 1, now))?.status).to.equal(429);
      const ban = refused(limiter.charge('a', 1, now));
      expect(ban?.status).to.equal(418);
      bans.push(ban?.retryAfter as number);
      expect(ban?.msg).to.match(
        /^Way too much request weight used; IP banned until \d+\. Please use WebSocket Streams/,
      );
      // While banned, everything is 418 with the remaining time.
      expect(refused(limiter.charge('a', 0, now + 60_000))?.retryAfter).to.equal((ban?.retryAfter as number) - 60);
      now += (ban?.retryAfter as number) * 1000;
    }
    expect(bans.slice(0, 4)).to.deep.equal([120, 240, 480, 960]);
    expect(Math.max(...bans)).to.equal(3 * 86_400);
    expect(limiter.stats().bans).to.equal(14);
    expect(limiter.stats().requestsWhileLimited).to.equal(14 * 3);
  });

  it('tolerates a few late requests by default before banning', () => {
    const limiter = new IpRateLimiter(CONFIG);
    limiter.charge('a', 11, T);
    expect([1, 2, 3].map(() => refused(limiter.charge('a', 1, T + 1))?.status)).to.deep.equal([429, 429, 418]);
  });
});
