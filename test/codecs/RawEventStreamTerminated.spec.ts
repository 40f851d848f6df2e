import { expect } from 'chai';
import { RawEventStreamTerminated } from '../../src/codecs/RawEventStreamTerminated.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { userDataEvent } from '../fixtures/userData/userDataFixture.js';

describe('RawEventStreamTerminated', () => {
  restCodecTable(RawEventStreamTerminated, () => userDataEvent('eventStreamTerminated'));

  it('rejects a fractional event time', () => {
    expect(restErrorLines(RawEventStreamTerminated, { e: 'eventStreamTerminated', E: 1728973001334.5 })).to.deep.equal([
      'E: expected an epoch timestamp, got 1728973001334.5',
    ]);
  });
});
