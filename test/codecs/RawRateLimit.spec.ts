import { expect } from 'chai';
import { RawRateLimit, RawRateLimitArray } from '../../src/codecs/RawRateLimit.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { restFixture } from '../fixtures/rest/restFixture.js';

const rules = (): Record<string, unknown>[] => restFixture('exchangeInfo')['rateLimits'] as Record<string, unknown>[];

describe('RawRateLimit', () => {
  restCodecTable(RawRateLimit, () => rules()[0] as Record<string, unknown>);

  it('decodes every documented rule, and a limiter type or interval newer than this library', () => {
    expect(RawRateLimitArray.is(rules())).to.equal(true);
    expect(RawRateLimit.is({ rateLimitType: 'WS_MESSAGES', interval: 'WEEK', intervalNum: 1, limit: 5 })).to.equal(
      true,
    );
  });

  it('rejects a fractional limit', () => {
    expect(restErrorLines(RawRateLimit, { ...rules()[0], limit: 1.5 })).to.deep.equal([
      'limit: expected a non-negative integer, got 1.5',
    ]);
  });
});
