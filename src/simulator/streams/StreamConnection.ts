import type { Duplex } from 'node:stream';
import { WebSocket } from 'ws';
import type { ConnectionInfo } from './ConnectionInfo.js';
import type { ControlError } from './ControlError.js';
import { ControlErrors } from './ControlError.js';
import type { ControlLogEntry } from './ControlLogEntry.js';
import { errorResponse, resultResponse } from './controlResponse.js';
import { IncomingRateWindow } from './IncomingRateWindow.js';
import type { ControlRequest } from './parseControlRequest.js';
import { parseControlRequest } from './parseControlRequest.js';
import { PongDeadlines } from './PongDeadlines.js';
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

/** A server-initiated close frame that the peer does not answer is followed by a TCP close after this long. */
const CLOSE_HANDSHAKE_MS = 1_000;
// setTimeout fires at once beyond this; a longer lifetime simply never ends the connection.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One market-stream connection: its subscriptions and `combined` property, the control messages it sends, and
 * Binance's rules applied to it (incoming message rate, ping/pong, lifetime). Faults act on it through `stall`,
 * `pauseData`, `send` and `destroy`.
 */
export class StreamConnection implements FrameSink {
  readonly id: number;
  readonly path: string;
  readonly openedAt: number;
  /** The TCP socket under the WebSocket; the high-rate benchmark writes frames to it directly. */
  readonly socket: Duplex;
  private combinedMode: boolean;
  private readonly subscriptions = new Set<string>();
  private readonly window = new IncomingRateWindow();
  private readonly pongs: PongDeadlines;
  private readonly timers = new Set<NodeJS.Timeout>();
  private messagesReceived = 0;
  private rateLimited = false;
  private stalled = false;
  private dataPaused = false;
  private pingSeq = 0;
  private serverClose: { readonly code: number; readonly reason: string } | undefined;
  private deferredClose: { readonly code: number; readonly reason: string } | undefined;
  private closed: { readonly at: number; readonly code: number; readonly reason: string } | undefined;

  constructor(private readonly init: StreamConnectionInit) {
    this.id = init.id;
    this.path = init.path;
    this.socket = init.socket;
    this.combinedMode = init.combined;
    this.openedAt = init.now();
    const { ws, limits } = init;
    this.pongs = new PongDeadlines(limits.pongTimeoutMs, () => {
      this.close(1008, 'Pong timeout');
    });
    ws.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      if (this.receive()) this.handleText(toText(data));
    });
    ws.on('ping', (data: Buffer) => {
      // The server runs with autoPong off, so that a stalled connection does not answer pings either.
      if (this.receive()) ws.pong(data);
    });
    ws.on('pong', (data: Buffer) => {
      if (this.receive()) this.pongs.answered(data);
    });
    ws.on('error', () => undefined); // a 'close' follows; the record keeps its code
    ws.on('close', (code: number, reason: Buffer) => {
      this.finish(code, reason.toString());
    });
    const ping = setInterval(() => {
      this.ping();
    }, limits.pingIntervalMs);
    this.timers.add(ping);
    if (limits.connectionLifetimeMs <= MAX_TIMER_MS) {
      this.after(limits.connectionLifetimeMs, () => {
        this.close(1000, 'Connection lifetime exceeded');
      });
    }
  }

  /** Whether frames go out as `{"stream","data"}` envelopes. */
  get combined(): boolean {
    return this.combinedMode;
  }

  /** True until the WebSocket has closed. */
  get isOpen(): boolean {
    return this.closed === undefined;
  }

  /** True while a stall holds back everything the connection would receive. */
  get isStalled(): boolean {
    return this.stalled;
  }

  /** True once a close has begun (either side) or the connection is gone: nothing more may be sent. */
  get isClosing(): boolean {
    return this.serverClose !== undefined || this.init.ws.readyState !== WebSocket.OPEN;
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
    const { closed } = this;
    return {
      id: this.id,
      path: this.path,
      openedAt: this.openedAt,
      ...(closed === undefined ? {} : { closedAt: closed.at, closeCode: closed.code, closeReason: closed.reason }),
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
    if (this.stalled || this.init.ws.readyState !== WebSocket.OPEN) return;
    this.init.ws.send(text, { binary: false });
  }

  /**
   * Closes the connection with a close frame, then drops the TCP connection if the peer does not answer it. While
   * stalled the close waits for `resume()`: a stalled server sends nothing, close frames included.
   */
  close(code: number, reason: string): void {
    if (this.closed !== undefined || this.serverClose !== undefined) return;
    if (this.stalled) {
      this.deferredClose ??= { code, reason };
      return;
    }
    this.serverClose = { code, reason };
    this.init.ws.close(code, reason);
    this.after(CLOSE_HANDSHAKE_MS, () => {
      this.init.ws.terminate();
    });
  }

  /** Drops the TCP connection without a close frame, like a network failure. */
  destroy(): void {
    this.init.socket.destroy();
  }

  /** Stops sending anything (data, pings, pongs, control answers, close frames) and ignores what arrives. */
  stall(): void {
    this.stalled = true;
    // The pings sent before the stall may not be answered in time; a stalled server would not notice either.
    this.pongs.clear();
  }

  /** Ends a stall; a close that was due meanwhile happens now. */
  resume(): void {
    this.stalled = false;
    if (this.deferredClose !== undefined) this.close(this.deferredClose.code, this.deferredClose.reason);
  }

  /** Holds back market data (control answers and pings still go out) while a benchmark writes to the socket. */
  pauseData(paused: boolean): void {
    this.dataPaused = paused;
  }

  /** Releases every timer and drops the TCP connection; for the server's shutdown. */
  terminate(): void {
    this.init.ws.terminate();
    this.finish(1006, '');
  }

  private receive(): boolean {
    if (this.stalled || this.serverClose !== undefined || this.closed !== undefined) return false;
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

  private ping(): void {
    if (this.stalled || this.serverClose !== undefined || this.closed !== undefined) return;
    // A payload the client must echo: only a pong carrying it keeps the connection alive.
    const payload = Buffer.from(`${this.init.now()}-${++this.pingSeq}`);
    this.init.ws.ping(payload);
    this.pongs.sent(payload);
  }

  private after(ms: number, action: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  private finish(code: number, reason: string): void {
    if (this.closed !== undefined) return;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pongs.clear();
    for (const stream of this.subscriptions) this.init.fanOut.remove(stream, this);
    this.subscriptions.clear();
    const sent = this.serverClose;
    this.closed = { at: this.init.now(), code: sent?.code ?? code, reason: sent?.reason ?? reason };
    this.init.onClose(this);
  }
}

function toText(data: Buffer | ArrayBuffer | Buffer[]): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString();
  return Buffer.isBuffer(data) ? data.toString() : Buffer.from(data).toString();
}
