import { expect } from 'chai';
import { type ExchangeHarness, json, startExchange, type TestAccount } from './exchangeHarness.js';

type Params = Record<string, string>;

const LIMIT: Params = {
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  quantity: '0.001',
  price: '60000',
};
const MARKET: Params = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' };
const STOP: Params = { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '0.001', stopPrice: '60000' };

function without(params: Params, name: string): Params {
  return Object.fromEntries(Object.entries(params).filter(([key]) => key !== name));
}

/** [case, parameters, code, message (undefined: not checked)] */
const REFUSED: readonly [string, Params, number, string | undefined][] = [
  [
    'no symbol',
    without(LIMIT, 'symbol'),
    -1102,
    "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
  ],
  ['unknown symbol', { ...LIMIT, symbol: 'XYZUSDT' }, -1121, 'Invalid symbol.'],
  ['lower-case symbol', { ...LIMIT, symbol: 'btcusdt' }, -1100, undefined],
  ['no side', without(LIMIT, 'side'), -1102, "Mandatory parameter 'side' was not sent, was empty/null, or malformed."],
  ['bad side', { ...LIMIT, side: 'HOLD' }, -1117, 'Invalid side.'],
  ['no type', without(LIMIT, 'type'), -1102, "Mandatory parameter 'type' was not sent, was empty/null, or malformed."],
  ['bad type', { ...LIMIT, type: 'ICEBERG' }, -1116, 'Invalid orderType.'],
  ['bad timeInForce', { ...LIMIT, timeInForce: 'DAY' }, -1115, 'Invalid timeInForce.'],
  ['LIMIT without timeInForce', without(LIMIT, 'timeInForce'), -1102, undefined],
  [
    'LIMIT without quantity',
    without(LIMIT, 'quantity'),
    -1102,
    "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed.",
  ],
  [
    'LIMIT without price',
    without(LIMIT, 'price'),
    -1102,
    "Mandatory parameter 'price' was not sent, was empty/null, or malformed.",
  ],
  ['LIMIT with stopPrice', { ...LIMIT, stopPrice: '1' }, -1106, "Parameter 'stopPrice' sent when not required."],
  [
    'LIMIT with quoteOrderQty',
    { ...LIMIT, quoteOrderQty: '10' },
    -1106,
    "Parameter 'quoteOrderQty' sent when not required.",
  ],
  [
    'MARKET with timeInForce',
    { ...MARKET, timeInForce: 'GTC' },
    -1106,
    "Parameter 'timeInForce' sent when not required.",
  ],
  ['MARKET with price', { ...MARKET, price: '1' }, -1106, "Parameter 'price' sent when not required."],
  [
    'MARKET with icebergQty',
    { ...MARKET, icebergQty: '0.0001' },
    -1106,
    "Parameter 'icebergQty' sent when not required.",
  ],
  [
    'MARKET with neither amount',
    without(MARKET, 'quantity'),
    -1102,
    "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!",
  ],
  [
    'MARKET with both amounts',
    { ...MARKET, quoteOrderQty: '100' },
    -1106,
    "Parameter 'quoteOrderQty' sent when not required.",
  ],
  [
    'STOP_LOSS without stopPrice',
    without(STOP, 'stopPrice'),
    -1102,
    "Param 'stopPrice' or 'trailingDelta' must be sent, but both were empty/null!",
  ],
  [
    'STOP_LOSS with timeInForce',
    { ...STOP, timeInForce: 'GTC' },
    -1106,
    "Parameter 'timeInForce' sent when not required.",
  ],
  [
    'trailing stops',
    { ...STOP, trailingDelta: '100' },
    -2010,
    'Trailing stop orders are not supported for this symbol.',
  ],
  [
    'LIMIT_MAKER with timeInForce',
    { ...LIMIT, type: 'LIMIT_MAKER' },
    -1106,
    "Parameter 'timeInForce' sent when not required.",
  ],
  ['price finer than the tick', { ...LIMIT, price: '60000.001' }, -1111, "Parameter 'price' has too much precision."],
  [
    'quantity finer than the step',
    { ...LIMIT, quantity: '0.000001' },
    -1111,
    "Parameter 'quantity' has too much precision.",
  ],
  ['more than 8 decimals', { ...LIMIT, quantity: '0.000000001' }, -1111, undefined],
  [
    'stopPrice finer than the tick',
    { ...STOP, stopPrice: '60000.005' },
    -1111,
    "Parameter 'stopPrice' has too much precision.",
  ],
  [
    'quoteOrderQty beyond 8 decimals',
    { ...without(MARKET, 'quantity'), quoteOrderQty: '10.000000001' },
    -1111,
    undefined,
  ],
  ['exponent notation', { ...LIMIT, quantity: '1e-3' }, -1100, undefined],
  ['negative price', { ...LIMIT, price: '-1' }, -1100, undefined],
  ['empty quantity', { ...LIMIT, quantity: '' }, -1102, undefined],
  ['bad client order id', { ...LIMIT, newClientOrderId: 'has space' }, -1100, undefined],
  ['long client order id', { ...LIMIT, newClientOrderId: 'x'.repeat(37) }, -1100, undefined],
  ['empty client order id', { ...LIMIT, newClientOrderId: '' }, -1118, 'New client order ID was empty.'],
  [
    'bad response type',
    { ...LIMIT, newOrderRespType: 'ALL' },
    -1130,
    "Data sent for parameter 'newOrderRespType' is not valid.",
  ],
  ['bad STP mode', { ...LIMIT, selfTradePreventionMode: 'MAYBE' }, -1130, undefined],
  ['small strategyType', { ...LIMIT, strategyType: '999999' }, -1134, 'strategyType was less than 1000000.'],
  [
    'pegged orders',
    { ...LIMIT, pegPriceType: 'PRIMARY_PEG' },
    -2010,
    'Pegged orders are not supported for this symbol.',
  ],
  [
    'unread parameter',
    { ...LIMIT, colour: 'red' },
    -1104,
    "Not all sent parameters were read; read '8' parameter(s) but was sent '9'.",
  ],
];

describe('readNewOrder (POST /api/v3/order parameters)', () => {
  let h: ExchangeHarness;
  let trader: TestAccount;
  before(async () => {
    h = await startExchange();
    trader = h.open({ balances: { USDT: '100000', BTC: '1' } });
  });
  after(() => h.close());

  for (const [name, params, code, msg] of REFUSED) {
    it(`refuses ${name} with ${code}, before anything happens`, async () => {
      const events = trader.events.length;
      const reply = await trader.client.post('/api/v3/order', params);
      expect(reply.status, reply.text).to.equal(400);
      expect(json(reply)['code'], reply.text).to.equal(code);
      if (msg !== undefined) expect(json(reply)['msg']).to.equal(msg);
      expect(trader.events.length).to.equal(events);
      expect(h.exchange.openOrders(trader.id)).to.deep.equal([]);
      expect(h.accounts.balances(trader.id)).to.deep.equal({
        USDT: { free: '100000.00000000', locked: '0.00000000' },
        BTC: { free: '1.00000000', locked: '0.00000000' },
      });
    });
  }

  it('accepts trailing zeros beyond the tick, and the same checks on order/test', async () => {
    const padded = await trader.client.post('/api/v3/order/test', {
      ...LIMIT,
      price: '60000.01000000',
      quantity: '0.00100000',
    });
    expect([padded.status, padded.body]).to.deep.equal([200, {}]);
    const refused = await trader.client.post('/api/v3/order/test', { ...LIMIT, side: 'HOLD' });
    expect(json(refused)['code']).to.equal(-1117);
  });
});
