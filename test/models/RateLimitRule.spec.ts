import { expect } from 'chai';
import { RawRateLimitArray } from '../../src/codecs/RawRateLimit.js';
import { RawRateLimitOrderCountArray } from '../../src/codecs/RawRateLimitOrderCount.js';
import { toRateLimitCounts, toRateLimitRule, toRateLimitRules } from '../../src/models/RateLimitRule.js';
import { restArrayFixture, restFixture } from '../fixtures/rest/restFixture.js';
import { decoded } from './modelHelpers.js';

describe('RateLimitRule', () => {
  it('maps the documented rules and computes their windows', () => {
    const rules = toRateLimitRules(decoded(RawRateLimitArray, restFixture('exchangeInfo')['rateLimits']));
    expect(rules.map((r) => ({ ...r }))).to.deep.equal([
      { type: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000, intervalMs: 60_000 },
      { type: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50, intervalMs: 10_000 },
      { type: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 160000, intervalMs: 86_400_000 },
      { type: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, limit: 300000, intervalMs: 300_000 },
    ]);
  });

  it('computes an hour window', () => {
    const rule = toRateLimitRule({ rateLimitType: 'CONNECTIONS', interval: 'HOUR', intervalNum: 2, limit: 3 });
    expect(rule?.intervalMs).to.equal(7_200_000);
  });

  it('leaves out a rule of a type or interval newer than this library', () => {
    const raws = decoded(RawRateLimitArray, [
      { rateLimitType: 'WS_MESSAGES', interval: 'MINUTE', intervalNum: 1, limit: 5 },
      { rateLimitType: 'ORDERS', interval: 'WEEK', intervalNum: 1, limit: 5 },
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 1, limit: 5 },
    ]);
    expect(toRateLimitRules(raws).map((r) => r.intervalMs)).to.deep.equal([1000]);
  });

  it('maps order counts with their usage', () => {
    const counts = toRateLimitCounts(decoded(RawRateLimitOrderCountArray, restArrayFixture('rateLimitOrder')));
    expect(counts.map((c) => ({ ...c }))).to.deep.equal([
      { type: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50, intervalMs: 10_000, count: 0 },
      { type: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 160000, intervalMs: 86_400_000, count: 0 },
    ]);
  });
});
