import { expect } from 'chai';
import { RawExternalLockUpdate } from '../../src/codecs/RawExternalLockUpdate.js';
import { toExternalLockUpdate } from '../../src/models/ExternalLockUpdate.js';
import { userDataEvent } from '../fixtures/userData/userDataFixture.js';
import { decoded, expectDecimal } from './modelHelpers.js';

const update = (fields: Record<string, unknown> = {}) =>
  toExternalLockUpdate(decoded(RawExternalLockUpdate, { ...userDataEvent('externalLockUpdate'), ...fields }));

describe('ExternalLockUpdate', () => {
  it('maps the documented event', () => {
    const u = update();
    expect(u.type).to.equal('externalLockUpdate');
    expect(u.eventTime).to.equal(1581557507324);
    expect(u.asset).to.equal('NEO');
    expectDecimal(u.delta, '10');
    expect(u.transactionTime).to.equal(1581557507268);
  });

  it('keeps a negative delta (an unlock) signed and exact, and serialises it without exponent', () => {
    const u = update({ d: '-123456789012345678.12345678' });
    expectDecimal(u.delta, '-123456789012345678.12345678');
    expect((JSON.parse(JSON.stringify(u)) as { delta: string }).delta).to.equal('-123456789012345678.12345678');
  });
});
