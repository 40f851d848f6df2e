import { expect } from 'chai';
import { RawOrderFull } from '../../src/codecs/RawOrderFull.js';
import { RawOrderResult } from '../../src/codecs/RawOrderResult.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { ORDER_CONDITIONAL_FIELDS, restFixture } from '../fixtures/rest/restFixture.js';

describe('RawOrderFull', () => {
  restCodecTable(RawOrderFull, () => restFixture('orderFull'), ORDER_CONDITIONAL_FIELDS);

  it('is RESULT plus fills', () => {
    expect(Object.keys(RawOrderFull.fields)).to.deep.equal([...Object.keys(RawOrderResult.fields), 'fills']);
  });

  it('accepts the empty fills of a resting order', () => {
    expect(RawOrderFull.is({ ...restFixture('orderFull'), fills: [] })).to.equal(true);
  });

  it('names the bad member of a fill', () => {
    const payload = restFixture('orderFull');
    (payload['fills'] as Record<string, unknown>[])[2] = { price: '1', qty: '1', commission: '0', tradeId: 'x' };
    expect(restErrorLines(RawOrderFull, payload)).to.deep.equal([
      'fills.2.commissionAsset: expected a string, got undefined',
      'fills.2.tradeId: expected an integer id, got "x"',
    ]);
  });
});
