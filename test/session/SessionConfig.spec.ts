import { expect } from 'chai';
import { resolveSessionConfig } from '../../src/session/SessionConfig.js';

describe('resolveSessionConfig', () => {
  it('applies the defaults: recvWindow 5000, filters validated, 4 lookups from 250 ms, orders over REST', () => {
    const defaults = {
      recvWindow: 5000,
      validateFilters: true,
      reconcile: { attempts: 4, initialDelayMs: 250 },
      orderApi: 'rest',
    };
    expect(resolveSessionConfig()).to.deep.equal(defaults);
    expect(resolveSessionConfig({})).to.deep.equal(defaults);
    expect(resolveSessionConfig({ reconcile: {} })).to.deep.equal(defaults);
  });

  it('keeps what is given', () => {
    expect(
      resolveSessionConfig({
        recvWindow: 60_000,
        validateFilters: false,
        reconcile: { attempts: 1, initialDelayMs: 0 },
        orderApi: 'websocket',
      }),
    ).to.deep.equal({
      recvWindow: 60_000,
      validateFilters: false,
      reconcile: { attempts: 1, initialDelayMs: 0 },
      orderApi: 'websocket',
    });
    expect(resolveSessionConfig({ recvWindow: 1.5, reconcile: { attempts: 7 } })).to.deep.equal({
      recvWindow: 1.5, // Binance takes up to three decimals (microseconds)
      validateFilters: true,
      reconcile: { attempts: 7, initialDelayMs: 250 },
      orderApi: 'rest',
    });
    expect(resolveSessionConfig({ orderApi: 'rest' }).orderApi).to.equal('rest');
    expect(resolveSessionConfig({ orderApi: 'websocket' }).orderApi).to.equal('websocket');
  });

  it('refuses an order API other than rest and websocket (a plain-JavaScript typo must not fall back to REST)', () => {
    for (const orderApi of ['ws', 'WEBSOCKET', 'REST', '', 1]) {
      expect(
        () => resolveSessionConfig({ orderApi: orderApi as unknown as 'rest' }),
        JSON.stringify(orderApi),
      ).to.throw(TypeError, /orderApi/);
    }
  });

  it('refuses a receive window outside (0, 60000] ms', () => {
    for (const recvWindow of [0, -1, 60_001, Number.NaN, Infinity]) {
      expect(() => resolveSessionConfig({ recvWindow }), String(recvWindow)).to.throw(TypeError, /recvWindow/);
    }
  });

  it('refuses a number of lookups that is not a positive integer', () => {
    for (const attempts of [0, -1, 1.5, Number.NaN, Infinity]) {
      expect(() => resolveSessionConfig({ reconcile: { attempts } }), String(attempts)).to.throw(
        TypeError,
        /reconcile.attempts/,
      );
    }
  });

  it('refuses a first pause that is negative or never ends', () => {
    for (const initialDelayMs of [-1, Number.NaN, Infinity]) {
      expect(() => resolveSessionConfig({ reconcile: { initialDelayMs } }), String(initialDelayMs)).to.throw(
        TypeError,
        /reconcile.initialDelayMs/,
      );
    }
  });
});
