import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import { map, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import sinon from 'sinon';
import type { RawAveragePrice } from '../../src/codecs/RawAveragePrice.js';
import type { RestCall, RestClient } from '../../src/rest/RestClient.js';
import { ENDPOINTS } from '../../src/rest/RestEndpoint.js';
import { AveragePrices } from '../../src/session/AveragePrices.js';

const raw = (price: string): RawAveragePrice => ({ mins: 5, price, closeTime: 1_694_061_154_503 }) as RawAveragePrice;

describe('AveragePrices', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
  });

  /** Average prices over a REST client that answers each avgPrice request with the next of `answers`. */
  function prices(answers: Observable<RawAveragePrice>[], maxAgeMs?: number) {
    const queue = [...answers];
    const call = sinon.stub<[RestCall<RawAveragePrice>], Observable<RawAveragePrice>>();
    call.callsFake(() => queue.shift() ?? scheduler.createColdObservable<RawAveragePrice>('#'));
    const rest = { call } as unknown as RestClient;
    return { averages: new AveragePrices(rest, scheduler, maxAgeMs), call };
  }

  const text = map((price: BigNumber) => {
    expect(price).to.be.instanceOf(BigNumber);
    return price.toFixed();
  });

  it('asks GET /api/v3/avgPrice for the symbol, and gives the price as a BigNumber', () => {
    scheduler.run(({ cold, expectObservable, flush }) => {
      const { averages, call } = prices([cold('3ms (p|)', { p: raw('9.35751834') })]);
      expectObservable(averages.of('BNBUSDT').pipe(text)).toBe('3ms (p|)', { p: '9.35751834' });
      flush();
      const request = call.firstCall.args[0];
      expect(request.endpoint).to.equal(ENDPOINTS.avgPrice);
      expect(request.params).to.deep.equal([['symbol', 'BNBUSDT']]);
      expect(request.operation).to.equal('avgPrice');
      expect(request.context).to.deep.equal({ symbol: 'BNBUSDT' });
    });
  });

  it('tells the cached price without asking, only while it is fresh', () => {
    scheduler.run(({ cold, flush }) => {
      const { averages, call } = prices([cold('1ms (p|)', { p: raw('2.5') })], 1_000);
      expect(averages.cached('BNBUSDT')).to.equal(undefined);
      averages.of('BNBUSDT').subscribe();
      flush();
      expect(averages.cached('BNBUSDT')?.toFixed()).to.equal('2.5');
      scheduler.schedule(() => {
        expect(averages.cached('BNBUSDT')).to.equal(undefined);
      }, 1_001);
      flush();
      expect(call.callCount).to.equal(1);
    });
  });

  it('is cold: asks nothing before subscription', () => {
    scheduler.run(({ flush }) => {
      const { averages, call } = prices([]);
      averages.of('BNBUSDT');
      flush();
      expect(call.callCount).to.equal(0);
    });
  });

  it('shares the request in flight between callers of the same symbol', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const answer = cold('4ms (p|)', { p: raw('1.5') });
      const { averages, call } = prices([answer]);
      expectObservable(averages.of('BNBUSDT').pipe(text)).toBe('4ms (p|)', { p: '1.5' });
      expectObservable(averages.of('BNBUSDT').pipe(text), '2ms ^').toBe('4ms (p|)', { p: '1.5' });
      expectSubscriptions(answer.subscriptions).toBe('^---!');
      scheduler.schedule(() => expect(call.callCount).to.equal(1), 4);
    });
  });

  it('serves the cache for maxAgeMs, then asks again', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const first = cold('2ms (p|)', { p: raw('1.5') });
      const second = cold('2ms (p|)', { p: raw('1.6') });
      const { averages } = prices([first, second], 1_000);
      const price = averages.of('BNBUSDT').pipe(text);
      expectObservable(price).toBe('2ms (p|)', { p: '1.5' });
      expectObservable(price, '1001ms ^').toBe('1001ms (p|)', { p: '1.5' }); // 999 ms old
      expectObservable(price, '1002ms ^').toBe('1004ms (p|)', { p: '1.6' });
      expectSubscriptions(second.subscriptions).toBe('1002ms ^-!');
    });
  });

  it('keeps symbols apart', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const { averages, call } = prices([cold('2ms (p|)', { p: raw('1') }), cold('2ms (p|)', { p: raw('2') })]);
      expectObservable(averages.of('AAAUSDT').pipe(text)).toBe('2ms (p|)', { p: '1' });
      expectObservable(averages.of('BBBUSDT').pipe(text)).toBe('2ms (p|)', { p: '2' });
      scheduler.schedule(() => expect(call.args.map((a) => a[0].params)).to.have.length(2), 3);
    });
  });

  it('errors every caller of a failed request, caches nothing, and asks again on the next call', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const failure = new Error('HTTP 500');
      const bad = cold<RawAveragePrice>('2ms #', undefined, failure);
      const good = cold('2ms (p|)', { p: raw('3') });
      const { averages } = prices([bad, good]);
      expectObservable(averages.of('BNBUSDT').pipe(text)).toBe('2ms #', undefined, failure);
      expectObservable(averages.of('BNBUSDT').pipe(text), '1ms ^').toBe('2ms #', undefined, failure);
      expectObservable(averages.of('BNBUSDT').pipe(text), '5ms ^').toBe('7ms (p|)', { p: '3' });
      expectSubscriptions(good.subscriptions).toBe('5ms ^-!');
    });
  });

  it('asks again when every caller left before the answer', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const first = cold('5ms (p|)', { p: raw('1') });
      const second = cold('5ms (p|)', { p: raw('2') });
      const { averages } = prices([first, second]);
      expectObservable(averages.of('BNBUSDT').pipe(text), '^-!').toBe('');
      expectObservable(averages.of('BNBUSDT').pipe(text), '3ms ^').toBe('8ms (p|)', { p: '2' });
      expectSubscriptions(first.subscriptions).toBe('^-!');
      expectSubscriptions(second.subscriptions).toBe('3ms ^----!');
    });
  });
});
