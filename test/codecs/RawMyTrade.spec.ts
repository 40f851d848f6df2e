import { expect } from 'chai';
import { RawMyTrade, RawMyTradeArray } from '../../src/codecs/RawMyTrade.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { restArrayFixture } from '../fixtures/rest/restFixture.js';

const firstTrade = (): Record<string, unknown> => restArrayFixture('myTrades')[0] as Record<string, unknown>;

describe('RawMyTrade', () => {
  restCodecTable(RawMyTrade, firstTrade);

  it('RawMyTradeArray decodes the documented answer and names a bad trade', () => {
    expect(RawMyTradeArray.is(restArrayFixture('myTrades'))).to.equal(true);
    expect(restErrorLines(RawMyTradeArray, [firstTrade(), { ...firstTrade(), isMaker: 'false' }])).to.deep.equal([
      '1.isMaker: expected a boolean, got "false"',
    ]);
  });
});
