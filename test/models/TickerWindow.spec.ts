import { expect } from 'chai';
import { isTickerWindow, TICKER_WINDOWS } from '../../src/models/TickerWindow.js';

describe('TickerWindow', () => {
  it('lists the three rolling windows', () => {
    expect(TICKER_WINDOWS).to.deep.equal(['1h', '4h', '1d']);
  });

  it('isTickerWindow accepts exactly those, case-sensitively', () => {
    for (const window of TICKER_WINDOWS) expect(isTickerWindow(window)).to.equal(true);
    for (const u of ['1H', '2h', '1m', '7d', '1w', '', null, 1]) expect(isTickerWindow(u), String(u)).to.equal(false);
  });
});
