import { BigNumber } from 'bignumber.js';
import { expect } from 'chai';
import fc from 'fast-check';
import type { NewOrderRequest } from '../../../src/simulator/exchange/readNewOrder.js';
import { RestError } from '../../../src/simulator/rest/RestError.js';
import { type ExchangeHarness, json, startExchange, type TestAccount } from './exchangeHarness.js';

type Params = Record<string, string>;

function limit(side: string, quantity: string, price: string, extra: Params = {}): Params {
  return { symbol: 'QUIETUSDT', side, type: 'LIMIT', timeInForce: 'GTC', quantity, price, ...extra };
}

describe('Settlement (balances, locks and commissions)', () => {
  let h: ExchangeHarness;
  beforeEach(async () => {
    h = await startExchange();
    h.emptyBook('QUIETUSDT');
  });
  afterEach(() => h.close());

  const place = async (account: TestAccount, params: Params) => {
    const reply = await account.client.post('/api/v3/order', params);
    expect(reply.status, reply.text).to.equal(200);
    return json(reply);
  };

  it('locks what an order may spend and unlocks it on cancel, publishing each change', async () => {
    const a = h.open({ balances: { USDT: '100', QUIET: '50' } });
    const buy = await place(a, limit('BUY', '10', '2.5001'));
    const sell = await place(a, limit('SELL', '20', '3.0000'));
    expect(h.accounts.balances(a.id)).to.deep.equal({
      USDT: { free: '74.99900000', locked: '25.00100000' },
      QUIET: { free: '30.00000000', locked: '20.00000000' },
    });
    await a.client.delete('/api/v3/order', { symbol: 'QUIETUSDT', orderId: buy['orderId'] as number });
    await a.client.delete('/api/v3/order', { symbol: 'QUIETUSDT', orderId: sell['orderId'] as number });
    expect(h.accounts.balances(a.id)).to.deep.equal({
      USDT: { free: '100.00000000', locked: '0.00000000' },
      QUIET: { free: '50.00000000', locked: '0.00000000' },
    });
    const positions = a.events.filter((e) => e.e === 'outboundAccountPosition');
    expect(positions.map((e) => e.B)).to.deep.equal([
      [{ a: 'USDT', f: '74.99900000', l: '25.00100000' }],
      [{ a: 'QUIET', f: '30.00000000', l: '20.00000000' }],
      [{ a: 'USDT', f: '100.00000000', l: '0.00000000' }],
      [{ a: 'QUIET', f: '50.00000000', l: '0.00000000' }],
    ]);
  });

  it('moves base and quote between the two accounts, each paying its rate in the asset it receives', async () => {
    const maker = h.open({ balances: { QUIET: '10' } });
    const taker = h.open({ balances: { USDT: '30' }, commission: { maker: '0.001', taker: '0.002' } });
    await place(maker, limit('SELL', '10', '2.5000'));
    const order = await place(taker, limit('BUY', '10', '2.6000'));
    expect(order['fills']).to.deep.equal([
      {
        price: '2.50000000',
        qty: '10.00000000',
        commission: '0.02000000',
        commissionAsset: 'QUIET',
        tradeId: (order['fills'] as { tradeId: number }[])[0]?.tradeId,
      },
    ]);
    expect(h.accounts.balances(maker.id)).to.deep.equal({
      QUIET: { free: '0.00000000', locked: '0.00000000' },
      USDT: { free: '24.97500000', locked: '0.00000000' },
    });
    // Bought at 2.5 what it locked 2.6 for: the rest of the lock is free again.
    expect(h.accounts.balances(taker.id)).to.deep.equal({
      USDT: { free: '5.00000000', locked: '0.00000000' },
      QUIET: { free: '9.98000000', locked: '0.00000000' },
    });
    const [trade] = json(await taker.client.get('/api/v3/myTrades', { symbol: 'QUIETUSDT' })) as unknown as Record<
      string,
      unknown
    >[];
    expect(trade).to.include({
      commission: '0.02000000',
      commissionAsset: 'QUIET',
      quoteQty: '25.00000000',
      isMaker: false,
    });
    const account = json(await taker.client.get('/api/v3/account'));
    expect(account).to.include({ makerCommission: 10, takerCommission: 20 });
    expect(account['commissionRates']).to.deep.equal({
      maker: '0.00100000',
      taker: '0.00200000',
      buyer: '0.00000000',
      seller: '0.00000000',
    });
  });

  it('MARKET BUY by quantity must afford what the book would cost', async () => {
    const seller = h.open({ balances: { QUIET: '100' } });
    await place(seller, limit('SELL', '5', '2.5000'));
    await place(seller, limit('SELL', '5', '2.6000'));
    const short = h.open({ balances: { USDT: '25.49' } });
    const refused = await short.client.post('/api/v3/order', {
      symbol: 'QUIETUSDT',
      side: 'BUY',
      type: 'MARKET',
      quantity: '10',
    });
    expect(refused.body).to.deep.equal({ code: -2010, msg: 'Account has insufficient balance for requested action.' });
    const enough = h.open({ balances: { USDT: '25.50' } });
    const order = await place(enough, { symbol: 'QUIETUSDT', side: 'BUY', type: 'MARKET', quantity: '10' });
    expect(order).to.include({ status: 'FILLED', cummulativeQuoteQty: '25.50000000' });
    expect(h.accounts.balances(enough.id)['USDT']).to.deep.equal({ free: '0.00000000', locked: '0.00000000' });
  });

  it('conserves every asset: balances plus commissions stay what was deposited', () => {
    const [x, y] = [
      h.open({ balances: { USDT: '10000', QUIET: '4000' } }),
      h.open({ balances: { USDT: '10000', QUIET: '4000' } }),
    ];
    const order = fc.record({
      buyer: fc.boolean(),
      side: fc.constantFrom('BUY' as const, 'SELL' as const),
      ticks: fc.integer({ min: 24_000, max: 26_000 }),
      steps: fc.integer({ min: 20, max: 400 }),
      type: fc.constantFrom('LIMIT' as const, 'MARKET' as const),
    });
    fc.assert(
      fc.property(fc.array(order, { minLength: 1, maxLength: 12 }), (orders) => {
        for (const { buyer, side, ticks, steps, type } of orders) {
          const request: NewOrderRequest = {
            symbol: 'QUIETUSDT',
            side,
            type,
            timeInForce: type === 'LIMIT' ? 'GTC' : undefined,
            quantity: BigInt(steps) * 10_000_000n,
            quoteOrderQty: undefined,
            price: type === 'LIMIT' ? BigInt(ticks) * 10_000n : undefined,
            stopPrice: undefined,
            icebergQty: undefined,
            newClientOrderId: undefined,
            responseType: 'FULL',
            stpMode: undefined,
            strategyId: undefined,
            strategyType: undefined,
          };
          try {
            h.exchange.placeOrder((buyer ? x : y).id, request, h.now());
          } catch (error) {
            // Refusals (balance, filters) change nothing; anything else is a bug.
            if (!(error instanceof RestError) || (error.code !== -2010 && error.code !== -1013)) throw error;
          }
        }
        for (const asset of ['USDT', 'QUIET']) {
          let total = new BigNumber(0);
          for (const account of [x, y]) {
            const balance = h.accounts.balances(account.id)[asset];
            total = total.plus(balance?.free ?? 0).plus(balance?.locked ?? 0);
            for (const trade of h.exchange.myTrades(account.id, 'QUIETUSDT', { limit: 1_000_000 })) {
              if (trade.commissionAsset === asset)
                total = total.plus(new BigNumber(trade.commission.toString()).shiftedBy(-8));
            }
          }
          expect(total.toFixed(8), asset).to.equal(asset === 'USDT' ? '20000.00000000' : '8000.00000000');
        }
      }),
      { numRuns: 30 },
    );
    // The runs did trade (a property over refused orders only would prove nothing).
    expect(h.exchange.myTrades(x.id, 'QUIETUSDT', { limit: 1_000_000 }).length).to.be.greaterThan(20);
  });
});
