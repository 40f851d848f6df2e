import { expect } from 'chai';
import type { RateLimitRule } from '../../../src/simulator/rest/RateLimitConfig.js';
import { rateLimitEntries, wsApiResponse } from '../../../src/simulator/wsapi/wsApiResponse.js';

const WEIGHT: RateLimitRule = { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000 };
const RAW: RateLimitRule = { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, limit: 300000 };
const ORDERS: RateLimitRule = { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50 };

describe('wsApiResponse', () => {
  it('writes the envelope with the id text as received, and leaves rateLimits out when asked', () => {
    expect(wsApiResponse('12345678901234567890', 200, { result: {} }, [])).to.equal(
      '{"id":12345678901234567890,"status":200,"result":{},"rateLimits":[]}',
    );
    expect(wsApiResponse('"a"', 400, { error: { code: -1102, msg: 'm' } }, undefined)).to.equal(
      '{"id":"a","status":400,"error":{"code":-1102,"msg":"m"}}',
    );
  });

  it('lists ORDERS windows before REQUEST_WEIGHT ones and never RAW_REQUESTS', () => {
    expect(
      rateLimitEntries(
        [
          { rule: WEIGHT, count: 3 },
          { rule: RAW, count: 9 },
        ],
        [{ rule: ORDERS, count: 1 }],
      ),
    ).to.deep.equal([
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50, count: 1 },
      { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000, count: 3 },
    ]);
  });
});
