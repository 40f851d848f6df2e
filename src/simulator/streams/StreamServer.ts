import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { MarketFeed } from '../market/MarketFeed.js';
import type { ConnectionAttempts } from './ConnectionAttempts.js';
import type { ConnectionInfo } from './ConnectionInfo.js';
import type { ControlLogEntry } from './ControlLogEntry.js';
import type { MarketIntrospection } from './MarketIntrospection.js';
import type { MarketStreamEvents } from './MarketStreamEvents.js';
import { parseStreamUrl } from './parseStreamUrl.js';
import { rejectUpgrade } from './rejectUpgrade.js';
import { StreamConnection } from './StreamConnection.js';
import { StreamFanOut } from './StreamFanOut.js';
import type { StreamLimits } from './StreamLimits.js';
import type { UpgradeHandler } from './UpgradeHandler.js';

/** What the market-stream server is built from. */
export interface StreamServerInit {
  readonly feed: MarketFeed;
  readonly limits: StreamLimits;
  /** The HTTP server's count of upgrade requests; the server checks the limit before routing here. */
  readonly attempts: ConnectionAttempts;
  readonly now: () => number;
}

// Binance does not publish a size limit for control messages; 1 MiB is far above a 1024-stream SUBSCRIBE.
const MAX_INCOMING_BYTES = 1024 * 1024;

/**
 * The market-stream endpoints (`/ws`, `/ws/<name>`, `/stream`): accepts upgrades, keeps a {@link StreamConnection}
 * per socket, shares the feed's streams among them, and records everything for tests (`sim.market`, `sim.events`).
 */
export class StreamServer implements UpgradeHandler, MarketIntrospection {
  /** `'connection'`, `'control'` and `'disconnect'`, each with a snapshot record. */
  readonly events = new EventEmitter<MarketStreamEvents>();
  private readonly wss = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    perMessageDeflate: false,
    // Pongs are sent by StreamConnection, so that a stalled connection stays silent.
    autoPong: false,
    maxPayload: MAX_INCOMING_BYTES,
  });
  private readonly fanOut: StreamFanOut;
  private readonly records: StreamConnection[] = [];
  private readonly live = new Set<StreamConnection>();
  private readonly log: ControlLogEntry[] = [];
  private readonly subscribeListeners = new Set<(connection: StreamConnection, stream: string) => void>();
  /** Frames still to withhold, by stream (the `skipFrames` fault). */
  private readonly skips = new Map<string, number>();
  private closed = false;

  constructor(private readonly init: StreamServerInit) {
    const { feed } = init;
    // The fan-out subscribes to the feed once per stream, so a frame withheld here reaches no connection.
    this.fanOut = new StreamFanOut({
      symbols: feed.symbols,
      isStreamName: (name) => feed.isStreamName(name),
      subscribe: (stream, listener) =>
        feed.subscribe(stream, (payload) => {
          // Once per payload, not per connection; no lookup at all unless a skip is armed.
          if (this.skips.size === 0 || !this.skipped(stream)) listener(payload);
        }),
      start: () => {
        feed.start();
      },
      stop: () => {
        feed.stop();
      },
    });
  }

  /** True for a stream name the feed serves. */
  isStreamName(name: string): boolean {
    return this.init.feed.isStreamName(name);
  }

  /**
   * Withholds the next `count` frames of `stream` from every connection (for a diff depth stream the clients see a
   * gap in `U`/`u`). Counts add up.
   */
  skipFrames(stream: string, count: number): void {
    this.skips.set(stream, (this.skips.get(stream) ?? 0) + count);
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.closed) {
      rejectUpgrade(socket, 503, 'Server closing');
      return;
    }
    const path = request.url ?? '/';
    const url = parseStreamUrl(path, {
      isStreamName: (name) => this.init.feed.isStreamName(name),
      maxStreams: this.init.limits.maxStreamsPerConnection,
    });
    if (!url.ok) {
      rejectUpgrade(socket, url.status, url.message);
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = new StreamConnection({
        id: this.records.length + 1,
        path,
        combined: url.combined,
        ws,
        socket,
        now: this.init.now,
        limits: this.init.limits,
        fanOut: this.fanOut,
        isStreamName: (name) => this.init.feed.isStreamName(name),
        onControl: (entry) => {
          this.log.push(entry);
          this.events.emit('control', entry);
        },
        onSubscribe: (subscriber, stream) => {
          for (const listener of this.subscribeListeners) listener(subscriber, stream);
        },
        onClose: (closed) => {
          this.live.delete(closed);
          this.events.emit('disconnect', closed.info());
        },
      });
      this.records.push(connection);
      this.live.add(connection);
      connection.subscribeAll(url.streams);
      this.events.emit('connection', connection.info());
    });
  }

  connections(): ConnectionInfo[] {
    return this.records.map((connection) => connection.info());
  }

  controlLog(): ControlLogEntry[] {
    return [...this.log];
  }

  connectionAttempts(): number {
    return this.init.attempts.count;
  }

  /** The connections open now, for fault injection. */
  openConnections(): StreamConnection[] {
    return [...this.live];
  }

  /** Calls `listener` whenever a connection subscribes to a stream; returns the function that stops it. */
  onSubscribe(listener: (connection: StreamConnection, stream: string) => void): () => void {
    this.subscribeListeners.add(listener);
    return () => this.subscribeListeners.delete(listener);
  }

  private skipped(stream: string): boolean {
    const left = this.skips.get(stream);
    if (left === undefined) return false;
    if (left <= 1) this.skips.delete(stream);
    else this.skips.set(stream, left - 1);
    return true;
  }

  close(): void {
    this.closed = true;
    this.skips.clear();
    for (const connection of this.live) connection.terminate();
    this.live.clear();
    this.fanOut.close();
    this.subscribeListeners.clear();
    this.wss.close();
  }
}
