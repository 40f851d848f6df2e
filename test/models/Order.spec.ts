import { expect } from 'chai';
import { inspect } from 'node:util';
import { RawCancelledOrder } from '../../src/codecs/RawCancelledOrder.js';
import { RawOrder } from '../../src/codecs/RawOrder.js';
import { RawOrderFull } from '../../src/codecs/RawOrderFull.js';
import { RawOrderResult } from '../../src/codecs/RawOrderResult.js';
import { toOrder } from '../../src/models/Order.js';
import { ORDER_STATUSES } from '../../src/trading/orderEnums.js';
import { restFixture, restFixtureText } from '../fixtures/rest/restFixture.js';
import { BIG_ID, decoded, decodedText, expectDecimal } from './modelHelpers.js';

const result = (fields: Record<string, unknown> = {}) =>
  toOrder(decoded(RawOrderResult, { ...restFixture('orderResult'), ...fields }));
const query = (fields: Record<string, unknown> = {}) =>
  toOrder(decoded(RawOrder, { ...restFixture('order'), ...fields }));

describe('Order', () => {
  it('maps a RESULT answer', () => {
    const order = result();
    expect(order.symbol).to.equal('BTCUSDT');
    expect(order.orderId).to.equal(28n);
    expect(order.orderListId).to.equal(-1n);
    expect(order.clientOrderId).to.equal('6gCrw2kRUAF9CvJDGP16IP');
    expect(order).not.to.have.property('origClientOrderId');
    expectDecimal(order.price, '0');
    expectDecimal(order.quantity, '10');
    expectDecimal(order.executedQuantity, '10');
    expectDecimal(order.cumulativeQuoteQuantity, '10');
    expectDecimal(order.quoteOrderQuantity, '0');
    expect(order.status).to.equal('FILLED');
    expect(order.timeInForce).to.equal('GTC');
    expect(order.type).to.equal('MARKET');
    expect(order.side).to.equal('SELL');
    expect(order.time).to.equal(1507725176595);
    expect(order.workingTime).to.equal(1507725176595);
    expect(order).not.to.have.any.keys('updateTime', 'isWorking', 'stopPrice', 'icebergQuantity', 'trailingDelta');
    expect(order.selfTradePreventionMode).to.equal('NONE');
    expect(order.fills).to.deep.equal([]);
    expectDecimal(order.averagePrice, '1');
    expect(order.isOpen).to.equal(false);
  });

  it('maps a FULL answer with its fills and their average price', () => {
    const order = toOrder(decoded(RawOrderFull, restFixture('orderFull')));
    expect(order.fills).to.have.length(5);
    expect(order.fills.map((f) => f.tradeId)).to.deep.equal([56n, 57n, 58n, 59n, 60n]);
    expectDecimal(order.fills[1]?.commission, '19.995');
    expectDecimal(order.averagePrice, '3998.3');
  });

  it('maps no fills that were not validated (a FULL answer decoded as RESULT)', () => {
    const order = result({ fills: [{ price: 'x' }] });
    expect(order.fills).to.deep.equal([]);
  });

  it('maps a query answer: time, updateTime, isWorking, and the zero stop price and iceberg as absent', () => {
    const order = query();
    expect(order.symbol).to.equal('LTCBTC');
    expectDecimal(order.price, '0.1');
    expectDecimal(order.quantity, '1');
    expect(order.time).to.equal(1499827319559);
    expect(order.updateTime).to.equal(1499827319559);
    expect(order.isWorking).to.equal(true);
    expect(order.workingTime).to.equal(1499827319559);
    expect(order).not.to.have.any.keys('stopPrice', 'icebergQuantity');
    expect(order.averagePrice).to.equal(undefined);
    expect(order.isOpen).to.equal(true);
  });

  it('maps a cancel answer with both client ids', () => {
    const order = toOrder(decoded(RawCancelledOrder, restFixture('cancelledOrder')));
    expect(order.clientOrderId).to.equal('cancelMyOrder1');
    expect(order.origClientOrderId).to.equal('myOrder1');
    expect(order.status).to.equal('CANCELED');
    expect(order.time).to.equal(1684804350068);
    expect(order).not.to.have.property('workingTime');
    expect(order.isOpen).to.equal(false);
  });

  it('maps the conditional fields when present', () => {
    const order = result({
      type: 'STOP_LOSS_LIMIT',
      stopPrice: '23500.00000000',
      icebergQty: '0.50000000',
      trailingDelta: 10,
      trailingTime: 1507725176999,
      strategyId: 37463720,
      strategyType: 1000000,
      preventedMatchId: 7,
      preventedQuantity: '1.200000',
      expiryReason: 'INSUFFICIENT_LIQUIDITY',
    });
    expectDecimal(order.stopPrice, '23500');
    expectDecimal(order.icebergQuantity, '0.5');
    expect(order.trailingDelta).to.equal(10);
    expect(order.trailingTime).to.equal(1507725176999);
    expect(order.strategyId).to.equal(37463720n);
    expect(order.strategyType).to.equal(1000000);
    expect(order.preventedMatchId).to.equal(7n);
    expectDecimal(order.preventedQuantity, '1.2');
    expect(order.expiryReason).to.equal('INSUFFICIENT_LIQUIDITY');
  });

  it('leaves out the -1 times of an untriggered stop order', () => {
    const order = query({ type: 'STOP_LOSS', isWorking: false, workingTime: -1, trailingTime: -1, trailingDelta: 50 });
    expect(order).not.to.have.any.keys('workingTime', 'trailingTime');
    expect(order.isWorking).to.equal(false);
  });

  it('turns the negative cummulativeQuoteQty of a historical order into undefined, with no average price', () => {
    const order = query({ executedQty: '1.0', cummulativeQuoteQty: '-1.00000000' });
    expect(order.cumulativeQuoteQuantity).to.equal(undefined);
    expect(order.averagePrice).to.equal(undefined);
  });

  it('computes the average price exactly where a float would not', () => {
    const order = result({ executedQty: '3', cummulativeQuoteQty: '0.3' });
    expectDecimal(order.averagePrice, '0.1');
    const big = result({ executedQty: '0.00000001', cummulativeQuoteQty: '123456789012345678.00000001' });
    expectDecimal(big.averagePrice, '12345678901234567800000001');
  });

  it('is open exactly for NEW, PARTIALLY_FILLED and PENDING_NEW', () => {
    for (const status of ORDER_STATUSES) {
      expect(result({ status }).isOpen, status).to.equal(['NEW', 'PARTIALLY_FILLED', 'PENDING_NEW'].includes(status));
    }
  });

  it('passes a status newer than this library through, as not open', () => {
    const order = result({ status: 'PENDING_REPLACE', type: 'PEGGED', timeInForce: 'GTD' });
    expect(order.status).to.equal('PENDING_REPLACE');
    expect(order.type).to.equal('PEGGED');
    expect(order.timeInForce).to.equal('GTD');
    expect(order.isOpen).to.equal(false);
  });

  it('keeps ids beyond 2^53 exact', () => {
    const text = restFixtureText('orderFull')
      .replace('"orderId": 28', `"orderId": ${BIG_ID}`)
      .replace('"tradeId": 56', `"tradeId": ${BIG_ID}`);
    const order = toOrder(decodedText(RawOrderFull, text));
    expect(order.orderId).to.equal(2n ** 60n + 1n);
    expect(order.fills[0]?.tradeId).to.equal(2n ** 60n + 1n);
  });

  it('serialises to exact strings, without exponents, dropping what is undefined', () => {
    const order = query({ price: '0.00000001', origQty: '123456789012345678901234.5', cummulativeQuoteQty: '-1' });
    const json = JSON.parse(JSON.stringify(order)) as Record<string, unknown>;
    expect(json).to.deep.include({
      orderId: '1',
      orderListId: '-1',
      price: '0.00000001',
      quantity: '123456789012345678901234.5',
      executedQuantity: '0',
      quoteOrderQuantity: '0',
      fills: [],
      isOpen: true,
    });
    expect(json).not.to.have.any.keys('cumulativeQuoteQuantity', 'averagePrice');
    expect(inspect(order)).to.equal(inspect(order.toJSON()));
  });
});
