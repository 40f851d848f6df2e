// Live market data from Binance: trades per second, closed one-minute candles and the top of the book.
// Run: npx tsx examples/marketData.ts   (add BINANCE_WS_URL=... to point it elsewhere)
import { BigNumber } from 'bignumber.js';
import { bufferTime, filter, take } from 'rxjs';
import { Binance } from '../src/index.node.js';

const binance = new Binance();

binance.market
  .trades('BTCUSDT')
  .pipe(bufferTime(1000), take(10))
  .subscribe((trades) => {
    const volume = trades.reduce((sum, t) => sum.plus(t.quantity), new BigNumber(0));
    console.log(`${trades.length} trades, ${volume.toFixed()} BTC in the last second`);
  });

binance.market
  .klines('ETHUSDT', '1m')
  .pipe(filter((candle) => candle.closed))
  .subscribe((candle) => console.log(`ETHUSDT closed at ${candle.close.toFixed()}`));

binance.market.depth('BTCUSDT', 5).subscribe((book) => {
  console.log(`best bid ${book.bestBid?.price.toFixed() ?? '—'} / best ask ${book.bestAsk?.price.toFixed() ?? '—'}`);
});

binance.connection$.subscribe((event) => console.log(`[connection] ${event.type}`));
binance.errors$.subscribe((error) => console.warn(`[error] ${error.category}: ${error.details}`));

setTimeout(() => binance.close(), 12_000);
