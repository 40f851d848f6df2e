import { expect } from 'chai';
import { RawCancelledOrder } from '../../src/codecs/RawCancelledOrder.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { ORDER_CONDITIONAL_FIELDS, restFixture } from '../fixtures/rest/restFixture.js';

describe('RawCancelledOrder', () => {
  restCodecTable(RawCancelledOrder, () => restFixture('cancelledOrder'), ORDER_CONDITIONAL_FIELDS);

  it('requires origClientOrderId, the canceled order’s own id', () => {
    const payload = restFixture('cancelledOrder');
    delete payload['origClientOrderId'];
    expect(restErrorLines(RawCancelledOrder, payload)).to.deep.equal([
      'origClientOrderId: expected a non-empty string, got undefined',
    ]);
  });
});
