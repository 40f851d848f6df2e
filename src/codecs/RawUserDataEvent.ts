import * as t from 'io-ts';
import { RawBalanceUpdate } from './RawBalanceUpdate.js';
import { RawEventStreamTerminated } from './RawEventStreamTerminated.js';
import { RawExecutionReport } from './RawExecutionReport.js';
import { RawExternalLockUpdate } from './RawExternalLockUpdate.js';
import { RawListStatus } from './RawListStatus.js';
import { RawOutboundAccountPosition } from './RawOutboundAccountPosition.js';
import { describe, isRecord, Text } from './primitives.js';
import { wireType } from './wireType.js';

/** A user data event this library knows, as decoded. */
export type KnownRawUserDataEvent =
  | RawExecutionReport
  | RawOutboundAccountPosition
  | RawBalanceUpdate
  | RawListStatus
  | RawExternalLockUpdate
  | RawEventStreamTerminated;

/** The event types of {@link KnownRawUserDataEvent}. */
export type KnownUserDataEventType = KnownRawUserDataEvent['e'];

/**
 * Any other event, kept exactly as sent: Binance adds events over time (and still documents legacy ones such as
 * `listenKeyExpired`), and one this library does not know must reach the caller instead of failing the stream.
 * Only `e` is checked; read the rest by key.
 */
export const RawUnknownUserDataEvent = wireType('RawUnknownUserDataEvent', { e: Text });
export type RawUnknownUserDataEvent = t.TypeOf<typeof RawUnknownUserDataEvent> & Readonly<Record<string, unknown>>;

/** One event of the user data stream, as decoded: a known one, or any other kept as sent. */
export type RawUserDataEvent = KnownRawUserDataEvent | RawUnknownUserDataEvent;

// The event type picks the codec: one Map lookup per event, never each codec tried in turn. A Map, not an object,
// so that an event named "constructor" or "__proto__" finds nothing.
const CODECS: ReadonlyMap<string, t.Mixed> = new Map<KnownUserDataEventType, t.Mixed>([
  ['executionReport', RawExecutionReport],
  ['outboundAccountPosition', RawOutboundAccountPosition],
  ['balanceUpdate', RawBalanceUpdate],
  ['listStatus', RawListStatus],
  ['externalLockUpdate', RawExternalLockUpdate],
  ['eventStreamTerminated', RawEventStreamTerminated],
]);

function codecOf(u: Readonly<Record<string, unknown>>): t.Mixed {
  const type = u['e'];
  return (typeof type === 'string' ? CODECS.get(type) : undefined) ?? RawUnknownUserDataEvent;
}

/**
 * io-ts codec of one user data event (the `event` of a WebSocket API frame, or a whole legacy listenKey frame).
 *
 * It reads `e` first and validates with that event's codec only, so a bad execution report fails with its own paths
 * (`q: expected a decimal string, got 1`). An event whose `e` is not one of {@link KnownUserDataEventType} decodes
 * as a {@link RawUnknownUserDataEvent}, the object itself; only a payload that is not an object or has no string
 * `e` fails. Decoding returns the input object, never a copy.
 */
export const RawUserDataEvent: t.Type<RawUserDataEvent, RawUserDataEvent> = new t.Type<
  RawUserDataEvent,
  RawUserDataEvent,
  unknown
>(
  'RawUserDataEvent',
  (u): u is RawUserDataEvent => isRecord(u) && codecOf(u).is(u),
  (u, context) => {
    if (!isRecord(u)) return t.failure(u, context, `expected an object, got ${describe(u)}`);
    return codecOf(u).validate(u, context) as t.Validation<RawUserDataEvent>;
  },
  t.identity,
);

/**
 * True for a decoded event of a type this library knows; narrows it so that a `switch` on `e` picks the exact
 * shape. Only sound on a value {@link RawUserDataEvent} decoded: it reads `e`, and the decoder validated the rest.
 */
export function isKnownUserDataEvent(event: RawUserDataEvent): event is KnownRawUserDataEvent {
  return CODECS.has(event.e);
}
