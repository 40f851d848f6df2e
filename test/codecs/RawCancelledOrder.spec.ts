import { expect } from 'chai';
import { RawCancelledOrder } from '../../src/codecs/RawCancelledOrder.js';
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

describe('RawCancelledOrder', () => {
  restCodecTable(RawCancelledOrder, () => restFixture('cancelledOrder'), CONDITIONAL);

  it('requires origClientOrderId, the canceled order’s own id', () => {
    const payload = restFixture('cancelledOrder');
    delete payload['origClientOrderId'];
    expect(restErrorLines(RawCancelledOrder, payload)).to.deep.equal([
      'origClientOrderId: expected a non-empty string, got undefined',
    ]);
  });
});
