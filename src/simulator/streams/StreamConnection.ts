import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { SocketLifecycle } from '../socket/SocketLifecycle.js';
import type { ConnectionInfo } from './ConnectionInfo.js';
import type { ControlError } from './ControlError.js';
import { ControlErrors } from './ControlError.js';
import type { ControlLogEntry } from './ControlLogEntry.js';
import { errorResponse, resultResponse } from './controlResponse.js';
import { IncomingRateWindow } from './IncomingRateWindow.js';
import type { ControlRequest } from './parseControlRequest.js';
import { parseControlRequest } from './parseControlRequest.js';
import type { FrameSink, StreamFanOut } from './StreamFanOut.js';
import type { StreamFrame } from './StreamFrame.js';
import type { StreamLimits } from './StreamLimits.js';

/** Everything a {@link StreamConnection} needs from the server that accepted it. */
export interface StreamConnectionInit {
  readonly id: number;
  readonly path: string;
  readonly combined: boolean;
  readonly ws: WebSocket;
  /** The TCP socket under `ws`, for faults that act below WebSocket framing. */
  readonly socket: Duplex;
  readonly now: () => number;
  readonly limits: StreamLimits;
  readonly fanOut: StreamFanOut;
  readonly isStreamName: (name: string) => boolean;
  readonly onControl: (entry: ControlLogEntry) => void;
  readonly onSubscribe: (connection: StreamConnection, stream: string) => void;
  readonly onClose: (connection: StreamConnection) => void;
}

/**
 * One market-stream connection: its subscriptions and `combined` property, the control messages it sends, and
 * Binance's rules applied to it (incoming message rate, ping/pong, lifetime). Faults act on it through `stall`,
 * `pauseData`, `send` and `destroy`.
 */
export class StreamConnection implements FrameSink {
  readonly id: number;
  readonly path: string;
  /** The TCP socket under the WebSocket; the high-rate benchmark writes frames to it directly. */
  readonly socket: Duplex;
  private combinedMode: boolean;
  private readonly subscriptions = new Set<string>();
  private readonly window = new IncomingRateWindow();
  private readonly lifecycle: SocketLifecycle;
  private messagesReceived = 0;
  private rateLimited = false;
  private dataPaused = false;

  constructor(private readonly init: StreamConnectionInit) {
    this.id = init.id;
    this.path = init.path;
    this.socket = init.socket;
    this.combinedMode = init.combined;
    // Binance's timing rules (pings, pong deadline, lifetime, close handshake, stall) are the same for every socket;
    // what is a market stream's own is the incoming message limit, counted on every frame, pings and pongs included.
    this.lifecycle = new SocketLifecycle({
      ws: init.ws,
      socket: init.socket,
      limits: init.limits,
      now: init.now,
      onMessage: (text) => {
        this.handleText(text);
      },
      onFinish: () => {
        this.finish();
      },
      onIncoming: () => this.countIncoming(),
    });
  }

  /** Whether frames go out as `{"stream","data"}` envelopes. */
  get combined(): boolean {
    return this.combinedMode;
  }

  /** True until the WebSocket has closed. */
  get isOpen(): boolean {
    return this.lifecycle.isOpen;
  }

  /** True while a stall holds back everything the connection would receive. */
  get isStalled(): boolean {
    return this.lifecycle.isStalled;
  }

  /** True once a close has begun (either side) or the connection is gone: nothing more may be sent. */
  get isClosing(): boolean {
    return this.lifecycle.isClosing;
  }

  /** Whether the connection holds `stream`. */
  holds(stream: string): boolean {
    return this.subscriptions.has(stream);
  }

  /** The current subscriptions, in subscription order. */
  streams(): string[] {
    return [...this.subscriptions];
  }

  /** Subscribes to streams given in the upgrade URL. */
  subscribeAll(streams: readonly string[]): void {
    for (const stream of streams) this.subscribe(stream);
  }

  /** A snapshot of the connection's record. */
  info(): ConnectionInfo {
    return {
      id: this.id,
      path: this.path,
      ...this.lifecycle.record(),
      streams: this.streams(),
      messagesReceived: this.messagesReceived,
      peakMessagesPerSecond: this.window.peak,
      rateLimited: this.rateLimited,
      combined: this.combinedMode,
    };
  }

