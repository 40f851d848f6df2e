import { expect } from 'chai';
import { RawOrderAck } from '../../src/codecs/RawOrderAck.js';
import { parseJsonLossless } from '../../src/internal/parseJsonLossless.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { restFixture, restFixtureText } from '../fixtures/rest/restFixture.js';

describe('RawOrderAck', () => {
  restCodecTable(RawOrderAck, () => restFixture('orderAck'));

  it('accepts an order id beyond 2^53 as a bigint and rejects one that lost precision', () => {
    const text = restFixtureText('orderAck').replace('"orderId": 28', '"orderId": 1152921504606846977');
    expect(RawOrderAck.is(parseJsonLossless(text))).to.equal(true);
    expect(restErrorLines(RawOrderAck, JSON.parse(text))).to.deep.equal([
      'orderId: expected an integer id, got 1152921504606847000',
    ]);
  });

  it('rejects an empty client order id', () => {
    expect(restErrorLines(RawOrderAck, { ...restFixture('orderAck'), clientOrderId: '' })).to.deep.equal([
      'clientOrderId: expected a non-empty string, got ""',
    ]);
  });
});
