import { expect } from 'chai';
import { RawOrderAck } from '../../src/codecs/RawOrderAck.js';
import { toOrderAck } from '../../src/models/OrderAck.js';
import { restFixture, restFixtureText } from '../fixtures/rest/restFixture.js';
import { BIG_ID, decoded, decodedText } from './modelHelpers.js';

describe('OrderAck', () => {
  it('maps every field, ids as bigint', () => {
    const ack = toOrderAck(decoded(RawOrderAck, restFixture('orderAck')));
    expect({ ...ack }).to.deep.equal({
      symbol: 'BTCUSDT',
      orderId: 28n,
      orderListId: -1n,
      clientOrderId: '6gCrw2kRUAF9CvJDGP16IP',
      transactTime: 1507725176595,
    });
  });

  it('keeps an order id beyond 2^53 exact, and serialises it as a string', () => {
    const text = restFixtureText('orderAck').replace('"orderId": 28', `"orderId": ${BIG_ID}`);
    const ack = toOrderAck(decodedText(RawOrderAck, text));
    expect(ack.orderId).to.equal(2n ** 60n + 1n);
    expect(JSON.parse(JSON.stringify(ack))).to.deep.include({ orderId: BIG_ID, orderListId: '-1' });
  });
});
