// A local order book kept in step with the embedded simulator (diff stream + REST snapshot): the best bid, best ask
// and spread twice a second for four seconds, a resync after a dropped connection included.
// Run: npx tsx examples/orderBook.ts
import { auditTime, distinctUntilChanged, map, takeUntil, timer } from 'rxjs';
import { Binance } from '../src/index.node.js';
import { BinanceSimulator } from '../src/simulator/index.js';

const sim = await BinanceSimulator.start({ symbols: ['BTCUSDT'], seed: 42 });
const binance = new Binance({ endpoints: { restUrl: sim.restUrl, wsUrl: sim.wsUrl, wsApiUrl: sim.wsApiUrl } });

// Keeps the best 100 levels per side (the snapshot asks for 100, which weighs 5 instead of 1000's 50).
// Shared per symbol and depth: both subscriptions below follow one book.
const book$ = binance.market.orderBook('BTCUSDT', { depth: 100 }).pipe(takeUntil(timer(4000)));

// syncing → live; after the drop, live → resyncing → live.
book$
  .pipe(
    map((book) => book.state),
    distinctUntilChanged(),
  )
  .subscribe((state) => console.log(`state: ${state}`));

book$.pipe(auditTime(500)).subscribe({
  next: (book) => {
    // Read `state` first: only a `live` book is current. `syncing` is empty; `resyncing` shows the last good book.
    if (book.state !== 'live') return;
    console.log(
      `${book.symbol} #${book.lastUpdateId} bid ${book.bestBid?.price.toFixed() ?? '—'} ` +
        `ask ${book.bestAsk?.price.toFixed() ?? '—'} spread ${book.spread?.toFixed() ?? '—'} ` +
        `(${book.bidCount} bids, ${book.askCount} asks)`,
    );
  },
  complete: () => {
    binance.close();
    void sim.close();
  },
});

// Half-way, the connection drops: the book resyncs by itself from a fresh snapshot.
setTimeout(() => sim.faults.dropConnections(), 2000);
