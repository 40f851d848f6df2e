// The seeds' topic API: `{ type, symbol, data }` messages for any stream, merged into one feed.
// Run: npx tsx examples/topics.ts
import { merge, take } from 'rxjs';
import { Binance } from '../src/index.node.js';

const binance = new Binance();

merge(binance.market.topic('binance:ticker:BTCUSDT'), binance.market.topic('binance:klines:ETHUSDT:1m'))
  .pipe(take(10))
  .subscribe({
    next: (event) => {
      if (event.type === 'ticker') console.log(event.symbol, 'last', event.data.lastPrice.toFixed());
      if (event.type === 'klines') console.log(event.symbol, 'candle close', event.data.close.toFixed());
    },
    complete: () => binance.close(),
  });
