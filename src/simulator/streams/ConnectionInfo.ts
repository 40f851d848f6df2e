import type { SocketRecord } from '../socket/SocketRecord.js';

/**
 * What the simulator knows about one market-stream connection, live or closed. Tests read it to prove what a client
 * did: how many messages it sent, how fast, which streams it holds, and how the connection ended.
 */
export interface ConnectionInfo extends SocketRecord {
  /** The streams the connection is subscribed to now (empty once closed), in subscription order. */
  readonly streams: readonly string[];
  /** Every message received: text and binary frames, pings and pongs (Binance counts them all). */
  readonly messagesReceived: number;
  /** The most messages received in any 1-second window. */
  readonly peakMessagesPerSecond: number;
  /** True when the simulator closed the connection for exceeding the incoming message limit. */
  readonly rateLimited: boolean;
  /** Whether the connection currently delivers combined envelopes (`/stream`, or `SET_PROPERTY combined true`). */
  readonly combined: boolean;
}