  /** Sends a market data frame, unless the connection is stalled or its data is paused. */
  deliver(frame: StreamFrame): void {
    if (this.dataPaused) return;
    this.send(this.combinedMode ? frame.combined() : frame.raw());
  }

  /** Sends one text frame, unless the connection is stalled or closing. */
  send(text: string | Buffer): void {
    this.lifecycle.send(text);
  }

  /**
   * Closes the connection with a close frame, then drops the TCP connection if the peer does not answer it. While
   * stalled the close waits for `resume()`: a stalled server sends nothing, close frames included.
   */
  close(code: number, reason: string): void {
    this.lifecycle.close(code, reason);
  }

  /** Drops the TCP connection without a close frame, like a network failure. */
  destroy(): void {
    this.lifecycle.destroy();
  }

  /** Stops sending anything (data, pings, pongs, control answers, close frames) and ignores what arrives. */
  stall(): void {
    this.lifecycle.stall();
  }

  /** Ends a stall; a close that was due meanwhile happens now. */
  resume(): void {
    this.lifecycle.resume();
  }

  /** Holds back market data (control answers and pings still go out) while a benchmark writes to the socket. */
  pauseData(paused: boolean): void {
    this.dataPaused = paused;
  }

  /** Releases every timer and drops the TCP connection; for the server's shutdown. */
  terminate(): void {
    this.lifecycle.terminate();
  }

  /** Counts a received frame; past Binance's limit the connection is closed and the frame dropped. */
  private countIncoming(): boolean {
    this.messagesReceived++;
    if (this.window.record(this.init.now()) <= this.init.limits.maxIncomingPerSecond) return true;
    this.rateLimited = true;
    this.close(1008, 'Too many requests');
    return false;
  }

  private handleText(text: string): void {
    const parsed = parseControlRequest(text, this.init.isStreamName);
    let error: ControlError | undefined;
    if (parsed.outcome.ok) {
      const result = this.apply(parsed.outcome.request);
      if (typeof result === 'string') this.send(resultResponse(result, parsed.idJson ?? 'null'));
      else error = result;
    } else {
      error = parsed.outcome.error;
    }
    if (error !== undefined) this.send(errorResponse(error, parsed.idJson));
    this.init.onControl({
      connectionId: this.id,
      at: this.init.now(),
      method: parsed.method,
      params: parsed.params,
      id: parsed.id,
      ...(error === undefined ? {} : { error }),
    });
  }

  /** Applies a request; returns the `result` as JSON text, or the error to answer. */
  private apply(request: ControlRequest): string | ControlError {
    switch (request.method) {
      case 'SUBSCRIBE': {
        const added = request.streams.filter((stream) => !this.subscriptions.has(stream));
        if (this.subscriptions.size + added.length > this.init.limits.maxStreamsPerConnection) {
          return ControlErrors.tooManyStreams(this.init.limits.maxStreamsPerConnection);
        }
        for (const stream of added) this.subscribe(stream);
        return 'null';
      }
      case 'UNSUBSCRIBE':
        for (const stream of request.streams) this.unsubscribe(stream);
        return 'null';
      case 'LIST_SUBSCRIPTIONS':
        return JSON.stringify(this.streams());
      case 'SET_PROPERTY':
        this.combinedMode = request.value;
        return 'null';
      case 'GET_PROPERTY':
        return String(this.combinedMode);
    }
  }

  private subscribe(stream: string): void {
    if (this.subscriptions.has(stream)) return;
    this.subscriptions.add(stream);
    this.init.fanOut.add(stream, this);
    this.init.onSubscribe(this, stream);
  }

  private unsubscribe(stream: string): void {
    if (!this.subscriptions.delete(stream)) return;
    this.init.fanOut.remove(stream, this);
  }

  private finish(): void {
    for (const stream of this.subscriptions) this.init.fanOut.remove(stream, this);
    this.subscriptions.clear();
    this.init.onClose(this);
  }
}
