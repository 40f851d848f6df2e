import { expect } from 'chai';
import { intervalMs } from '../../src/rest/intervalMs.js';

describe('intervalMs', () => {
  it('reads the intervals of exchangeInfo.rateLimits', () => {
    expect(intervalMs(1, 'SECOND')).to.equal(1_000);
    expect(intervalMs(10, 'SECOND')).to.equal(10_000);
    expect(intervalMs(1, 'MINUTE')).to.equal(60_000);
    expect(intervalMs(5, 'MINUTE')).to.equal(300_000);
    expect(intervalMs(1, 'HOUR')).to.equal(3_600_000);
    expect(intervalMs(1, 'DAY')).to.equal(86_400_000);
  });

  it('reads the unit letters of the X-MBX-USED-WEIGHT-<n><unit> headers, in either case', () => {
    expect(intervalMs(10, 's')).to.equal(10_000);
    expect(intervalMs(1, 'm')).to.equal(60_000); // a minute, never a month
    expect(intervalMs(1, 'M')).to.equal(60_000);
    expect(intervalMs(1, 'h')).to.equal(3_600_000);
    expect(intervalMs(1, 'D')).to.equal(86_400_000);
    expect(intervalMs(2, 'minute')).to.equal(120_000);
  });

  it('is undefined for an unknown unit or a count that is not a positive finite number', () => {
    for (const unit of ['W', 'week', '', 'MS', 'constructor', '__proto__', 'toString']) {
      expect(intervalMs(1, unit), unit).to.equal(undefined);
    }
    for (const count of [0, -1, Number.NaN, Infinity])
      expect(intervalMs(count, 'S'), String(count)).to.equal(undefined);
  });
});
