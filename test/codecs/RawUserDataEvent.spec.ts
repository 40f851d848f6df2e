import { expect } from 'chai';
import { either } from 'fp-ts';
import fc from 'fast-check';
import type * as t from 'io-ts';
import sinon from 'sinon';
import { RawBalanceUpdate } from '../../src/codecs/RawBalanceUpdate.js';
import { RawEventStreamTerminated } from '../../src/codecs/RawEventStreamTerminated.js';
import { RawExecutionReport } from '../../src/codecs/RawExecutionReport.js';
import { RawExternalLockUpdate } from '../../src/codecs/RawExternalLockUpdate.js';
import { RawListStatus } from '../../src/codecs/RawListStatus.js';
import { RawOutboundAccountPosition } from '../../src/codecs/RawOutboundAccountPosition.js';
import { isKnownUserDataEvent, RawUnknownUserDataEvent, RawUserDataEvent } from '../../src/codecs/RawUserDataEvent.js';
import { formatValidationErrors } from '../../src/errors/formatValidationErrors.js';
import { restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { userDataEvent, type UserDataFixtureKind } from '../fixtures/userData/userDataFixture.js';
import { anyValueArb, DELETE, mutateAt, type Path, pathsOf } from './wireArbitraries.js';

const EVENTS: readonly [UserDataFixtureKind, t.Mixed][] = [
  ['executionReport', RawExecutionReport],
  ['executionReportDocumented', RawExecutionReport],
  ['outboundAccountPosition', RawOutboundAccountPosition],
  ['balanceUpdate', RawBalanceUpdate],
  ['listStatus', RawListStatus],
  ['externalLockUpdate', RawExternalLockUpdate],
  ['eventStreamTerminated', RawEventStreamTerminated],
];

const EVENT_CODECS: readonly t.Mixed[] = [
  RawExecutionReport,
  RawOutboundAccountPosition,
  RawBalanceUpdate,
  RawListStatus,
  RawExternalLockUpdate,
  RawEventStreamTerminated,
];

const anything = fc.anything({
  withBigInt: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withSparseArray: true,
  withTypedArray: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
});

/** A documented event with one place (a field, a nested member) replaced by a near miss or removed, or a key added. */
const mutatedEventArb: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom(...EVENTS.map(([kind]) => kind)),
    fc.nat(),
    fc.oneof(anyValueArb, fc.constant(DELETE), fc.constantFrom('executionReport', 'listStatus', 'balanceUpdate')),
    fc.boolean(),
  )
  .map(([kind, n, replacement, extraKey]) => {
    const payload = userDataEvent(kind);
    if (extraKey) return mutateAt(payload, ['zz'], replacement === DELETE ? 1 : replacement);
    const paths = pathsOf(payload);
    return mutateAt(payload, paths[n % paths.length] as Path, replacement);
  });

// Decodes and, on failure, formats the errors too: the whole path a bad event takes must not throw.
function decodeFully(codec: t.Mixed, u: unknown): boolean {
  const result = codec.decode(u);
  if (either.isLeft(result)) {
    expect(result.left).not.to.be.empty;
    for (const line of formatValidationErrors(result.left)) expect(line).to.match(/^[^:]+: /);
  }
  return either.isRight(result);
}

