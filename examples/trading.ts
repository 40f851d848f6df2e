// Trading offline: an account on the embedded simulator, a session, a LIMIT and a MARKET order, the open orders, a
// cancel and the balances. Against Binance, take the credentials from credentialsFromEnv() instead.
// Run: npx tsx examples/trading.ts
import { BigNumber } from 'bignumber.js';
import { firstValueFrom } from 'rxjs';
import { Binance, ExchangeError, type Order } from '../src/index.node.js';
import { BinanceSimulator } from '../src/simulator/index.js';

const sim = await BinanceSimulator.start({ symbols: ['BTCUSDT'], seed: 42 });
const binance = new Binance({ endpoints: { restUrl: sim.restUrl, wsUrl: sim.wsUrl, wsApiUrl: sim.wsApiUrl } });

// The simulator opens accounts with balances and an API key (HMAC by default; 'ED25519' and 'RSA' work too).
const { credentials } = sim.accounts.create({ balances: { USDT: '10000', BTC: '0.5' } });
const alice = binance.users.connect('alice', credentials);

const show = (what: string, order: Order): void =>
  console.log(
    `${what}: #${order.orderId} ${order.side} ${order.type} ${order.quantity.toFixed()} ` +
      `@ ${order.type === 'MARKET' ? 'market' : order.price.toFixed()} ` +
      `${order.status}, filled ${order.executedQuantity.toFixed()}`,
  );

try {
  // Every call is a cold Observable: nothing is sent before firstValueFrom subscribes.
  const top = await firstValueFrom(binance.market.bookTicker('BTCUSDT'));
  // Amounts are decimal strings or BigNumbers, never floats. 2 % below the best bid, on the 0.01 tick: it rests.
  const price = top.bidPrice.times('0.98').decimalPlaces(2, BigNumber.ROUND_DOWN);
  const limit = await firstValueFrom(
    alice.placeOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: '0.01', price, timeInForce: 'GTC' }),
  );
  show('LIMIT placed', limit);

  const market = await firstValueFrom(
    alice.placeOrder({ symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.002' }),
  );
  show('MARKET placed', market);
  console.log(`  average price ${market.averagePrice?.toFixed(2) ?? '—'}, ${market.fills.length} fill(s)`);

  const open = await firstValueFrom(alice.openOrders('BTCUSDT'));
  console.log(`open orders: ${open.map((order) => `#${order.orderId}`).join(', ')}`);

  show('cancelled', await firstValueFrom(alice.cancelOrder('BTCUSDT', limit.orderId)));

  for (const balance of await firstValueFrom(alice.balances())) {
    console.log(`${balance.asset}: free ${balance.free.toFixed()}, locked ${balance.locked.toFixed()}`);
  }

  // Client-side filter validation: this order breaks LOT_SIZE (step 0.00001) and is refused before it is sent.
  await firstValueFrom(
    alice.placeOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.000001' }),
  ).catch((error: unknown) => {
    if (!(error instanceof ExchangeError)) throw error;
    console.log(`refused: ${error.category} ${error.code ?? ''} ${error.reason ?? ''} — ${error.userMessage}`);
  });
} finally {
  binance.close(); // closes the session too; its secrets go with it
  await sim.close();
}
