import { expect } from 'chai';
import { inspect } from 'node:util';
import { RawExecutionReport } from '../../src/codecs/RawExecutionReport.js';
import { parseJsonLossless } from '../../src/internal/parseJsonLossless.js';
import { toExecutionReport } from '../../src/models/ExecutionReport.js';
import {
  EXECUTION_REPORT_CONDITIONAL_KEYS,
  userDataEvent,
  userDataFrameText,
} from '../fixtures/userData/userDataFixture.js';
import { BIG_ID, decoded, expectDecimal } from './modelHelpers.js';

const report = (fields: Record<string, unknown> = {}) =>
  toExecutionReport(decoded(RawExecutionReport, { ...userDataEvent('executionReport'), ...fields }));

const CONDITIONAL_KEYS = [
  'preventedMatchId',
  'workingTime',
  'trailingDelta',
  'trailingTime',
  'strategyId',
  'strategyType',
  'preventedQuantity',
  'lastPreventedQuantity',
  'tradeGroupId',
  'counterOrderId',
  'counterSymbol',
  'preventedExecutionQuantity',
  'preventedExecutionPrice',
  'preventedExecutionQuoteQuantity',
  'matchType',
  'allocationId',
  'workingFloor',
  'usedSor',
  'pegPriceType',
  'pegOffsetType',
  'pegOffsetValue',
  'peggedPrice',
  'expiryReason',
];

