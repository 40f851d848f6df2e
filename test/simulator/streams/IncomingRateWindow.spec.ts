import { expect } from 'chai';
import fc from 'fast-check';
import { IncomingRateWindow } from '../../../src/simulator/streams/IncomingRateWindow.js';

describe('IncomingRateWindow', () => {
  it('counts the messages of the last 1000 ms, the one at -1000 ms excluded', () => {
    const window = new IncomingRateWindow();
    expect([0, 100, 999, 1000, 1999, 2000].map((at) => window.record(at))).to.deep.equal([1, 2, 3, 3, 2, 2]);
    expect(window.peak).to.equal(3);
  });

  it('has a peak equal to the busiest 1-second window (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 60 }), (offsets) => {
        const times = [...offsets].sort((a, b) => a - b);
        const window = new IncomingRateWindow();
        for (const at of times) window.record(at);
        const busiest = Math.max(0, ...times.map((end) => times.filter((t) => t > end - 1000 && t <= end).length));
        return window.peak === busiest;
      }),
    );
  });
});
