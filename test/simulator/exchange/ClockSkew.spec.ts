import { expect } from 'chai';
import { ClockSkew } from '../../../src/simulator/exchange/ClockSkew.js';

describe('ClockSkew', () => {
  it('adds an offset to its base clock; set() is not cumulative', () => {
    let base = 1_000;
    const clock = new ClockSkew(() => base);
    const { now } = clock;
    expect(now()).to.equal(1_000);
    clock.set(500);
    clock.set(-250);
    base = 2_000;
    expect([now(), clock.offsetMs]).to.deep.equal([1_750, -250]);
    expect(() => clock.set(Number.NaN)).to.throw(TypeError);
  });
});
