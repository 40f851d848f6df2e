import { expect } from 'chai';
import {
  CONTINGENCY_TYPES,
  LIST_ORDER_STATUSES,
  LIST_STATUS_TYPES,
  RawListStatus,
} from '../../src/codecs/RawListStatus.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { userDataEvent } from '../fixtures/userData/userDataFixture.js';

const list = (fields: Record<string, unknown> = {}) => ({ ...userDataEvent('listStatus'), ...fields });

describe('RawListStatus', () => {
  restCodecTable(RawListStatus, () => userDataEvent('listStatus'));

  it('accepts every known enum value, and newer ones as sent', () => {
    for (const c of CONTINGENCY_TYPES) expect(RawListStatus.is(list({ c })), c).to.equal(true);
    for (const l of LIST_STATUS_TYPES) expect(RawListStatus.is(list({ l })), l).to.equal(true);
    for (const L of LIST_ORDER_STATUSES) expect(RawListStatus.is(list({ L })), L).to.equal(true);
    expect(RawListStatus.is(list({ c: 'OTOCO_2', l: 'NEW_STAGE', L: 'PAUSED', r: 'SOME_REASON' }))).to.equal(true);
  });

  it('reads the letters as a list status, not as an execution report', () => {
    // In an execution report `l` is a decimal and `L` a price; here both are enums, `C` a non-empty client id.
    expect(restErrorLines(RawListStatus, list({ l: '0.00000000', L: '0.1', C: '' }))).to.deep.equal([
      'l: expected an upper-case enum value such as RESPONSE or EXEC_STARTED, got "0.00000000"',
      'L: expected an upper-case enum value such as EXECUTING or ALL_DONE, got "0.1"',
      'C: expected a non-empty string, got ""',
    ]);
  });

  it('names the bad member of the bad order', () => {
    const O = [
      { s: 'ETHBTC', i: 17, c: 'AJYsMjErWJesZvqlJCTUgL' },
      { s: 'ETHBTC', i: '18', c: 'bfYPSQdLoqAJeNrOr9adzq' },
    ];
    expect(restErrorLines(RawListStatus, list({ O }))).to.deep.equal(['O.1.i: expected an integer id, got "18"']);
  });
});
