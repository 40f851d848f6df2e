import {
  isKnownUserDataEvent,
  type RawUnknownUserDataEvent,
  type RawUserDataEvent,
} from '../codecs/RawUserDataEvent.js';
import { isEpoch } from '../codecs/primitives.js';
import { type AccountPosition, toAccountPosition } from './AccountPosition.js';
import { type BalanceUpdate, toBalanceUpdate } from './BalanceUpdate.js';
import { type EventStreamTerminated, toEventStreamTerminated } from './EventStreamTerminated.js';
import { type ExecutionReport, toExecutionReport } from './ExecutionReport.js';
import { type ExternalLockUpdate, toExternalLockUpdate } from './ExternalLockUpdate.js';
import { type ListStatus, toListStatus } from './ListStatus.js';
import type { Plain } from './plainModel.js';
import { withPlainJson } from './withPlainJson.js';

/**
 * An event this library does not know (Binance adds events over time), passed through instead of failing the
 * stream.
 */
export interface UnknownUserDataEvent {
  readonly type: 'unknown';
  /** Binance's event type, `e` of the payload (e.g. `listenKeyExpired`). */
  readonly eventType: string;
  /** `E` of the payload when it is an epoch time; `undefined` otherwise. */
  readonly eventTime: number | undefined;
  /** The payload exactly as decoded; read its fields by key. */
  readonly payload: RawUnknownUserDataEvent;
  /** Exact strings for JSON. */
  toJSON(): Plain<UnknownUserDataEvent>;
}

/**
 * One event of a user data stream (`session.userData$`), discriminated by `type`:
 *
 * | `type` | Binance event | model |
 * | --- | --- | --- |
 * | `executionReport` | `executionReport` | {@link ExecutionReport} |
 * | `accountPosition` | `outboundAccountPosition` | {@link AccountPosition} |
 * | `balanceUpdate` | `balanceUpdate` | {@link BalanceUpdate} |
 * | `listStatus` | `listStatus` | {@link ListStatus} |
 * | `externalLockUpdate` | `externalLockUpdate` | {@link ExternalLockUpdate} |
 * | `eventStreamTerminated` | `eventStreamTerminated` | {@link EventStreamTerminated} |
 * | `unknown` | any other | {@link UnknownUserDataEvent} |
 *
 * @example
 * ```ts
 * session.userData$.subscribe((event) => {
 *   if (event.type === 'executionReport' && event.executionType === 'TRADE') console.log(event.lastExecutedPrice);
 * });
 * ```
 */
export type UserDataEvent =
  | ExecutionReport
  | AccountPosition
  | BalanceUpdate
  | ListStatus
  | ExternalLockUpdate
  | EventStreamTerminated
  | UnknownUserDataEvent;

/** The `type` of a {@link UserDataEvent}. */
export type UserDataEventType = UserDataEvent['type'];

/** Maps a decoded `RawUserDataEvent` to its {@link UserDataEvent}; an unknown event keeps its payload. */
export function toUserDataEvent(raw: RawUserDataEvent): UserDataEvent {
  if (!isKnownUserDataEvent(raw)) return toUnknownUserDataEvent(raw);
  switch (raw.e) {
    case 'executionReport':
      return toExecutionReport(raw);
    case 'outboundAccountPosition':
      return toAccountPosition(raw);
    case 'balanceUpdate':
      return toBalanceUpdate(raw);
    case 'listStatus':
      return toListStatus(raw);
    case 'externalLockUpdate':
      return toExternalLockUpdate(raw);
    case 'eventStreamTerminated':
      return toEventStreamTerminated(raw);
  }
}

function toUnknownUserDataEvent(raw: RawUnknownUserDataEvent): UnknownUserDataEvent {
  const time = raw['E'];
  return withPlainJson({
    type: 'unknown' as const,
    eventType: raw.e,
    eventTime: isEpoch(time) ? time : undefined,
    payload: raw,
  });
}