describe('ExecutionReport', () => {
  it('maps every field of the full report, with exact decimals and bigint ids', () => {
    const r = report();
    expect(r.type).to.equal('executionReport');
    expect(r.eventTime).to.equal(1499405658658);
    expect(r.symbol).to.equal('ETHBTC');
    expect(r.clientOrderId).to.equal('mUvoqJxFIILMdfAW5iGSOW');
    expect(r.side).to.equal('BUY');
    expect(r.orderType).to.equal('LIMIT');
    expect(r.timeInForce).to.equal('GTC');
    expectDecimal(r.quantity, '1');
    expectDecimal(r.price, '0.1026441');
    expectDecimal(r.stopPrice, '0');
    expectDecimal(r.icebergQuantity, '0');
    expect(r.orderListId).to.equal(-1n);
    expect(r.executionType).to.equal('NEW');
    expect(r.orderStatus).to.equal('NEW');
    expect(r.rejectReason).to.equal('NONE');
    expect(r.orderId).to.equal(4293153n);
    expectDecimal(r.lastExecutedQuantity, '0');
    expectDecimal(r.cumulativeFilledQuantity, '0');
    expectDecimal(r.lastExecutedPrice, '0');
    expectDecimal(r.commission, '0');
    expect(r.transactionTime).to.equal(1499405658657);
    expect(r.preventedMatchId).to.equal(3n);
    expect(r.executionId).to.equal(8641984n);
    expect(r.isOnBook).to.equal(true);
    expect(r.isMaker).to.equal(false);
    expect(r.orderCreationTime).to.equal(1499405658657);
    expectDecimal(r.cumulativeQuoteQuantity, '0');
    expectDecimal(r.lastQuoteQuantity, '0');
    expectDecimal(r.quoteOrderQuantity, '0');
    expect(r.workingTime).to.equal(1499405658657);
    expect(r.selfTradePreventionMode).to.equal('NONE');
    expect(r.averagePrice).to.equal(undefined);
    expect(r.trailingDelta).to.equal(4);
    expect(r.trailingTime).to.equal(1668680518494);
    expect(r.strategyId).to.equal(1n);
    expect(r.strategyType).to.equal(1000000);
    expectDecimal(r.preventedQuantity, '3');
    expectDecimal(r.lastPreventedQuantity, '3');
    expect(r.tradeGroupId).to.equal(1n);
    expect(r.counterOrderId).to.equal(37n);
    expect(r.counterSymbol).to.equal('BTCUSDT');
    expectDecimal(r.preventedExecutionQuantity, '2.123456');
    expectDecimal(r.preventedExecutionPrice, '0.10000001');
    expectDecimal(r.preventedExecutionQuoteQuantity, '0.21234562');
    expect(r.matchType).to.equal('ONE_PARTY_TRADE_REPORT');
    expect(r.allocationId).to.equal(1234n);
    expect(r.workingFloor).to.equal('SOR');
    expect(r.usedSor).to.equal(true);
    expect(r.pegPriceType).to.equal('PRIMARY_PEG');
    expect(r.pegOffsetType).to.equal('PRICE_LEVEL');
    expect(r.pegOffsetValue).to.equal(5);
    expectDecimal(r.peggedPrice, '1');
    expect(r.expiryReason).to.equal('INSUFFICIENT_LIQUIDITY');
  });

  it('leaves out what Binance marks as not applying: N null, t -1, C ""', () => {
    const r = report({ N: null, t: -1, C: '' });
    expect(r).not.to.have.any.keys('commissionAsset', 'tradeId', 'originalClientOrderId');
    expect('commissionAsset' in r || 'tradeId' in r || 'originalClientOrderId' in r).to.equal(false);
  });

  it('maps a trade: last and cumulative quantities, price, commission and its asset, trade id, average price', () => {
    const r = report({
      x: 'TRADE',
      X: 'PARTIALLY_FILLED',
      l: '0.30000000',
      z: '0.70000000',
      L: '0.10000001',
      n: '0.00000012',
      N: 'BNB',
      t: 28457,
      m: true,
      Z: '0.070000007',
      Y: '0.03000000',
    });
    expect(r.executionType).to.equal('TRADE');
    expect(r.orderStatus).to.equal('PARTIALLY_FILLED');
    expectDecimal(r.lastExecutedQuantity, '0.3');
    expectDecimal(r.cumulativeFilledQuantity, '0.7');
    expectDecimal(r.lastExecutedPrice, '0.10000001');
    expectDecimal(r.commission, '0.00000012');
    expect(r.commissionAsset).to.equal('BNB');
    expect(r.tradeId).to.equal(28457n);
    expect(r.isMaker).to.equal(true);
    expectDecimal(r.lastQuoteQuantity, '0.03');
    expectDecimal(r.averagePrice, '0.10000001');
  });

  it('computes the average price exactly where a float would not', () => {
    expectDecimal(report({ z: '3', Z: '0.3' }).averagePrice, '0.1');
    expectDecimal(
      report({ z: '0.00000001', Z: '123456789012345678.00000001' }).averagePrice,
      '12345678901234567800000001',
    );
  });

  it('maps a cancel: the original client order id from C', () => {
    const r = report({ x: 'CANCELED', X: 'CANCELED', c: 'cancelRequest1', C: 'myOrder1' });
    expect(r.clientOrderId).to.equal('cancelRequest1');
    expect(r.originalClientOrderId).to.equal('myOrder1');
  });

  it("maps Binance's documented example, with none of the other conditional fields present", () => {
    const r = toExecutionReport(decoded(RawExecutionReport, userDataEvent('executionReportDocumented')));
    expect(r.preventedMatchId).to.equal(3n);
    expect(r.workingTime).to.equal(1499405658657);
    expect(r).not.to.have.any.keys(...CONDITIONAL_KEYS.filter((k) => k !== 'preventedMatchId' && k !== 'workingTime'));
    expect(r).not.to.have.any.keys('commissionAsset', 'tradeId', 'originalClientOrderId');
  });

  it('leaves out every conditional field that was not sent', () => {
    const payload = userDataEvent('executionReport');
    for (const key of EXECUTION_REPORT_CONDITIONAL_KEYS) {
      Reflect.deleteProperty(payload, key);
    }
    const r = toExecutionReport(decoded(RawExecutionReport, payload));
    expect(r).not.to.have.any.keys(...CONDITIONAL_KEYS);
  });

  it('leaves out the -1 working and trailing times of an untriggered stop order', () => {
    const r = report({ o: 'STOP_LOSS_LIMIT', P: '0.09', W: -1, D: -1, w: false });
    expectDecimal(r.stopPrice, '0.09');
    expect(r).not.to.have.any.keys('workingTime', 'trailingTime');
    expect(r.isOnBook).to.equal(false);
  });

  it('passes enum values newer than this library through', () => {
    const r = report({ x: 'PARTIAL_AMEND', X: 'PENDING_REPLACE', r: 'SOME_NEW_REASON', o: 'PEGGED', eR: 'NEW_REASON' });
    expect([r.executionType, r.orderStatus, r.rejectReason, r.orderType, r.expiryReason]).to.deep.equal([
      'PARTIAL_AMEND',
      'PENDING_REPLACE',
      'SOME_NEW_REASON',
      'PEGGED',
      'NEW_REASON',
    ]);
  });

  it('keeps ids beyond 2^53 exact', () => {
    const text = userDataFrameText('executionReport')
      .replace('"i": 4293153', `"i": ${BIG_ID}`)
      .replace('"t": -1', `"t": ${BIG_ID}`)
      .replace('"I": 8641984', `"I": ${BIG_ID}`);
    const frame = parseJsonLossless(text) as { event: unknown };
    const r = toExecutionReport(decoded(RawExecutionReport, frame.event));
    expect(r.orderId).to.equal(2n ** 60n + 1n);
    expect(r.tradeId).to.equal(2n ** 60n + 1n);
    expect(r.executionId).to.equal(2n ** 60n + 1n);
    expect(JSON.parse(JSON.stringify(r))).to.deep.include({ orderId: BIG_ID, tradeId: BIG_ID, executionId: BIG_ID });
  });

  it('serialises to exact strings, without exponents, dropping what is absent', () => {
    const r = report({ p: '0.00000001', q: '123456789012345678901234.5', N: null, t: -1, C: '' });
    const json = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
    expect(json).to.deep.include({
      type: 'executionReport',
      price: '0.00000001',
      quantity: '123456789012345678901234.5',
      orderId: '4293153',
      orderListId: '-1',
      executionId: '8641984',
      peggedPrice: '1',
      isOnBook: true,
    });
    expect(json).not.to.have.any.keys('commissionAsset', 'tradeId', 'originalClientOrderId', 'averagePrice');
    expect(inspect(r)).to.equal(inspect(r.toJSON()));
  });
});
