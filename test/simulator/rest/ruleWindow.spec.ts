import { expect } from 'chai';
import { newRuleWindows, rollWindow, windowMs } from '../../../src/simulator/rest/ruleWindow.js';

describe('ruleWindow', () => {
  const tenSeconds = { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50 } as const;
  const day = { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 160_000 } as const;

  it('measures a window from its interval and multiple', () => {
    expect(windowMs(tenSeconds)).to.equal(10_000);
    expect(windowMs(day)).to.equal(86_400_000);
  });

  it('keeps counting within a calendar window and starts again at zero in the next', () => {
    const [window] = newRuleWindows([tenSeconds]);
    if (window === undefined) throw new Error('no window');
    rollWindow(window, tenSeconds, 20_500).count += 3;
    expect(rollWindow(window, tenSeconds, 29_999)).to.deep.equal({ start: 20_000, count: 3 });
    expect(rollWindow(window, tenSeconds, 30_000)).to.deep.equal({ start: 30_000, count: 0 });
  });
});