describe('RawUserDataEvent', () => {
  afterEach(() => {
    sinon.restore();
  });

  for (const [kind, codec] of EVENTS) {
    it(`decodes the documented ${kind} to the event itself, as ${codec.name} does`, () => {
      const payload = userDataEvent(kind);
      const result = RawUserDataEvent.decode(payload);
      expect(either.isRight(result) && result.right).to.equal(payload);
      expect(RawUserDataEvent.is(payload)).to.equal(true);
      expect(codec.is(payload)).to.equal(true);
      expect(isKnownUserDataEvent(payload as RawUserDataEvent)).to.equal(true);
    });
  }

  it('validates with the codec that e names, and with no other', () => {
    const spies = EVENT_CODECS.map((codec) => [codec, sinon.spy(codec, 'validate'), sinon.spy(codec, 'is')] as const);
    const bad = { ...userDataEvent('executionReport'), q: 1 };
    expect(RawUserDataEvent.is(bad)).to.equal(false);
    expect(either.isLeft(RawUserDataEvent.decode(bad))).to.equal(true);
    for (const [codec, validate, is] of spies) {
      const chosen = codec === RawExecutionReport;
      expect(validate.callCount, `${codec.name}.validate`).to.equal(chosen ? 1 : 0);
      expect(is.callCount, `${codec.name}.is`).to.equal(chosen ? 1 : 0);
    }
  });

  it("reports a bad event with its own codec's paths only", () => {
    expect(restErrorLines(RawUserDataEvent, { ...userDataEvent('executionReport'), q: 1, N: 5 })).to.deep.equal([
      'q: expected a decimal string, got 1',
      'N: expected a string, got 5 (or null)',
    ]);
    expect(
      restErrorLines(RawUserDataEvent, { ...userDataEvent('listStatus'), O: [{ s: 'ETHBTC', i: 17 }] }),
    ).to.deep.equal(['O.0.c: expected a non-empty string, got undefined']);
  });

  it('keeps an unknown event as it is, whatever else it carries', () => {
    const legacy = {
      e: 'listenKeyExpired',
      E: 1576653824250,
      listenKey: 'OfYGbUzi3PraNagEkdKuFwUHn48brFsItTdsuiIXrucEvD0rhRXZ7I6URWfE8YE8',
    };
    const result = RawUserDataEvent.decode(legacy);
    expect(either.isRight(result) && result.right).to.equal(legacy);
    expect(isKnownUserDataEvent(legacy)).to.equal(false);
    const odd = { e: 'somethingNew', x: [1, { y: null }], E: 'not a time' };
    expect(RawUserDataEvent.is(odd)).to.equal(true);
    expect(RawUnknownUserDataEvent.is(odd)).to.equal(true);
  });

  it('treats names of Object.prototype members as unknown events', () => {
    for (const e of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const event = { e, E: 1 };
      const result = RawUserDataEvent.decode(event);
      expect(either.isRight(result) && result.right, e).to.equal(event);
      expect(isKnownUserDataEvent(event), e).to.equal(false);
    }
  });

  it('is case-sensitive about e: a differently spelt known type is an unknown event', () => {
    const event = { ...userDataEvent('balanceUpdate'), e: 'BalanceUpdate', d: 'not a number' };
    expect(RawUserDataEvent.is(event)).to.equal(true);
  });

  it('rejects an event without a string e, naming e, and a payload that is not an object, at the root', () => {
    expect(restErrorLines(RawUserDataEvent, { E: 1 })).to.deep.equal(['e: expected a non-empty string, got undefined']);
    expect(restErrorLines(RawUserDataEvent, { e: 5, E: 1 })).to.deep.equal(['e: expected a non-empty string, got 5']);
    expect(restErrorLines(RawUserDataEvent, { e: '' })).to.deep.equal(['e: expected a non-empty string, got ""']);
    for (const wrong of [null, undefined, 'executionReport', 5, [], [userDataEvent('balanceUpdate')]]) {
      const lines = restErrorLines(RawUserDataEvent, wrong);
      expect(lines).to.have.length(1);
      expect(lines[0]).to.match(/^<root>: expected an object, got /);
    }
  });

  it('never throws on anything, and is ≡ decode (property)', () => {
    fc.assert(
      fc.property(anything, (u) => {
        expect(decodeFully(RawUserDataEvent, u)).to.equal(RawUserDataEvent.is(u));
      }),
    );
  });

  it('never throws on a documented event with one place mutated, and agrees with the chosen codec (property)', () => {
    fc.assert(
      fc.property(mutatedEventArb, (u) => {
        const decoded = decodeFully(RawUserDataEvent, u);
        expect(decoded).to.equal(RawUserDataEvent.is(u));
        // A known e: the verdict is its codec's; any other string e: the event is kept.
        const e = (u as { e?: unknown }).e;
        const codec = knownCodec(e);
        if (codec !== undefined) expect(decoded).to.equal(codec.is(u));
        else if (typeof e === 'string' && e !== '') expect(decoded).to.equal(true);
      }),
      { numRuns: 2000 },
    );
  });

  for (const codec of EVENT_CODECS) {
    it(`${codec.name} never throws on anything, and is ≡ decode (property)`, () => {
      fc.assert(
        fc.property(fc.oneof(anything, mutatedEventArb), (u) => {
          expect(decodeFully(codec, u)).to.equal(codec.is(u));
        }),
        { numRuns: 300 },
      );
    });
  }
});

function knownCodec(e: unknown): t.Mixed | undefined {
  return EVENT_CODECS.find((codec) => {
    const literal = (codec as { fields?: { e?: { value?: unknown } } }).fields?.e?.value;
    return literal === e;
  });
}
