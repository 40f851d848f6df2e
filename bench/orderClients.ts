import { createHmac } from 'node:crypto';
import axios from 'axios';
import { firstValueFrom } from 'rxjs';
import { Binance } from '../src/index.node.js';
import type { SimulatorUrls } from './SimulatorProcess.js';

/** Places orders one after the other; resolves with how many it placed per second. */
export type OrderClient = (
  urls: SimulatorUrls,
  credentials: { apiKey: string; apiSecret: string },
  count: number,
  price: string,
) => Promise<number>;

// A LIMIT IOC buy below the market: accepted, validated, never filled, never resting — the same work every time.
function order(price: string, id: number): [string, string][] {
  return [
    ['symbol', 'BTCUSDT'],
    ['side', 'BUY'],
    ['type', 'LIMIT'],
    ['timeInForce', 'IOC'],
    ['quantity', '0.001'],
    ['price', price],
    ['newClientOrderId', `bench-${id}`],
    ['newOrderRespType', 'FULL'],
  ];
}

/** The baseline: axios with a query signed by hand (node:crypto HMAC), no validation, no limits, no decoding. */
export const handSignedAxios: OrderClient = async (urls, credentials, count, price) => {
  const http = axios.create({ baseURL: urls.restUrl, proxy: false });
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const query = [...order(price, i), ['recvWindow', '5000'], ['timestamp', String(Date.now())]]
      .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
      .join('&');
    const signature = createHmac('sha256', credentials.apiSecret).update(query).digest('hex');
    const response = await http.post(`/api/v3/order?${query}&signature=${signature}`, undefined, {
      headers: { 'X-MBX-APIKEY': credentials.apiKey },
    });
    if (response.status !== 200) throw new Error(`order refused: ${JSON.stringify(response.data)}`);
  }
  return count / ((performance.now() - started) / 1000);
};

/** The library: `UserSession.placeOrder`, with filter validation, limits, signing (node:crypto in Node) and decoding. */
export const sessionOrders: OrderClient = async (urls, credentials, count, price) => {
  const binance = new Binance({ endpoints: urls });
  const session = binance.session(credentials);
  try {
    // One warm-up order: exchangeInfo, the clock and the average price are fetched once and cached, as in real use.
    await firstValueFrom(session.placeOrder(toNewOrder(price, -1)));
    const started = performance.now();
    for (let i = 0; i < count; i++) await firstValueFrom(session.placeOrder(toNewOrder(price, i)));
    return count / ((performance.now() - started) / 1000);
  } finally {
    binance.close();
  }
};

function toNewOrder(price: string, id: number) {
  return {
    symbol: 'BTCUSDT',
    side: 'BUY',
    type: 'LIMIT',
    timeInForce: 'IOC',
    quantity: '0.001',
    price,
    newClientOrderId: `lib-${id + 1}-${Math.random().toString(36).slice(2, 8)}`,
  } as const;
}
