import { expect } from 'chai';
import { RawOrderResult } from '../../src/codecs/RawOrderResult.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { ORDER_CONDITIONAL_FIELDS, restFixture } from '../fixtures/rest/restFixture.js';

describe('RawOrderResult', () => {
  restCodecTable(RawOrderResult, () => restFixture('orderResult'), ORDER_CONDITIONAL_FIELDS);

  it('accepts every conditional field when present', () => {
    const payload = {
      ...restFixture('orderResult'),
      type: 'STOP_LOSS_LIMIT',
      stopPrice: '23500.00000000',
      icebergQty: '0.00000000',
      trailingDelta: 10,
      trailingTime: -1,
      strategyId: 37463720,
      strategyType: 1000000,
      preventedMatchId: 0,
      preventedQuantity: '1.200000',
      expiryReason: 'NONE',
      usedSor: true,
      workingFloor: 'SOR',
      workingTime: -1,
    };
    expect(RawOrderResult.is(payload)).to.equal(true);
  });

  it('rejects a malformed conditional field, naming it', () => {
    expect(restErrorLines(RawOrderResult, { ...restFixture('orderResult'), stopPrice: 23500 })).to.deep.equal([
      'stopPrice: expected a decimal string, got 23500 (or absent)',
    ]);
  });

  it('decodes a status, type, time in force or STP mode newer than this library', () => {
    const payload = {
      ...restFixture('orderResult'),
      status: 'PENDING_REPLACE',
      type: 'PEGGED_LIMIT',
      timeInForce: 'GTD',
      selfTradePreventionMode: 'EXPIRE_ALL',
    };
    expect(RawOrderResult.is(payload)).to.equal(true);
  });

  it('rejects an unknown side and a non-identifier status', () => {
    expect(
      restErrorLines(RawOrderResult, { ...restFixture('orderResult'), side: 'SHORT', status: 'filled' }),
    ).to.deep.equal([
      'status: expected an upper-case enum value such as NEW or PENDING_NEW, got "filled"',
      'side: expected one of BUY, SELL, got "SHORT"',
    ]);
  });

  it('accepts the negative cummulativeQuoteQty of an order whose quote amount is unknown', () => {
    expect(RawOrderResult.is({ ...restFixture('orderResult'), cummulativeQuoteQty: '-1.00000000' })).to.equal(true);
  });
});
