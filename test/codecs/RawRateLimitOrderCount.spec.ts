import { expect } from 'chai';
import { RawRateLimitOrderCount, RawRateLimitOrderCountArray } from '../../src/codecs/RawRateLimitOrderCount.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { restArrayFixture } from '../fixtures/rest/restFixture.js';

describe('RawRateLimitOrderCount', () => {
  restCodecTable(RawRateLimitOrderCount, () => restArrayFixture('rateLimitOrder')[0] as Record<string, unknown>);

  it('RawRateLimitOrderCountArray decodes the documented answer and names a bad count', () => {
    const answer = restArrayFixture('rateLimitOrder');
    expect(RawRateLimitOrderCountArray.is(answer)).to.equal(true);
    expect(restErrorLines(RawRateLimitOrderCountArray, [answer[0], { ...answer[1], count: -1 }])).to.deep.equal([
      '1.count: expected a non-negative integer, got -1',
    ]);
  });
});
