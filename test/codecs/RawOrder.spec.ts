import { expect } from 'chai';
import { RawOrder, RawOrderArray } from '../../src/codecs/RawOrder.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { restFixture } from '../fixtures/rest/restFixture.js';

const CONDITIONAL = [
  'workingTime',
  'stopPrice',
  'icebergQty',
  'trailingDelta',
  'trailingTime',
  'strategyId',
  'strategyType',
  'preventedMatchId',
  'preventedQuantity',
  'expiryReason',
  'usedSor',
  'workingFloor',
] as const;

describe('RawOrder', () => {
  restCodecTable(RawOrder, () => restFixture('order'), CONDITIONAL);

  it('accepts the -1 workingTime of an untriggered stop order', () => {
    expect(RawOrder.is({ ...restFixture('order'), type: 'STOP_LOSS', isWorking: false, workingTime: -1 })).to.equal(
      true,
    );
  });

  it('has time, not transactTime', () => {
    const payload: Record<string, unknown> = { ...restFixture('order'), transactTime: 1 };
    delete payload['time'];
    expect(restErrorLines(RawOrder, payload)).to.deep.equal(['time: expected an epoch timestamp, got undefined']);
  });

  it('RawOrderArray decodes open orders and names the bad one', () => {
    expect(RawOrderArray.is([restFixture('order'), restFixture('order')])).to.equal(true);
    expect(RawOrderArray.is([])).to.equal(true);
    expect(
      restErrorLines(RawOrderArray, [restFixture('order'), { ...restFixture('order'), isWorking: 1 }]),
    ).to.deep.equal(['1.isWorking: expected a boolean, got 1']);
  });
});
