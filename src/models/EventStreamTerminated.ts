import type { RawEventStreamTerminated } from '../codecs/RawEventStreamTerminated.js';
import type { Plain } from './plainModel.js';
import { withPlainJson } from './withPlainJson.js';

/**
 * The subscription ended (`eventStreamTerminated`): after an unsubscribe, a `session.logout` (for a `subscribe`
 * subscription) or an expired listen token. No more events follow on it.
 */
export interface EventStreamTerminated {
  readonly type: 'eventStreamTerminated';
  /** When Binance sent the event (`E`). */
  readonly eventTime: number;
  /** Exact strings for JSON. */
  toJSON(): Plain<EventStreamTerminated>;
}

/** Maps a decoded `RawEventStreamTerminated` to an {@link EventStreamTerminated}. */
export function toEventStreamTerminated(raw: RawEventStreamTerminated): EventStreamTerminated {
  return withPlainJson({ type: 'eventStreamTerminated' as const, eventTime: raw.E });
}
