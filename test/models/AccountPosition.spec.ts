import { expect } from 'chai';
import { RawOutboundAccountPosition } from '../../src/codecs/RawOutboundAccountPosition.js';
import { toAccountPosition } from '../../src/models/AccountPosition.js';
import { userDataEvent } from '../fixtures/userData/userDataFixture.js';
import { decoded, expectDecimal } from './modelHelpers.js';

const position = (fields: Record<string, unknown> = {}) =>
  toAccountPosition(decoded(RawOutboundAccountPosition, { ...userDataEvent('outboundAccountPosition'), ...fields }));

describe('AccountPosition', () => {
  it('maps the documented event', () => {
    const p = position();
    expect(p.type).to.equal('accountPosition');
    expect(p.eventTime).to.equal(1564034571105);
    expect(p.lastUpdateTime).to.equal(1564034571073);
    expect(p.balances).to.have.length(1);
    expect(p.balances[0]?.asset).to.equal('ETH');
    expectDecimal(p.balances[0]?.free, '10000');
    expectDecimal(p.balances[0]?.locked, '0');
    expectDecimal(p.balances[0]?.total, '10000');
  });

  it('keeps the balances in order, with exact totals', () => {
    const p = position({
      B: [
        { a: 'BTC', f: '0.1', l: '0.2' },
        { a: 'SHIB', f: '4723846892081290000.00000001', l: '0.00000001' },
      ],
    });
    expect(p.balances.map((b) => b.asset)).to.deep.equal(['BTC', 'SHIB']);
    expectDecimal(p.balances[0]?.total, '0.3');
    expectDecimal(p.balances[1]?.total, '4723846892081290000.00000002');
  });

  it('serialises to exact strings', () => {
    expect(JSON.parse(JSON.stringify(position({ B: [{ a: 'BTC', f: '0.00000001', l: '1' }] })))).to.deep.equal({
      type: 'accountPosition',
      eventTime: 1564034571105,
      lastUpdateTime: 1564034571073,
      balances: [{ asset: 'BTC', free: '0.00000001', locked: '1', total: '1.00000001' }],
    });
  });
});
