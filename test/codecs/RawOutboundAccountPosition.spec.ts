import { expect } from 'chai';
import { RawOutboundAccountPosition } from '../../src/codecs/RawOutboundAccountPosition.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { userDataEvent } from '../fixtures/userData/userDataFixture.js';

const position = (fields: Record<string, unknown> = {}) => ({ ...userDataEvent('outboundAccountPosition'), ...fields });

describe('RawOutboundAccountPosition', () => {
  restCodecTable(RawOutboundAccountPosition, () => userDataEvent('outboundAccountPosition'));

  it('accepts several balances, and none', () => {
    const B = [
      { a: 'ETH', f: '10000.000000', l: '0.000000' },
      { a: 'BTC', f: '0.1', l: '0.2' },
    ];
    expect(RawOutboundAccountPosition.is(position({ B }))).to.equal(true);
    expect(RawOutboundAccountPosition.is(position({ B: [] }))).to.equal(true);
  });

  it('names the bad member of the bad balance', () => {
    const B = [
      { a: 'ETH', f: '10000.000000', l: '0.000000' },
      { a: '', f: 1, l: '0' },
    ];
    expect(restErrorLines(RawOutboundAccountPosition, position({ B }))).to.deep.equal([
      'B.1.a: expected a non-empty string, got ""',
      'B.1.f: expected a decimal string, got 1',
    ]);
    expect(restErrorLines(RawOutboundAccountPosition, position({ B: [{ a: 'ETH', f: '1' }] }))).to.deep.equal([
      'B.0.l: expected a decimal string, got undefined',
    ]);
  });
});
