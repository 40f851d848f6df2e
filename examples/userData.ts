// An account's live updates on the embedded simulator: every order change and fill (executions$) and the balances
// they move (balances$), over the WebSocket API.
// Run: npx tsx examples/userData.ts
import { BigNumber } from 'bignumber.js';
import { filter, firstValueFrom, switchMap, take, timeout } from 'rxjs';
import { Binance } from '../src/index.node.js';
import { BinanceSimulator } from '../src/simulator/index.js';

const sim = await BinanceSimulator.start({ symbols: ['BTCUSDT'], seed: 42 });
const binance = new Binance({ endpoints: { restUrl: sim.restUrl, wsUrl: sim.wsUrl, wsApiUrl: sim.wsApiUrl } });
const alice = binance.users.connect('alice', sim.accounts.create({ balances: { USDT: '5000' } }).credentials);

// Shared: the first subscriber subscribes on the server, the last one leaving unsubscribes.
alice.executions$.subscribe((report) =>
  console.log(
    `execution: ${report.executionType.padEnd(8)} ${report.side} ${report.orderType} ${report.quantity.toFixed()} ` +
      `${report.symbol} → ${report.orderStatus}` +
      (report.executionType === 'TRADE'
        ? `, ${report.lastExecutedQuantity.toFixed()} @ ${report.lastExecutedPrice.toFixed()}`
        : ''),
  ),
);
alice.balances$.subscribe((balances) =>
  console.log(
    `balances:  ${balances.map((b) => `${b.asset} free ${b.free.toFixed()} locked ${b.locked.toFixed()}`).join(' | ')}`,
  ),
);

try {
  // The subscription is live once health says so; events of orders placed before that would be missed.
  await firstValueFrom(
    binance.health$.pipe(
      filter((report) => report.components.userData.status === 'healthy'),
      timeout(5000),
    ),
  );
  // Done once the cancel's execution report and the balances it released have both arrived.
  const done = firstValueFrom(
    alice.executions$.pipe(
      filter((report) => report.executionType === 'CANCELED'),
      switchMap(() => alice.balances$),
      take(1),
      timeout(5000),
    ),
  );

  await firstValueFrom(alice.placeOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.0015' }));
  const top = await firstValueFrom(binance.market.bookTicker('BTCUSDT'));
  const price = top.bidPrice.times('0.98').decimalPlaces(2, BigNumber.ROUND_DOWN);
  const resting = await firstValueFrom(
    alice.placeOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: '0.001', price, timeInForce: 'GTC' }),
  );
  await firstValueFrom(alice.cancelOrder('BTCUSDT', resting.orderId));
  await done;
} finally {
  binance.close(); // completes executions$ and balances$
  await sim.close();
}
