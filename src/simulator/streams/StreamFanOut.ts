import type { MarketFeed } from '../market/MarketFeed.js';
import { StreamFrame } from './StreamFrame.js';

/** Something that receives the frames of the streams it was added to: a market-stream connection. */
export interface FrameSink {
  deliver(frame: StreamFrame): void;
}

interface Channel {
  readonly sinks: Set<FrameSink>;
  readonly quoted: string;
  unsubscribe: () => void;
}

/**
 * Shares each stream of the market feed between the connections that want it: one feed subscription per stream
 * name while at least one connection holds it, and each payload serialized once (see {@link StreamFrame}) whatever
 * the number of connections.
 */
export class StreamFanOut {
  private readonly channels = new Map<string, Channel>();

  constructor(private readonly feed: MarketFeed) {}

  /** Adds `sink` to `stream`'s receivers, subscribing to the feed when it is the first. */
  add(stream: string, sink: FrameSink): void {
    const existing = this.channels.get(stream);
    if (existing !== undefined) {
      existing.sinks.add(sink);
      return;
    }
    const channel: Channel = { sinks: new Set([sink]), quoted: JSON.stringify(stream), unsubscribe: () => undefined };
    // Registered before subscribing: a feed may deliver a first payload synchronously from subscribe().
    this.channels.set(stream, channel);
    channel.unsubscribe = this.feed.subscribe(stream, (payload) => {
      this.publish(stream, channel, payload);
    });
  }

  /** Removes `sink` from `stream`'s receivers, unsubscribing from the feed when it was the last. */
  remove(stream: string, sink: FrameSink): void {
    const channel = this.channels.get(stream);
    if (channel === undefined || !channel.sinks.delete(sink) || channel.sinks.size > 0) return;
    this.channels.delete(stream);
    channel.unsubscribe();
  }

  /** The streams at least one connection holds, i.e. the feed subscriptions open now. */
  streams(): string[] {
    return [...this.channels.keys()];
  }

  /** Drops every receiver and feed subscription. */
  close(): void {
    for (const channel of this.channels.values()) channel.unsubscribe();
    this.channels.clear();
  }

  private publish(stream: string, channel: Channel, payload: object): void {
    if (this.channels.get(stream) !== channel) return;
    const frame = new StreamFrame(stream, channel.quoted, JSON.stringify(payload));
    for (const sink of channel.sinks) sink.deliver(frame);
  }
}
