import { expect } from 'chai';
import type { ExecutionReportEvent } from '../../../src/simulator/exchange/userEvents.js';
import { type ExchangeHarness, json, startExchange, type TestAccount } from './exchangeHarness.js';

type Params = Record<string, string>;

function limit(side: string, quantity: string, price: string, stp?: string): Params {
  return {
    symbol: 'QUIETUSDT',
    side,
    type: 'LIMIT',
    timeInForce: 'GTC',
    quantity,
    price,
    ...(stp === undefined ? {} : { selfTradePreventionMode: stp }),
  };
}

describe('self-trade prevention', () => {
  let h: ExchangeHarness;
  let a: TestAccount;
  let b: TestAccount;
  beforeEach(async () => {
    h = await startExchange();
    h.emptyBook('QUIETUSDT');
    a = h.open({ balances: { USDT: '1000', QUIET: '1000' } });
    b = h.open({ balances: { USDT: '1000', QUIET: '1000' } });
  });
  afterEach(() => h.close());

  const place = async (account: TestAccount, params: Params) => {
    const reply = await account.client.post('/api/v3/order', params);
    expect(reply.status, reply.text).to.equal(200);
    return json(reply);
  };
  const query = async (account: TestAccount, order: Record<string, unknown>) =>
    json(await account.client.get('/api/v3/order', { symbol: 'QUIETUSDT', orderId: order['orderId'] as number }));
  const reports = (account: TestAccount, type: string) =>
    account.events.filter((e): e is ExecutionReportEvent => e.e === 'executionReport' && e.x === type);

  it('defaults to EXPIRE_MAKER, the mode exchangeInfo publishes as default', async () => {
    const order = await place(a, limit('BUY', '4', '2.5000'));
    expect(order['selfTradePreventionMode']).to.equal('EXPIRE_MAKER');
    expect(reports(a, 'NEW')[0]?.V).to.equal('EXPIRE_MAKER');
  });

  it('NONE lets an account trade with itself, both sides reported and charged', async () => {
    await place(a, limit('BUY', '4', '2.5000', 'NONE'));
    const taker = await place(a, limit('SELL', '4', '2.5000', 'NONE'));
    expect(taker['status']).to.equal('FILLED');
    const trades = reports(a, 'TRADE');
    expect(trades.map((e) => [e.S, e.m, e.X])).to.deep.equal([
      ['BUY', true, 'FILLED'],
      ['SELL', false, 'FILLED'],
    ]);
    const mine = json(await a.client.get('/api/v3/myTrades', { symbol: 'QUIETUSDT' })) as unknown as Record<
      string,
      unknown
    >[];
    expect(mine.map((t) => [t['id'], t['isBuyer'], t['isMaker']])).to.deep.equal([
      [trades[0]?.t, true, true],
      [trades[0]?.t, false, false],
    ]);
    // 4 QUIET and 10 USDT went round; 0.004 QUIET and 0.01 USDT of commission stayed with the exchange.
    expect(h.accounts.balances(a.id)).to.deep.equal({
      USDT: { free: '999.99000000', locked: '0.00000000' },
      QUIET: { free: '999.99600000', locked: '0.00000000' },
    });
  });

  it('EXPIRE_MAKER expires the own makers and goes on matching others', async () => {
    const maker1 = await place(a, limit('BUY', '4', '2.6000', 'NONE'));
    const maker2 = await place(a, limit('BUY', '4', '2.5000', 'NONE'));
    await place(b, limit('BUY', '4', '2.4000'));
    const taker = await place(a, limit('SELL', '6', '2.4000', 'EXPIRE_MAKER'));
    expect(taker).to.include({ status: 'PARTIALLY_FILLED', executedQty: '4.00000000' });
    expect(taker['preventedMatches']).to.deep.equal([
      {
        preventedMatchId: 0,
        makerOrderId: maker1['orderId'],
        price: '2.60000000',
        makerPreventedQuantity: '4.00000000',
      },
      {
        preventedMatchId: 1,
        makerOrderId: maker2['orderId'],
        price: '2.50000000',
        makerPreventedQuantity: '4.00000000',
      },
    ]);
    expect(await query(a, maker1)).to.include({
      status: 'EXPIRED_IN_MATCH',
      preventedMatchId: 0,
      preventedQuantity: '4.00000000',
    });
    expect(await query(a, maker2)).to.include({ status: 'EXPIRED_IN_MATCH', preventedMatchId: 1 });
    const prevented = reports(a, 'TRADE_PREVENTION');
    expect(prevented.map((e) => [e.i, e.X, e.v, e.A, e.B, e.U])).to.deep.equal([
      [maker1['orderId'], 'EXPIRED_IN_MATCH', 0, '4.00000000', '4.00000000', taker['orderId']],
      [maker2['orderId'], 'EXPIRED_IN_MATCH', 1, '4.00000000', '4.00000000', taker['orderId']],
    ]);
    // Only the 2 QUIET still for sale stay locked; the makers' USDT is free again.
    expect(h.accounts.balances(a.id)['USDT']?.locked).to.equal('0.00000000');
    expect(h.accounts.balances(a.id)['QUIET']?.locked).to.equal('2.00000000');
  });

  it('EXPIRE_TAKER expires the taker at the first own maker, after what it took before it', async () => {
    await place(b, limit('BUY', '4', '2.5000'));
    const maker = await place(a, limit('BUY', '4', '2.5000', 'NONE'));
    const taker = await place(a, limit('SELL', '6', '2.5000', 'EXPIRE_TAKER'));
    expect(taker).to.include({
      status: 'EXPIRED_IN_MATCH',
      executedQty: '4.00000000',
      preventedMatchId: 0,
      preventedQuantity: '2.00000000',
    });
    expect(taker['preventedMatches']).to.deep.equal([
      {
        preventedMatchId: 0,
        makerOrderId: maker['orderId'],
        price: '2.50000000',
        takerPreventedQuantity: '2.00000000',
      },
    ]);
    expect(await query(a, maker)).to.include({ status: 'NEW', executedQty: '0.00000000' });
    expect(h.accounts.balances(a.id)['QUIET']).to.deep.equal({ free: '996.00000000', locked: '0.00000000' });
  });

  it('EXPIRE_BOTH expires both', async () => {
    const maker = await place(a, limit('BUY', '4', '2.5000', 'NONE'));
    const taker = await place(a, limit('SELL', '6', '2.5000', 'EXPIRE_BOTH'));
    expect(taker).to.include({ status: 'EXPIRED_IN_MATCH', preventedQuantity: '6.00000000' });
    expect(taker['preventedMatches']).to.deep.equal([
      {
        preventedMatchId: 0,
        makerOrderId: maker['orderId'],
        price: '2.50000000',
        takerPreventedQuantity: '6.00000000',
        makerPreventedQuantity: '4.00000000',
      },
    ]);
    expect(await query(a, maker)).to.include({ status: 'EXPIRED_IN_MATCH', preventedQuantity: '4.00000000' });
    expect(h.hub.trueBook('QUIETUSDT').bids).to.deep.equal([]);
    expect(h.accounts.balances(a.id)).to.deep.equal({
      USDT: { free: '1000.00000000', locked: '0.00000000' },
      QUIET: { free: '1000.00000000', locked: '0.00000000' },
    });
  });

  it('DECREMENT takes the overlap off both; the smaller one expires (TRANSFER within one account alike)', async () => {
    for (const mode of ['DECREMENT', 'TRANSFER']) {
      const maker = await place(a, limit('BUY', '6', '2.5000', 'NONE'));
      const taker = await place(a, limit('SELL', '2', '2.5000', mode));
      expect(taker, mode).to.include({ status: 'EXPIRED_IN_MATCH', preventedQuantity: '2.00000000' });
      expect(await query(a, maker), mode).to.include({ status: 'NEW', preventedQuantity: '2.00000000' });
      expect(h.hub.trueBook('QUIETUSDT').bids, mode).to.deep.equal([['2.50000000', '4.00000000']]);
      expect(h.accounts.balances(a.id)['USDT']?.locked, mode).to.equal('10.00000000');
      await a.client.delete('/api/v3/openOrders', { symbol: 'QUIETUSDT' });
    }
  });
});
