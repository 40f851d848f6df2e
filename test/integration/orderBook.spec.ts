import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import { filter, firstValueFrom, type Observable, type Subscription, timeout } from 'rxjs';
import type { Binance } from '../../src/Binance.js';
import type { OrderBookView } from '../../src/book/OrderBookView.js';
import type { BinanceSimulator } from '../../src/simulator/BinanceSimulator.js';
import { clientOf, startSimulator } from './harness.js';

/** Levels as `price quantity` text with exact decimal values, for comparison. */
function levels(side: readonly { readonly price: BigNumber; readonly quantity: BigNumber }[]): string[] {
  return side.map((level) => `${level.price.toFixed()} ${level.quantity.toFixed()}`);
}

function trueLevels(side: readonly (readonly [string, string])[]): string[] {
  return side.map(([price, quantity]) => `${new BigNumber(price).toFixed()} ${new BigNumber(quantity).toFixed()}`);
}

/**
 * Waits for a live view of the book taken at the same update id as the simulator's true book, and compares the
 * two, level by level. The simulator moves on every tick, so views are checked until one lands on a quiet moment.
 */
async function expectEqualToTrueBook(
  sim: BinanceSimulator,
  book$: Observable<OrderBookView>,
  afterUpdateId: bigint,
): Promise<OrderBookView> {
  const view = await firstValueFrom(
    book$.pipe(
      filter(
        (v) =>
          v.state === 'live' &&
          v.lastUpdateId > afterUpdateId &&
          BigInt(sim.trueBook('BTCUSDT', 5000).lastUpdateId) === v.lastUpdateId,
      ),
      timeout({ first: 15_000, with: () => Promise.reject(new Error('no live view matched the true book')) }),
    ),
  );
  const truth = sim.trueBook('BTCUSDT', 5000);
  expect(levels(view.bids)).to.deep.equal(trueLevels(truth.bids));
  expect(levels(view.asks)).to.deep.equal(trueLevels(truth.asks));
  expect(view.bestBid?.price.toFixed()).to.equal(new BigNumber(truth.bids[0]?.[0] ?? '0').toFixed());
  expect(view.spread?.isEqualTo(new BigNumber(truth.asks[0]?.[0] ?? '0').minus(truth.bids[0]?.[0] ?? '0'))).to.equal(
    true,
  );
  return view;
}

describe('local order books against the simulator', function () {
  this.timeout(60_000);
  let sim: BinanceSimulator;
  let binance: Binance;
  const subscriptions: Subscription[] = [];

  afterEach(async () => {
    for (const subscription of subscriptions.splice(0)) subscription.unsubscribe();
    binance.close();
    await sim.close();
  });

  it('equals the true book after thousands of updates, after injected gaps, and after a reconnect', async () => {
    sim = await startSimulator({ symbols: ['BTCUSDT'], tickMs: 5 });
    binance = clientOf(sim);
    const book$ = binance.market.orderBook('BTCUSDT', { depth: 5000 });
    const states: string[] = [];
    subscriptions.push(book$.subscribe((view) => states.at(-1) !== view.state && states.push(view.state)));

    const first = await expectEqualToTrueBook(sim, book$, 0n);
    // Thousands of updates later, still equal.
    const later = await expectEqualToTrueBook(sim, book$, first.lastUpdateId + 2000n);
    expect(Number(later.lastUpdateId - first.lastUpdateId)).to.be.at.least(2000);

    // A gap: frames of the diff stream are lost; the book notices, resyncs (this book alone) and is equal again.
    sim.faults.skipFrames({ stream: 'btcusdt@depth@100ms', count: 3 });
    await firstValueFrom(book$.pipe(filter((v) => v.state === 'resyncing')));
    const afterGap = await expectEqualToTrueBook(sim, book$, later.lastUpdateId);

    // A reconnect: the socket is dropped; the diff stream resumes with a hole; the book resyncs.
    sim.faults.dropConnections();
    await firstValueFrom(book$.pipe(filter((v) => v.state === 'resyncing')));
    await expectEqualToTrueBook(sim, book$, afterGap.lastUpdateId);

    expect(states).to.deep.equal(['syncing', 'live', 'resyncing', 'live', 'resyncing', 'live']);
    expect(binance.health('orderBooks').status).to.equal('healthy');
  });

  it('gives late subscribers the current view at once, and shares one diff stream', async () => {
    sim = await startSimulator({ symbols: ['BTCUSDT'] });
    binance = clientOf(sim);
    const book$ = binance.market.orderBook('BTCUSDT', { depth: 100 });
    subscriptions.push(book$.subscribe());
    const live = await firstValueFrom(book$.pipe(filter((v) => v.state === 'live')));
    const late = await firstValueFrom(book$);
    expect(late.lastUpdateId >= live.lastUpdateId).to.equal(true);
    const subscribes = sim.market.controlLog().filter((entry) => entry.method === 'SUBSCRIBE');
    expect(
      subscribes.flatMap((entry) => entry.params as string[]).filter((name) => name === 'btcusdt@depth@100ms'),
    ).to.have.length(1);
    expect(() => binance.market.orderBook('BTCUSDT', { depth: 0 })).to.throw(TypeError, /depth/);
  });

  it('errors clearly for a symbol the exchange does not list', async () => {
    sim = await startSimulator({ symbols: ['BTCUSDT'] });
    binance = clientOf(sim);
    const error = await firstValueFrom(binance.market.orderBook('NOPEUSDT')).catch((e: unknown) => e);
    expect(error).to.include({ category: 'validation', code: -1121 });
  });

  it('keeps a hundred books resyncing at once within the request-weight budget: queued, never a 429', async () => {
    const symbols = Array.from({ length: 100 }, (_, i) => `C${String(i).padStart(3, '0')}USDT`);
    sim = await startSimulator({
      symbols,
      tickMs: 50,
      rateLimits: {
        rules: [
          { rateLimitType: 'REQUEST_WEIGHT', interval: 'SECOND', intervalNum: 1, limit: 150 },
          { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, limit: 1_000_000 },
          { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50 },
        ],
      },
    });
    binance = clientOf(sim);
    const books = symbols.map((symbol) => binance.market.orderBook(symbol, { depth: 100 }));
    const live = (): Promise<unknown> =>
      Promise.all(
        books.map((book$) =>
          firstValueFrom(
            book$.pipe(
              filter((v) => v.state === 'live'),
              timeout(45_000),
            ),
          ),
        ),
      );
    for (const book$ of books) subscriptions.push(book$.subscribe());
    await live();
    sim.faults.dropConnections();
    await Promise.all(
      books.map((book$) =>
        firstValueFrom(
          book$.pipe(
            filter((v) => v.state === 'resyncing'),
            timeout(10_000),
          ),
        ),
      ),
    );
    await live();
    const stats = sim.restStats();
    expect(stats.tooManyRequests).to.equal(0);
    expect(stats.bans).to.equal(0);
    expect(stats.peakWeight).to.be.at.most(150);
    expect(stats.requests).to.be.at.least(200); // a snapshot per book, twice
  });
});
