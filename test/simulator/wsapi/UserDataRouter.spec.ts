import { expect } from 'chai';
import type { CreatedAccount } from '../../../src/simulator/exchange/AccountRegistry.js';
import type { UserDataEvent } from '../../../src/simulator/exchange/userEvents.js';
import type { SignedClient } from '../exchange/signedClient.js';
import { startWsApiSim, type WsApiSim } from './wsApiHarness.js';
import type { Params, WsApiTestClient } from './WsApiTestClient.js';

/** The executionReport fields PROTOCOL §5.3 lists as always present. */
const REPORT_KEYS = 'e E s c S o f q p P F g C x X r i l z L n N T t I w m M O Z Y Q V eR'.split(' ');

function limit(symbol: string, side: string, quantity: string, price: string): Params {
  return { symbol, side, type: 'LIMIT', timeInForce: 'GTC', quantity, price };
}

describe('user data events over the WebSocket API', () => {
  let h: WsApiSim;
  let client: WsApiTestClient;
  let maker: CreatedAccount;
  let taker: CreatedAccount;
  let poor: CreatedAccount;
  let takerRest: SignedClient;
  /** Every event the exchange published, by account: what each subscription must have received, in order. */
  const published = new Map<string, UserDataEvent[]>();

  beforeEach(async () => {
    h = await startWsApiSim();
    h.emptyBook('QUIETUSDT');
    h.emptyBook('UNITUSDT');
    published.clear();
    h.sim.exchange.events.on('user', (accountId, event) => {
      published.set(accountId, [...(published.get(accountId) ?? []), event]);
    });
    maker = h.account({ keyType: 'ED25519', balances: { QUIET: '100', UNIT: '10', USDT: '100' } });
    taker = h.account({ balances: { USDT: '100', UNIT: '10' } });
    poor = h.account({ keyType: 'RSA', balances: { USDT: '10.50' } });
    takerRest = h.rest(taker);
    client = await h.connect();
    await client.signed('session.logon', {}, maker.credentials);
    expect((await client.call('userDataStream.subscribe')).result).to.deep.equal({ subscriptionId: 0 });
    await client.signed('userDataStream.subscribe.signature', {}, taker.credentials);
    await client.signed('userDataStream.subscribe.signature', {}, poor.credentials);
  });
  afterEach(() => h.close());

  /** Reads every event the exchange published for the account from its subscription, and checks nothing else came. */
  async function received(subscriptionId: number, account: CreatedAccount): Promise<UserDataEvent[]> {
    const events: UserDataEvent[] = [];
    const count = published.get(account.accountId)?.length ?? 0;
    for (let i = 0; i < count; i++) {
      events.push((await client.nextEvent(subscriptionId)) as unknown as UserDataEvent);
    }
    await client.call('ping');
    expect(client.unread.filter((m) => m['subscriptionId'] === subscriptionId)).to.deep.equal([]);
    return events;
  }

  it('sends every event of orders placed over REST and over the WebSocket API, field for field', async () => {
    const sell = await client.call('order.place', {
      ...limit('QUIETUSDT', 'SELL', '10', '2.5000'),
      newClientOrderId: 'maker-1',
      timestamp: Date.now(),
    });
    expect(sell.status, sell.error?.msg).to.equal(200);
    const partial = await takerRest.post('/api/v3/order', {
      symbol: 'QUIETUSDT',
      side: 'BUY',
      type: 'MARKET',
      quantity: '4',
    });
    expect(partial.status, partial.text).to.equal(200);
    const fill = await client.signed('order.place', limit('QUIETUSDT', 'BUY', '6', '2.5000'), taker.credentials);
    expect(fill.status, fill.error?.msg).to.equal(200);
    const resting = await client.call('order.place', {
      ...limit('QUIETUSDT', 'SELL', '2', '2.6000'),
      timestamp: Date.now(),
    });
    expect(resting.status, resting.error?.msg).to.equal(200);
    const orderId = (resting.result as { orderId: number }).orderId;
    const cancel = await client.call('order.cancel', { symbol: 'QUIETUSDT', orderId, timestamp: Date.now() });
    expect(cancel.status, cancel.error?.msg).to.equal(200);

    const makerEvents = await received(0, maker);
    const takerEvents = await received(1, taker);
    expect(makerEvents).to.deep.equal(published.get(maker.accountId));
    expect(takerEvents).to.deep.equal(published.get(taker.accountId));
    const reports = (events: UserDataEvent[]) =>
      events.flatMap((e) => (e.e === 'executionReport' ? [[e.x, e.X, e.c, e.l, e.z]] : []));
    expect(reports(makerEvents)).to.deep.equal([
      ['NEW', 'NEW', 'maker-1', '0.00000000', '0.00000000'],
      ['TRADE', 'PARTIALLY_FILLED', 'maker-1', '4.00000000', '4.00000000'],
      ['TRADE', 'FILLED', 'maker-1', '6.00000000', '10.00000000'],
      ['NEW', 'NEW', (resting.result as { clientOrderId: string }).clientOrderId, '0.00000000', '0.00000000'],
      ['CANCELED', 'CANCELED', (cancel.result as { clientOrderId: string }).clientOrderId, '0.00000000', '0.00000000'],
    ]);
    expect(reports(takerEvents).map(([x, X]) => [x, X])).to.deep.equal([
      ['NEW', 'NEW'],
      ['TRADE', 'FILLED'],
      ['NEW', 'NEW'],
      ['TRADE', 'FILLED'],
    ]);
    const first = makerEvents[0] as unknown as Record<string, unknown>;
    expect(Object.keys(first)).to.include.members([...REPORT_KEYS, 'W']);
    expect(first).to.deep.include({
      e: 'executionReport',
      s: 'QUIETUSDT',
      S: 'SELL',
      o: 'LIMIT',
      f: 'GTC',
      q: '10.00000000',
      p: '2.50000000',
      g: -1,
      C: '',
      r: 'NONE',
      i: (sell.result as { orderId: number }).orderId,
      N: null,
      t: -1,
      w: true,
      eR: 'NONE',
    });
    expect(makerEvents.filter((e) => e.e === 'outboundAccountPosition').length).to.be.at.least(4);
  });

  it('sends the REJECTED report of a triggered stop that cannot pay, but no event for a refused order', async () => {
    const refused = await client.signed('order.place', limit('QUIETUSDT', 'BUY', '100', '2.5000'), poor.credentials);
    expect([refused.status, refused.error]).to.deep.equal([
      400,
      { code: -2010, msg: 'Account has insufficient balance for requested action.' },
    ]);
    const place = async (account: CreatedAccount, params: Params) => {
      const reply = await client.signed('order.place', params, account.credentials);
      expect(reply.status, reply.error?.msg).to.equal(200);
    };
    await place(maker, limit('UNITUSDT', 'SELL', '1', '10.00'));
    await place(taker, limit('UNITUSDT', 'BUY', '1', '10.00'));
    await place(poor, { symbol: 'UNITUSDT', side: 'BUY', type: 'STOP_LOSS', quantity: '1', stopPrice: '10.50' });
    await place(maker, limit('UNITUSDT', 'SELL', '1', '11.00'));
    await place(maker, limit('UNITUSDT', 'SELL', '1', '10.50'));
    await place(taker, limit('UNITUSDT', 'BUY', '1', '10.50'));
    const events = await received(2, poor);
    expect(events).to.deep.equal(published.get(poor.accountId));
    const reports = events.flatMap((e) => (e.e === 'executionReport' ? [[e.x, e.X, e.o, e.r, e.w]] : []));
    expect(reports).to.deep.equal([
      ['NEW', 'NEW', 'STOP_LOSS', 'NONE', false],
      ['REJECTED', 'REJECTED', 'STOP_LOSS', 'INSUFFICIENT_BALANCES', false],
    ]);
  });

  it('writes event times in microseconds on a timeUnit=MICROSECOND connection', async () => {
    const micro = await h.connect('?timeUnit=MICROSECOND');
    await micro.signed('userDataStream.subscribe.signature', {}, maker.credentials);
    const placed = await client.call('order.place', {
      ...limit('QUIETUSDT', 'SELL', '2', '2.9000'),
      timestamp: Date.now(),
    });
    expect(placed.status, placed.error?.msg).to.equal(200);
    const [report, position] = published.get(maker.accountId) as [
      UserDataEvent & { O: number; W: number },
      UserDataEvent,
    ];
    expect(await micro.nextEvent(0)).to.deep.equal({
      ...report,
      E: report.E * 1000,
      T: (report as { T: number }).T * 1000,
      O: report.O * 1000,
      W: report.W * 1000,
    });
    expect(await micro.nextEvent(0)).to.deep.equal({
      ...position,
      E: position.E * 1000,
      u: (position as { u: number }).u * 1000,
    });
    h.sim.accounts.deposit(maker.accountId, 'BTC', '1');
    const deposit = await micro.nextEvent(0);
    expect([deposit['e'], (deposit['E'] as number) % 1000, (deposit['T'] as number) > 1e15]).to.deep.equal([
      'balanceUpdate',
      0,
      true,
    ]);
  });
});
