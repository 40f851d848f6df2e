import { expect } from 'chai';
import { parseWsApiUrl } from '../../../src/simulator/wsapi/parseWsApiUrl.js';

describe('parseWsApiUrl', () => {
  it('defaults to rate limits in every response and milliseconds', () => {
    const options = parseWsApiUrl('/ws-api/v3');
    expect(options).to.include({ returnRateLimits: true, microseconds: false });
    if ('error' in options) throw new Error(options.error);
    expect(options.time(1_700_000_000_123)).to.equal(1_700_000_000_123);
  });

  it('reads returnRateLimits and timeUnit in either case', () => {
    for (const unit of ['MICROSECOND', 'microsecond']) {
      const options = parseWsApiUrl(`/ws-api/v3?returnRateLimits=false&timeUnit=${unit}`);
      if ('error' in options) throw new Error(options.error);
      expect([options.returnRateLimits, options.microseconds, options.time(2)]).to.deep.equal([false, true, 2000]);
    }
    expect(parseWsApiUrl('/ws-api/v3?timeUnit=millisecond')).to.include({ microseconds: false });
  });

  it('refuses invalid values', () => {
    expect(parseWsApiUrl('/ws-api/v3?timeUnit=NANOSECOND')).to.deep.equal({
      error: 'Invalid value for time unit; expected either MICROSECOND or MILLISECOND.',
    });
    expect(parseWsApiUrl('/ws-api/v3?returnRateLimits=no')).to.have.property('error');
  });
});
