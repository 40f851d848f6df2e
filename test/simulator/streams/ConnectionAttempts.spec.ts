import { expect } from 'chai';
import { ConnectionAttempts } from '../../../src/simulator/streams/ConnectionAttempts.js';

describe('ConnectionAttempts', () => {
  it('allows `limit` attempts in any 5 minutes and counts refused ones too', () => {
    const attempts = new ConnectionAttempts(2);
    expect([0, 1_000, 2_000].map((at) => attempts.record(at))).to.deep.equal([true, true, false]);
    expect(attempts.record(299_999)).to.equal(false);
    // The attempts at 0 and 1 000 ms have left the window; those at 2 000 and 299 999 ms have not.
    expect(attempts.record(301_000)).to.equal(false);
    expect(attempts.record(600_000)).to.equal(true);
    expect(attempts.count).to.equal(6);
  });
});
