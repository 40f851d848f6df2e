import { expect } from 'chai';
import { RawEventStreamTerminated } from '../../src/codecs/RawEventStreamTerminated.js';
import { toEventStreamTerminated } from '../../src/models/EventStreamTerminated.js';
import { userDataEvent } from '../fixtures/userData/userDataFixture.js';
import { decoded } from './modelHelpers.js';

describe('EventStreamTerminated', () => {
  it('maps the documented event', () => {
    const event = toEventStreamTerminated(decoded(RawEventStreamTerminated, userDataEvent('eventStreamTerminated')));
    expect(event.type).to.equal('eventStreamTerminated');
    expect(event.eventTime).to.equal(1728973001334);
    expect(JSON.parse(JSON.stringify(event))).to.deep.equal({
      type: 'eventStreamTerminated',
      eventTime: 1728973001334,
    });
  });
});
