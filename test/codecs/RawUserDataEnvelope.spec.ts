import { expect } from 'chai';
import { either } from 'fp-ts';
import fc from 'fast-check';
import { RawUserDataEnvelope, SubscriptionId } from '../../src/codecs/RawUserDataEnvelope.js';
import { formatValidationErrors } from '../../src/errors/formatValidationErrors.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { userDataFrame, type UserDataFixtureKind } from '../fixtures/userData/userDataFixture.js';
import { anyValueArb, DELETE, mutateAt, type Path, pathsOf } from './wireArbitraries.js';

const KINDS: readonly UserDataFixtureKind[] = [
  'executionReport',
  'executionReportDocumented',
  'outboundAccountPosition',
  'balanceUpdate',
  'listStatus',
  'externalLockUpdate',
  'eventStreamTerminated',
];

describe('RawUserDataEnvelope', () => {
  restCodecTable(RawUserDataEnvelope, () => userDataFrame('balanceUpdate'));

  for (const kind of KINDS) {
    it(`decodes the documented ${kind} frame to the frame itself`, () => {
      const frame = userDataFrame(kind);
      const result = RawUserDataEnvelope.decode(frame);
      expect(either.isRight(result) && result.right).to.equal(frame);
      expect(either.isRight(result) && result.right.event).to.equal(frame['event']);
    });
  }

  it('accepts subscriptionId 0, the first subscription, and any other non-negative integer', () => {
    const frame = userDataFrame('eventStreamTerminated');
    const result = RawUserDataEnvelope.decode(frame);
    expect(either.isRight(result) && result.right.subscriptionId).to.equal(0);
    for (const id of [0, 1, 999, 65535]) expect(SubscriptionId.is(id), String(id)).to.equal(true);
  });

  it('rejects a subscriptionId that is missing, negative, fractional or not a number, naming it', () => {
    for (const id of [undefined, null, -1, 0.5, '0', false, 1n]) {
      const frame = { ...userDataFrame('balanceUpdate'), subscriptionId: id };
      expect(restErrorLines(RawUserDataEnvelope, frame)[0]).to.match(/^subscriptionId: expected a subscription id/);
    }
  });

  it('names a bad event field under event.', () => {
    const frame = userDataFrame('executionReport');
    frame['event'] = { ...(frame['event'] as object), q: 1, X: 'filled' };
    expect(restErrorLines(RawUserDataEnvelope, frame)).to.deep.equal([
      'event.q: expected a decimal string, got 1',
      'event.X: expected an upper-case enum value such as NEW or PENDING_NEW, got "filled"',
    ]);
    const list = userDataFrame('outboundAccountPosition');
    list['event'] = { ...(list['event'] as object), B: [{ a: 'ETH', f: 'x', l: '0' }] };
    expect(restErrorLines(RawUserDataEnvelope, list)).to.deep.equal([
      'event.B.0.f: expected a decimal string, got "x"',
    ]);
  });

  it('keeps an unknown event as it is', () => {
    const frame = { subscriptionId: 3, event: { e: 'accountRiskAlert', E: 1, level: 'HIGH' } };
    const result = RawUserDataEnvelope.decode(frame);
    expect(either.isRight(result) && result.right).to.equal(frame);
    expect(either.isRight(result) && result.right.event).to.equal(frame.event);
  });

  it('never throws on a documented frame with one place mutated, and is ≡ decode (property)', () => {
    const arb = fc
      .tuple(fc.constantFrom(...KINDS), fc.nat(), fc.oneof(anyValueArb, fc.constant(DELETE)))
      .map(([kind, n, replacement]) => {
        const frame = userDataFrame(kind);
        const paths = pathsOf(frame);
        return mutateAt(frame, paths[n % paths.length] as Path, replacement);
      });
    fc.assert(
      fc.property(arb, (u) => {
        const result = RawUserDataEnvelope.decode(u);
        if (either.isLeft(result)) expect(formatValidationErrors(result.left)).not.to.be.empty;
        expect(either.isRight(result)).to.equal(RawUserDataEnvelope.is(u));
      }),
      { numRuns: 1000 },
    );
  });
});
