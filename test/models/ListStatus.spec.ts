import { expect } from 'chai';
import { RawListStatus } from '../../src/codecs/RawListStatus.js';
import { parseJsonLossless } from '../../src/internal/parseJsonLossless.js';
import { toListStatus } from '../../src/models/ListStatus.js';
import { userDataEvent, userDataFrameText } from '../fixtures/userData/userDataFixture.js';
import { BIG_ID, decoded } from './modelHelpers.js';

describe('ListStatus', () => {
  it('maps the documented event', () => {
    const list = toListStatus(decoded(RawListStatus, userDataEvent('listStatus')));
    expect(list.type).to.equal('listStatus');
    expect(list.eventTime).to.equal(1564035303637);
    expect(list.symbol).to.equal('ETHBTC');
    expect(list.orderListId).to.equal(2n);
    expect(list.contingencyType).to.equal('OCO');
    expect(list.listStatusType).to.equal('EXEC_STARTED');
    expect(list.listOrderStatus).to.equal('EXECUTING');
    expect(list.listRejectReason).to.equal('NONE');
    expect(list.listClientOrderId).to.equal('F4QN4G8DlFATFlIUQ0cjdD');
    expect(list.transactionTime).to.equal(1564035303625);
    expect(list.orders).to.deep.equal([
      { symbol: 'ETHBTC', orderId: 17n, clientOrderId: 'AJYsMjErWJesZvqlJCTUgL' },
      { symbol: 'ETHBTC', orderId: 18n, clientOrderId: 'bfYPSQdLoqAJeNrOr9adzq' },
    ]);
  });

  it('keeps ids beyond 2^53 exact and serialises them as strings', () => {
    const text = userDataFrameText('listStatus')
      .replace('"g": 2', `"g": ${BIG_ID}`)
      .replace('"i": 17', `"i": ${BIG_ID}`);
    const list = toListStatus(decoded(RawListStatus, (parseJsonLossless(text) as { event: unknown }).event));
    expect(list.orderListId).to.equal(2n ** 60n + 1n);
    expect(list.orders[0]?.orderId).to.equal(2n ** 60n + 1n);
    const json = JSON.parse(JSON.stringify(list)) as { orderListId: string; orders: { orderId: string }[] };
    expect(json.orderListId).to.equal(BIG_ID);
    expect(json.orders.map((o) => o.orderId)).to.deep.equal([BIG_ID, '18']);
  });
});
