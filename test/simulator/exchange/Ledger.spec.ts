import { expect } from 'chai';
import { Ledger } from '../../../src/simulator/exchange/Ledger.js';

describe('Ledger', () => {
  it('moves amounts between free and locked, never below zero, and remembers what changed', () => {
    const ledger = new Ledger((asset) => (asset === 'WIDE' ? 10 : 8));
    ledger.open('x', 1);
    expect(ledger.has('x')).to.equal(true);
    ledger.credit('x', 'USDT', 1_000n, 2);
    expect(ledger.lock('x', 'USDT', 1_001n, 3)).to.equal(false);
    expect(ledger.lock('x', 'USDT', 400n, 4)).to.equal(true);
    ledger.spendLocked('x', 'USDT', 100n, 5);
    ledger.unlock('x', 'USDT', 300n, 6);
    expect(ledger.balance('x', 'USDT')).to.deep.equal({ free: 900n, locked: 0n });
    expect(ledger.balance('x', 'BTC')).to.deep.equal({ free: 0n, locked: 0n });
    expect(() => ledger.unlock('x', 'USDT', 1n, 7)).to.throw(RangeError);
    expect(() => ledger.spendLocked('x', 'USDT', 1n, 7)).to.throw(RangeError);
    expect(() => ledger.credit('x', 'USDT', -1n, 7)).to.throw(RangeError);
    expect(() => ledger.balance('y', 'USDT')).to.throw(RangeError);
    expect(ledger.updateTime('x')).to.equal(6);
    expect([...ledger.takeChanges()]).to.deep.equal([['x', ['USDT']]]);
    expect([...ledger.takeChanges()]).to.deep.equal([]);
  });

  it('parses and formats with each asset own decimals', () => {
    const ledger = new Ledger((asset) => (asset === 'WIDE' ? 10 : 8));
    expect(ledger.parse('WIDE', '1.0000000001')).to.equal(10_000_000_001n);
    expect(ledger.parse('BTC', '1.0000000001')).to.equal(undefined);
    expect(ledger.parse('BTC', '-1')).to.equal(undefined);
    expect(ledger.format('WIDE', 1n)).to.equal('0.0000000001');
    expect(ledger.format('BTC', 150_000_000n)).to.equal('1.50000000');
  });
});
