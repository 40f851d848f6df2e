import { expect } from 'chai';
import sinon from 'sinon';
import { newClientOrderId } from '../../src/session/newClientOrderId.js';

// Binance's pattern for newClientOrderId (PROTOCOL §3.7).
const BINANCE_ID = /^[.A-Z:/a-z0-9_-]{1,36}$/;

describe('newClientOrderId', () => {
  afterEach(() => {
    sinon.restore();
  });

  it("matches Binance's pattern: `ce_` and 24 letters and digits", () => {
    for (let i = 0; i < 1_000; i++) {
      const id = newClientOrderId();
      expect(id).to.match(BINANCE_ID);
      expect(id).to.match(/^ce_[A-Za-z0-9]{24}$/);
    }
  });

  it('never repeats itself over many ids', () => {
    const ids = new Set(Array.from({ length: 50_000 }, () => newClientOrderId()));
    expect(ids.size).to.equal(50_000);
  });

  it('uses every letter and digit (the whole alphabet is reachable)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2_000; i++) for (const c of newClientOrderId().slice(3)) seen.add(c);
    expect(seen.size).to.equal(62);
  });

  it('draws from the platform’s cryptographic random source, 64 ids at a time', () => {
    const random = sinon.spy(globalThis.crypto, 'getRandomValues');
    const math = sinon.spy(Math, 'random');
    for (let i = 0; i < 256; i++) newClientOrderId();
    // 256 ids take four batches of 64, or three when a batch was left whole by earlier ids.
    expect(random.callCount).to.be.within(3, 4);
    expect(math.callCount).to.equal(0);
  });
});
