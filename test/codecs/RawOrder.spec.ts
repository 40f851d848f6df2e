import { expect } from 'chai';
import { RawOrder, RawOrderArray } from '../../src/codecs/RawOrder.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { ORDER_CONDITIONAL_FIELDS, restFixture } from '../fixtures/rest/restFixture.js';

describe('RawOrder', () => {
  restCodecTable(RawOrder, () => restFixture('order'), ORDER_CONDITIONAL_FIELDS);

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
