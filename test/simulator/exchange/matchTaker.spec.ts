import { expect } from 'chai';
import { BigNumber } from 'bignumber.js';
import { type ExchangeHarness, json, startExchange, type TestAccount } from './exchangeHarness.js';

type Params = Record<string, string>;

function limit(side: string, quantity: string, price: string, extra: Params = {}): Params {
  return { symbol: 'QUIETUSDT', side, type: 'LIMIT', timeInForce: 'GTC', quantity, price, ...extra };
}

function fillsOf(body: Record<string, unknown>): [string, string][] {
  return (body['fills'] as { price: string; qty: string }[]).map((f) => [f.price, f.qty]);
}

describe('matchTaker (user orders in the book)', () => {
  let h: ExchangeHarness;
  let a: TestAccount;
  let b: TestAccount;
  let c: TestAccount;
  let taker: TestAccount;
  beforeEach(async () => {
    h = await startExchange();
    h.emptyBook('QUIETUSDT');
    [a, b, c, taker] = [1, 2, 3, 4].map(() => h.open({ balances: { USDT: '100000', QUIET: '100000' } })) as [
      TestAccount,
      TestAccount,
      TestAccount,
      TestAccount,
    ];
  });
  afterEach(() => h.close());

  const place = async (account: TestAccount, params: Params) => {
    const reply = await account.client.post('/api/v3/order', params);
    expect(reply.status, reply.text).to.equal(200);
    return json(reply);
  };

  it('matches in price-time priority: best price first, oldest first within a price', async () => {
    const first = await place(a, limit('SELL', '10', '2.6000'));
    const second = await place(b, limit('SELL', '10', '2.5000'));
    const third = await place(c, limit('SELL', '10', '2.5000'));
    const order = await place(taker, limit('BUY', '25', '2.6000'));
    expect(fillsOf(order)).to.deep.equal([
      ['2.50000000', '10.00000000'],
      ['2.50000000', '10.00000000'],
      ['2.60000000', '5.00000000'],
    ]);
    expect(order).to.include({ status: 'FILLED', executedQty: '25.00000000', cummulativeQuoteQty: '63.00000000' });
    const status = (id: unknown, account: TestAccount) =>
      h.exchange.queryOrder(account.id, 'QUIETUSDT', { orderId: id as number });
    expect(status(second['orderId'], b).status).to.equal('FILLED');
    expect(status(third['orderId'], c).status).to.equal('FILLED');
    expect(status(first['orderId'], a)).to.include({ status: 'PARTIALLY_FILLED', executedQty: 500_000_000n });
    expect(h.hub.trueBook('QUIETUSDT').asks).to.deep.equal([['2.60000000', '5.00000000']]);
  });

  it('rests the rest of a GTC order and shows it in the book; IOC expires it', async () => {
    await place(a, limit('SELL', '4', '2.5000'));
    const gtc = await place(taker, limit('BUY', '10', '2.5000'));
    expect(gtc).to.include({ status: 'PARTIALLY_FILLED', executedQty: '4.00000000' });
    expect(h.hub.trueBook('QUIETUSDT').bids).to.deep.equal([['2.50000000', '6.00000000']]);
    await place(a, limit('SELL', '3', '2.6000'));
    const ioc = await place(b, limit('BUY', '5', '2.6000', { timeInForce: 'IOC' }));
    expect(ioc).to.include({
      status: 'EXPIRED',
      executedQty: '3.00000000',
      expiryReason: 'UNFILLED_IOC_QUANTITY_EXPIRED',
    });
    expect(h.hub.trueBook('QUIETUSDT').bids).to.deep.equal([['2.50000000', '6.00000000']]);
  });

  it('FOK fills completely or not at all', async () => {
    await place(a, limit('SELL', '4', '2.5000'));
    await place(b, limit('SELL', '4', '2.5100'));
    const refused = await place(taker, limit('BUY', '9', '2.5100', { timeInForce: 'FOK' }));
    expect(refused).to.include({
      status: 'EXPIRED',
      executedQty: '0.00000000',
      expiryReason: 'UNFILLED_FOK_ORDER_EXPIRED',
    });
    expect(refused['fills']).to.deep.equal([]);
    expect(h.hub.trueBook('QUIETUSDT').asks).to.have.length(2);
    const filled = await place(taker, limit('BUY', '8', '2.5100', { timeInForce: 'FOK' }));
    expect(filled).to.include({ status: 'FILLED', executedQty: '8.00000000' });
  });

  it('LIMIT_MAKER rests, or is refused when it would take', async () => {
    await place(a, limit('SELL', '4', '2.5000'));
    const maker = { symbol: 'QUIETUSDT', side: 'BUY', type: 'LIMIT_MAKER', quantity: '4' };
    const crossing = await taker.client.post('/api/v3/order', { ...maker, price: '2.5000' });
    expect(crossing.body).to.deep.equal({ code: -2010, msg: 'Order would immediately match and take.' });
    const resting = await place(taker, { ...maker, price: '2.4999' });
    // Not LIMIT or MARKET: ACK by default.
    expect(Object.keys(resting)).to.deep.equal(['symbol', 'orderId', 'orderListId', 'clientOrderId', 'transactTime']);
    const order = h.exchange.queryOrder(taker.id, 'QUIETUSDT', { orderId: resting['orderId'] as number });
    expect(order).to.include({ status: 'NEW', type: 'LIMIT_MAKER', timeInForce: 'GTC' });
  });

  it('MARKET by quoteOrderQty spends at most that, in whole steps', async () => {
    await place(a, limit('SELL', '10', '2.5000'));
    await place(b, limit('SELL', '10', '2.7000'));
    const buy = await place(taker, { symbol: 'QUIETUSDT', side: 'BUY', type: 'MARKET', quoteOrderQty: '40' });
    expect(buy).to.include({ status: 'FILLED', origQuoteOrderQty: '40.00000000' });
    // 10 at 2.5 = 25; 15 left buy 5.5 at 2.7 = 14.85.
    expect(fillsOf(buy)).to.deep.equal([
      ['2.50000000', '10.00000000'],
      ['2.70000000', '5.50000000'],
    ]);
    expect(buy).to.include({ executedQty: '15.50000000', origQty: '15.50000000', cummulativeQuoteQty: '39.85000000' });
    await place(a, limit('BUY', '10', '2.0000'));
    const sell = await place(taker, { symbol: 'QUIETUSDT', side: 'SELL', type: 'MARKET', quoteOrderQty: '10.1' });
    expect(sell).to.include({ status: 'FILLED', executedQty: '5.00000000', cummulativeQuoteQty: '10.00000000' });
  });

  it('expires a MARKET order the book cannot fill, keeping what it could', async () => {
    await place(a, limit('SELL', '3', '2.5000'));
    const order = await place(taker, { symbol: 'QUIETUSDT', side: 'BUY', type: 'MARKET', quantity: '5' });
    expect(order).to.include({ status: 'EXPIRED', executedQty: '3.00000000', expiryReason: 'INSUFFICIENT_LIQUIDITY' });
    expect(h.accounts.balances(taker.id)['USDT']).to.deep.equal({ free: '99992.50000000', locked: '0.00000000' });
  });

  it('shows an iceberg part by part; each new part joins the back of the queue', async () => {
    const iceberg = await place(a, limit('SELL', '10', '2.5000', { icebergQty: '2', newOrderRespType: 'RESULT' }));
    expect(iceberg).to.include({ icebergQty: '2.00000000', status: 'NEW' });
    expect(h.hub.trueBook('QUIETUSDT').asks).to.deep.equal([['2.50000000', '2.00000000']]);
    await place(b, limit('SELL', '3', '2.5000'));
    const order = await place(taker, limit('BUY', '6', '2.5000'));
    const makers = h.exchange.myTrades(taker.id, 'QUIETUSDT', { limit: 10 }).map((t) => t.quantity);
    expect(makers).to.deep.equal([200_000_000n, 300_000_000n, 100_000_000n]);
    expect(order['status']).to.equal('FILLED');
    expect(h.exchange.queryOrder(a.id, 'QUIETUSDT', { orderId: iceberg['orderId'] as number })).to.include({
      executedQty: 300_000_000n,
      status: 'PARTIALLY_FILLED',
    });
    expect(h.hub.trueBook('QUIETUSDT').asks).to.deep.equal([['2.50000000', '1.00000000']]);
  });

  it('matches synthetic liquidity too, and its trades reach the public trade stream', async () => {
    const trades: Record<string, unknown>[] = [];
    const stop = h.hub.subscribe('btcusdt@trade', (payload) => trades.push(payload as Record<string, unknown>));
    const ask = h.hub.trueBook('BTCUSDT', 1).asks[0] as [string, string];
    const order = await place(taker, { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.05' });
    stop();
    const fills = order['fills'] as { price: string; tradeId: number; qty: string }[];
    expect(fills[0]?.price).to.equal(ask[0]);
    expect(trades.map((t) => t['t'])).to.deep.equal(fills.map((f) => f.tradeId));
    expect(trades.map((t) => t['m'])).to.deep.equal(fills.map(() => false));
    const total = fills.reduce((sum, f) => sum.plus(f.qty), new BigNumber(0));
    expect(total.toFixed(8)).to.equal('0.05000000');
  });

  it('fills a resting user order when synthetic takers reach it', async () => {
    const bid = new BigNumber((h.hub.trueBook('BTCUSDT', 1).bids[0] as [string, string])[0]);
    const order = await place(a, {
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '0.0002',
      price: bid.plus('0.01').toFixed(2),
    });
    for (
      let i = 0;
      i < 600 && h.exchange.queryOrder(a.id, 'BTCUSDT', { orderId: order['orderId'] as number }).status !== 'FILLED';
      i++
    ) {
      h.step();
    }
    const filled = h.exchange.queryOrder(a.id, 'BTCUSDT', { orderId: order['orderId'] as number });
    expect(filled.status).to.equal('FILLED');
    const trades = a.events.filter((e) => e.e === 'executionReport' && e.x === 'TRADE');
    expect(trades.length).to.be.greaterThan(0);
    expect(trades.every((e) => e.e === 'executionReport' && e.m)).to.equal(true);
    expect(h.accounts.balances(a.id)['BTC']?.free).to.equal('0.00019980');
  });
});
