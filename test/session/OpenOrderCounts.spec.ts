import { expect } from 'chai';
import { firstValueFrom, type Observable, of, throwError } from 'rxjs';
import sinon from 'sinon';
import { OpenOrderCounts } from '../../src/session/OpenOrderCounts.js';

describe('OpenOrderCounts', () => {
  /** Counts whose server answers `exact` (per symbol) to every open-orders request. */
  function counts(exact: Record<string, number>) {
    const fetchCount = sinon.spy((symbol: string): Observable<number> => of(exact[symbol] ?? 0));
    return { counts: new OpenOrderCounts(fetchCount), fetchCount };
  }

  it('asks the server the first time, and remembers the answer as a bound', async () => {
    const { counts: open, fetchCount } = counts({ BTCUSDT: 3 });
    expect(await firstValueFrom(open.forCheck('BTCUSDT', 10))).to.equal(3);
    expect(fetchCount.args).to.deep.equal([['BTCUSDT']]);
    expect(await firstValueFrom(open.forCheck('BTCUSDT', 10))).to.equal(undefined); // 3 + 1 <= 10: no check needed
    expect(fetchCount.callCount).to.equal(1);
  });

  it('asks again when the bound leaves no room, so that a refusal rests on the server’s count', async () => {
    const { counts: open, fetchCount } = counts({ BTCUSDT: 4 });
    open.set('BTCUSDT', 5);
    expect(await firstValueFrom(open.forCheck('BTCUSDT', 6))).to.equal(undefined);
    expect(await firstValueFrom(open.forCheck('BTCUSDT', 5))).to.equal(4); // 5 + 1 > 5: the exact count
    expect(fetchCount.callCount).to.equal(1);
    expect(await firstValueFrom(open.forCheck('BTCUSDT', 5))).to.equal(undefined); // 4 + 1 <= 5
  });

  it('says whether the bound alone leaves room, without asking', () => {
    const { counts: open, fetchCount } = counts({});
    expect(open.hasRoom('BTCUSDT', 10)).to.equal(false); // no bound yet: only the server can say
    open.set('BTCUSDT', 9);
    expect(open.hasRoom('BTCUSDT', 10)).to.equal(true);
    open.opened('BTCUSDT');
    expect(open.hasRoom('BTCUSDT', 10)).to.equal(false);
    expect(fetchCount.callCount).to.equal(0);
  });

  it('counts orders opened by this session into the bound, once the bound is known', async () => {
    const { counts: open, fetchCount } = counts({ BTCUSDT: 1 });
    open.opened('BTCUSDT'); // unknown bound: nothing to raise
    open.set('BTCUSDT', 1);
    open.opened('BTCUSDT');
    open.opened('BTCUSDT');
    expect(await firstValueFrom(open.forCheck('BTCUSDT', 4))).to.equal(undefined); // 3 + 1 <= 4
    expect(await firstValueFrom(open.forCheck('BTCUSDT', 3))).to.equal(1); // 3 + 1 > 3: asks
    expect(fetchCount.callCount).to.equal(1);
  });

  it('lowers the bound for cancelled orders, never below zero', async () => {
    const { counts: open, fetchCount } = counts({});
    open.closed('BTCUSDT'); // unknown bound: nothing to lower
    open.set('BTCUSDT', 3);
    open.closed('BTCUSDT', 2);
    expect(await firstValueFrom(open.forCheck('BTCUSDT', 2))).to.equal(undefined); // 1 + 1 <= 2
    open.closed('BTCUSDT', 10);
    expect(await firstValueFrom(open.forCheck('BTCUSDT', 1))).to.equal(undefined); // 0 + 1 <= 1
    expect(fetchCount.callCount).to.equal(0);
  });

  it('keeps symbols apart', async () => {
    const { counts: open, fetchCount } = counts({ BTCUSDT: 9, ETHBTC: 0 });
    open.set('BTCUSDT', 9);
    expect(await firstValueFrom(open.forCheck('ETHBTC', 1))).to.equal(0);
    expect(fetchCount.args).to.deep.equal([['ETHBTC']]);
  });

  it('passes a failed request on and keeps what it knew', async () => {
    const failure = new Error('HTTP 500');
    const open = new OpenOrderCounts(() => throwError(() => failure));
    open.set('BTCUSDT', 5);
    let error: unknown;
    try {
      await firstValueFrom(open.forCheck('BTCUSDT', 5));
    } catch (e) {
      error = e;
    }
    expect(error).to.equal(failure);
    expect(await firstValueFrom(open.forCheck('BTCUSDT', 6))).to.equal(undefined);
  });

  it('is cold: asks nothing until subscribed, and reads the bound when subscribed', async () => {
    const { counts: open, fetchCount } = counts({ BTCUSDT: 1 });
    const check = open.forCheck('BTCUSDT', 3);
    expect(fetchCount.callCount).to.equal(0);
    open.set('BTCUSDT', 0); // known by the time the check runs: room for one more
    expect(await firstValueFrom(check)).to.equal(undefined);
    expect(fetchCount.callCount).to.equal(0);
    open.set('BTCUSDT', 3);
    expect(await firstValueFrom(check)).to.equal(1); // the same check, subscribed again, sees the new bound
  });
});
