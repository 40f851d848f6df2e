import { expect } from 'chai';
import { either } from 'fp-ts';
import { defer, map, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import sinon from 'sinon';
import { RawExchangeInfo } from '../../src/codecs/RawExchangeInfo.js';
import { ExchangeError } from '../../src/errors/ExchangeError.js';
import type { ExchangeInfo } from '../../src/models/ExchangeInfo.js';
import { RequestLimits } from '../../src/rest/RequestLimits.js';
import type { RestClient } from '../../src/rest/RestClient.js';
import { ENDPOINTS } from '../../src/rest/RestEndpoint.js';
import { ExchangeInfoCache } from '../../src/session/ExchangeInfoCache.js';
import { restFixture } from '../fixtures/rest/restFixture.js';

/** The documented exchangeInfo answer, decoded; with one more symbol listed when `listing` is given. */
function rawInfo(listing?: string): RawExchangeInfo {
  const payload = restFixture('exchangeInfo');
  const symbols = payload['symbols'] as Record<string, unknown>[];
  if (listing !== undefined) symbols.push({ ...symbols[0], symbol: listing });
  const decoded = RawExchangeInfo.decode(payload);
  if (either.isLeft(decoded)) throw new Error('the exchangeInfo fixture does not decode');
  return decoded.right;
}

describe('ExchangeInfoCache', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
  });

  /** A cache over a REST client whose exchangeInfo requests are answered, in turn, by `answers`. */
  function cache(answers: Observable<RawExchangeInfo>[], ttlMs?: number) {
    const queue = [...answers];
    const call = sinon.stub().returns(defer(() => queue.shift() ?? scheduler.createColdObservable('#')));
    const rest = { call } as unknown as RestClient;
    const limits = new RequestLimits(() => scheduler.now(), { boundaryGuardMs: 0 });
    const configure = sinon.spy(limits, 'configure');
    return { cache: new ExchangeInfoCache(rest, limits, scheduler, ttlMs), call, configure };
  }

  const symbolsOf = (info: ExchangeInfo): string[] => [...info.symbols.keys()];

  it('asks for GET /api/v3/exchangeInfo', () => {
    scheduler.run(() => {
      const { call } = cache([]);
      expect(call.callCount).to.equal(1);
      expect(call.firstCall.args[0]).to.include({ endpoint: ENDPOINTS.exchangeInfo, operation: 'exchangeInfo' });
    });
  });

  it('fetches once, shares the request in flight, and serves the cache while it is fresh', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const first = cold('5ms (i|)', { i: rawInfo() });
      const second = cold('5ms (i|)', { i: rawInfo('NEWUSDT') });
      const { cache: infos } = cache([first, second], 1_000);
      const symbols = infos.info().pipe(map(symbolsOf));
      expectObservable(symbols).toBe('5ms (s|)', { s: ['BTCUSDT', 'ETHBTC'] });
      expectObservable(symbols, '2ms ^').toBe('5ms (s|)', { s: ['BTCUSDT', 'ETHBTC'] });
      expectObservable(symbols, '500ms ^').toBe('500ms (s|)', { s: ['BTCUSDT', 'ETHBTC'] });
      expectObservable(symbols, '1005ms ^').toBe('1010ms (s|)', { s: ['BTCUSDT', 'ETHBTC', 'NEWUSDT'] });
      expectSubscriptions(first.subscriptions).toBe('^----!');
      expectSubscriptions(second.subscriptions).toBe('1005ms ^----!');
    });
  });

  it('adopts the published rate limits each time it fetches', () => {
    scheduler.run(({ cold, flush }) => {
      const { cache: infos, configure } = cache([cold('(i|)', { i: rawInfo() })]);
      infos.info().subscribe();
      flush();
      expect(configure.callCount).to.equal(1);
      expect(configure.firstCall.args[0].map((r) => `${r.type} ${r.intervalMs} ${r.limit}`)).to.deep.equal([
        'REQUEST_WEIGHT 60000 6000',
        'ORDERS 10000 50',
        'ORDERS 86400000 160000',
        'RAW_REQUESTS 300000 300000',
      ]);
    });
  });

  it('errors the callers of a failed fetch, and fetches again on the next call', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const failure = new Error('HTTP 503');
      const bad = cold<RawExchangeInfo>('3ms #', undefined, failure);
      const good = cold('3ms (i|)', { i: rawInfo() });
      const { cache: infos, configure } = cache([bad, good]);
      expectObservable(infos.info().pipe(map(symbolsOf))).toBe('3ms #', undefined, failure);
      expectObservable(infos.info().pipe(map(symbolsOf)), '10ms ^').toBe('13ms (s|)', { s: ['BTCUSDT', 'ETHBTC'] });
      expectSubscriptions(good.subscriptions).toBe('10ms ^--!');
      scheduler.schedule(() => expect(configure.callCount).to.equal(0), 5);
    });
  });

  it('tells a cached symbol without asking, only while the cache is fresh', () => {
    scheduler.run(({ cold, flush }) => {
      const answer = cold('2ms (i|)', { i: rawInfo() });
      const { cache: infos } = cache([answer], 1_000);
      expect(infos.cachedSymbol('ETHBTC')).to.equal(undefined);
      infos.info().subscribe();
      flush();
      expect(infos.cachedSymbol('ETHBTC')?.baseAsset).to.equal('ETH');
      expect(infos.cachedSymbol('NOPEUSDT')).to.equal(undefined);
      scheduler.schedule(() => {
        expect(infos.cachedSymbol('ETHBTC')).to.equal(undefined);
      }, 1_000);
      flush();
      expect(answer.subscriptions).to.have.length(1); // asked once, by info(); cachedSymbol never asks
    });
  });

  describe('symbol', () => {
    it('gives the rules of a listed symbol', () => {
      scheduler.run(({ cold, expectObservable }) => {
        const { cache: infos } = cache([cold('2ms (i|)', { i: rawInfo() })]);
        expectObservable(infos.symbol('ETHBTC').pipe(map((s) => [s.symbol, s.baseAsset, s.quoteAsset]))).toBe(
          '2ms (s|)',
          { s: ['ETHBTC', 'ETH', 'BTC'] },
        );
      });
    });

    it('fetches again once for a symbol it does not know, when the cache is at least a minute old', () => {
      scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
        const first = cold('2ms (i|)', { i: rawInfo() });
        const second = cold('2ms (i|)', { i: rawInfo('NEWUSDT') });
        const { cache: infos } = cache([first, second]);
        infos.info().subscribe();
        expectObservable(infos.symbol('NEWUSDT').pipe(map((s) => s.symbol)), '60002ms ^').toBe('60004ms (s|)', {
          s: 'NEWUSDT',
        });
        expectSubscriptions(second.subscriptions).toBe('60002ms ^-!');
      });
    });

    it('errors with -1121 for a symbol that is not listed, without fetching again within a minute', () => {
      scheduler.run(({ cold, flush, expectSubscriptions }) => {
        const first = cold('2ms (i|)', { i: rawInfo() });
        const { cache: infos } = cache([first]);
        const errors: unknown[] = [];
        infos.symbol('NOPEUSDT').subscribe({ error: (e: unknown) => errors.push(e) });
        scheduler.schedule(() => infos.symbol('NOPEUSDT').subscribe({ error: (e: unknown) => errors.push(e) }), 100);
        flush();
        expect(errors).to.have.length(2);
        for (const error of errors) {
          expect(error).to.be.instanceOf(ExchangeError);
          expect(error).to.include({ category: 'validation', code: -1121 });
          expect((error as ExchangeError).context).to.deep.equal({ symbol: 'NOPEUSDT' });
        }
        expectSubscriptions(first.subscriptions).toBe('^-!'); // fetched once
      });
    });

    it('errors with -1121 when the fresh answer does not list it either', () => {
      scheduler.run(({ cold, flush, expectSubscriptions }) => {
        const first = cold('2ms (i|)', { i: rawInfo() });
        const second = cold('2ms (i|)', { i: rawInfo() });
        const { cache: infos } = cache([first, second]);
        infos.info().subscribe();
        let error: unknown;
        scheduler.schedule(() => infos.symbol('NOPEUSDT').subscribe({ error: (e: unknown) => (error = e) }), 70_000);
        flush();
        expect(error).to.include({ code: -1121 });
        expectSubscriptions(second.subscriptions).toBe('70000ms ^-!');
      });
    });
  });
});
