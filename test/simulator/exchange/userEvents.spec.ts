import { expect } from 'chai';
import type { ExecutionReportEvent, UserDataEvent } from '../../../src/simulator/exchange/userEvents.js';
import { type ExchangeHarness, json, startExchange, type TestAccount } from './exchangeHarness.js';

/** The executionReport fields PROTOCOL §5.3 lists as always present (`W` while the order works). */
const REPORT_KEYS = [
  'e',
  'E',
  's',
  'c',
  'S',
  'o',
  'f',
  'q',
  'p',
  'P',
  'F',
  'g',
  'C',
  'x',
  'X',
  'r',
  'i',
  'l',
  'z',
  'L',
  'n',
  'N',
  'T',
  't',
  'I',
  'w',
  'm',
  'M',
  'O',
  'Z',
  'Y',
  'Q',
  'V',
  'eR',
];

function reports(events: readonly UserDataEvent[]): ExecutionReportEvent[] {
  return events.filter((e): e is ExecutionReportEvent => e.e === 'executionReport');
}

describe('user data events of the exchange', () => {
  let h: ExchangeHarness;
  let maker: TestAccount;
  let taker: TestAccount;
  beforeEach(async () => {
    h = await startExchange();
    h.emptyBook('QUIETUSDT');
    maker = h.open({ balances: { QUIET: '100' } });
    taker = h.open({ balances: { USDT: '100' } });
  });
  afterEach(() => h.close());

  it('reports a new order, its fills on both sides, then the balances each operation changed', async () => {
    const sell = {
      symbol: 'QUIETUSDT',
      side: 'SELL',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '10',
      price: '2.5000',
    };
    const placed = json(
      await maker.client.post('/api/v3/order', {
        ...sell,
        newClientOrderId: 'maker-1',
        strategyId: '7',
        strategyType: '1000000',
      }),
    );
    h.advance(50);
    await taker.client.post('/api/v3/order', { symbol: 'QUIETUSDT', side: 'BUY', type: 'MARKET', quantity: '4' });
    expect(maker.events.map((e) => e.e)).to.deep.equal([
      'executionReport',
      'outboundAccountPosition',
      'executionReport',
      'outboundAccountPosition',
    ]);
    const [created, filled] = reports(maker.events) as [ExecutionReportEvent, ExecutionReportEvent];
    expect(Object.keys(created)).to.include.members([...REPORT_KEYS, 'W', 'j', 'J']);
    expect(created).to.deep.include({
      e: 'executionReport',
      E: h.now() - 50,
      s: 'QUIETUSDT',
      c: 'maker-1',
      S: 'SELL',
      o: 'LIMIT',
      f: 'GTC',
      q: '10.00000000',
      p: '2.50000000',
      P: '0.00000000',
      F: '0.00000000',
      g: -1,
      C: '',
      x: 'NEW',
      X: 'NEW',
      r: 'NONE',
      i: placed['orderId'],
      l: '0.00000000',
      z: '0.00000000',
      L: '0.00000000',
      n: '0',
      N: null,
      t: -1,
      w: true,
      m: false,
      M: false,
      O: h.now() - 50,
      Z: '0.00000000',
      Y: '0.00000000',
      Q: '0.00000000',
      W: h.now() - 50,
      V: 'EXPIRE_MAKER',
      eR: 'NONE',
      j: 7,
      J: 1_000_000,
    });
    expect(filled).to.deep.include({
      x: 'TRADE',
      X: 'PARTIALLY_FILLED',
      l: '4.00000000',
      z: '4.00000000',
      L: '2.50000000',
      n: '0.01000000',
      N: 'USDT',
      T: h.now(),
      m: true,
      Z: '10.00000000',
      Y: '10.00000000',
      O: h.now() - 50,
    });
    expect(filled.I).to.be.greaterThan(created.I);
    const takerReports = reports(taker.events);
    expect(takerReports.map((e) => [e.x, e.X, e.o, e.w, e.m])).to.deep.equal([
      ['NEW', 'NEW', 'MARKET', false, false],
      ['TRADE', 'FILLED', 'MARKET', false, false],
    ]);
    expect(takerReports[1]?.t).to.equal(filled.t);
    expect(maker.events[3]).to.deep.equal({
      e: 'outboundAccountPosition',
      E: h.now(),
      u: h.now(),
      B: [
        { a: 'QUIET', f: '90.00000000', l: '6.00000000' },
        { a: 'USDT', f: '9.99000000', l: '0.00000000' },
      ],
    });
  });

  it('reports expiries and cancels with their reasons', async () => {
    await maker.client.post('/api/v3/order', {
      symbol: 'QUIETUSDT',
      side: 'SELL',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '2',
      price: '2.5000',
    });
    await taker.client.post('/api/v3/order', {
      symbol: 'QUIETUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'IOC',
      quantity: '3',
      price: '2.5000',
    });
    const expired = reports(taker.events).at(-1);
    expect([expired?.x, expired?.X, expired?.eR, expired?.z]).to.deep.equal([
      'EXPIRED',
      'EXPIRED',
      'UNFILLED_IOC_QUANTITY_EXPIRED',
      '2.00000000',
    ]);
    const resting = json(
      await maker.client.post('/api/v3/order', {
        symbol: 'QUIETUSDT',
        side: 'SELL',
        type: 'LIMIT',
        timeInForce: 'GTC',
        quantity: '2',
        price: '2.6000',
      }),
    );
    await maker.client.delete('/api/v3/order', { symbol: 'QUIETUSDT', orderId: resting['orderId'] as number });
    const canceled = reports(maker.events).at(-1);
    expect([canceled?.x, canceled?.X, canceled?.C, canceled?.w]).to.deep.equal([
      'CANCELED',
      'CANCELED',
      resting['clientOrderId'],
      false,
    ]);
  });

  it('publishes a deposit as balanceUpdate and outboundAccountPosition', () => {
    h.accounts.deposit(taker.id, 'BTC', '0.5');
    expect(taker.events).to.deep.equal([
      { e: 'balanceUpdate', E: h.now(), a: 'BTC', d: '0.50000000', T: h.now() },
      { e: 'outboundAccountPosition', E: h.now(), u: h.now(), B: [{ a: 'BTC', f: '0.50000000', l: '0.00000000' }] },
    ]);
    expect(h.accounts.balances(taker.id)['BTC']).to.deep.equal({ free: '0.50000000', locked: '0.00000000' });
    for (const [asset, amount] of [
      ['BTC', '-1'],
      ['BTC', '0.000000001'],
      ['btc', '1'],
      ['BTC', 'x'],
    ]) {
      expect(() => h.accounts.deposit(taker.id, asset as string, amount as string)).to.throw(TypeError);
    }
    expect(() => h.accounts.deposit('nobody', 'BTC', '1')).to.throw(TypeError);
  });
});
