import { expect } from 'chai';
import { either } from 'fp-ts';
import fc from 'fast-check';
import { inspect } from 'node:util';
import { RawUserDataEvent } from '../../src/codecs/RawUserDataEvent.js';
import { toUserDataEvent, type UserDataEventType } from '../../src/models/UserDataEvent.js';
import { anyValueArb, DELETE, mutateAt, type Path, pathsOf } from '../codecs/wireArbitraries.js';
import { userDataEvent, type UserDataFixtureKind } from '../fixtures/userData/userDataFixture.js';
import { decoded } from './modelHelpers.js';

const TYPES: readonly [UserDataFixtureKind, UserDataEventType][] = [
  ['executionReport', 'executionReport'],
  ['executionReportDocumented', 'executionReport'],
  ['outboundAccountPosition', 'accountPosition'],
  ['balanceUpdate', 'balanceUpdate'],
  ['listStatus', 'listStatus'],
  ['externalLockUpdate', 'externalLockUpdate'],
  ['eventStreamTerminated', 'eventStreamTerminated'],
];

describe('UserDataEvent', () => {
  for (const [kind, type] of TYPES) {
    it(`maps ${kind} to type ${type}, with its event time`, () => {
      const payload = userDataEvent(kind);
      const event = toUserDataEvent(decoded(RawUserDataEvent, payload));
      expect(event.type).to.equal(type);
      expect(event.eventTime).to.equal(payload['E']);
    });
  }

  it('narrows by type to the model of that event', () => {
    const event = toUserDataEvent(decoded(RawUserDataEvent, userDataEvent('balanceUpdate')));
    if (event.type !== 'balanceUpdate') expect.fail(event.type);
    expect(event.delta.toFixed()).to.equal('100');
  });

  it('passes an unknown event through with its payload, event type and time', () => {
    const payload = {
      e: 'listenKeyExpired',
      E: 1576653824250,
      listenKey: 'OfYGbUzi3PraNagEkdKuFwUHn48brFsItTdsuiIXruc',
    };
    const event = toUserDataEvent(decoded(RawUserDataEvent, payload));
    if (event.type !== 'unknown') expect.fail(event.type);
    expect(event.eventType).to.equal('listenKeyExpired');
    expect(event.eventTime).to.equal(1576653824250);
    expect(event.payload).to.equal(payload);
    expect(event.payload['listenKey']).to.equal(payload.listenKey);
  });

  it('gives an unknown event without an epoch E no event time, and serialises its payload exactly', () => {
    const payload = { e: 'somethingNew', E: 'soon', big: 2n ** 60n + 1n, nested: [{ x: 1 }] };
    const event = toUserDataEvent(decoded(RawUserDataEvent, payload));
    expect(event.eventTime).to.equal(undefined);
    expect(JSON.parse(JSON.stringify(event))).to.deep.equal({
      type: 'unknown',
      eventType: 'somethingNew',
      payload: { e: 'somethingNew', E: 'soon', big: '1152921504606846977', nested: [{ x: 1 }] },
    });
    expect(inspect(event)).to.equal(inspect(event.toJSON()));
  });

  it('maps every event the codec accepts without throwing, and serialises it (property)', () => {
    const arb = fc
      .tuple(fc.constantFrom(...TYPES.map(([kind]) => kind)), fc.nat(), fc.oneof(anyValueArb, fc.constant(DELETE)))
      .map(([kind, n, replacement]) => {
        const payload = userDataEvent(kind);
        const paths = pathsOf(payload);
        return mutateAt(payload, paths[n % paths.length] as Path, replacement);
      });
    fc.assert(
      fc.property(arb, (u) => {
        const result = RawUserDataEvent.decode(u);
        if (either.isLeft(result)) return;
        const event = toUserDataEvent(result.right);
        expect(JSON.stringify(event)).to.be.a('string');
        const e = (u as { e: unknown }).e;
        const known = TYPES.some(([kind]) => kind === e);
        expect(event.type === 'unknown').to.equal(!known);
      }),
      { numRuns: 1000 },
    );
  });
});
