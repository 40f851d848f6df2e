import type { Duplex } from 'node:stream';
import { WebSocket } from 'ws';
import { PongDeadlines } from './PongDeadlines.js';
import type { SocketRecord } from './SocketRecord.js';

/** Binance's per-connection timing rules (PROTOCOL §1.2, shared by the WebSocket API). */
export interface LifecycleLimits {
  /** How often the server pings (Binance: 20 s). */
  readonly pingIntervalMs: number;
  /** How long a ping may stay unanswered before the connection is closed (Binance: 1 minute). */
  readonly pongTimeoutMs: number;
  /** When the server closes a connection, counted from its opening (Binance: 24 h). */
  readonly connectionLifetimeMs: number;
}

/** What a {@link SocketLifecycle} drives and tells. */
export interface SocketLifecycleInit {
  readonly ws: WebSocket;
  /** The TCP socket under `ws`, for faults that act below WebSocket framing. */
  readonly socket: Duplex;
  readonly limits: LifecycleLimits;
  /** The simulator's clock, for the times of the connection's record. */
  readonly now: () => number;
  /** Each text (or binary) message received while the connection listens. */
  readonly onMessage: (text: string) => void;
  /** Called once when the connection has closed; {@link SocketLifecycle.record} then says when and how. */
  readonly onFinish: () => void;
  /**
   * Called for every frame received while the connection listens (a message, a ping or a pong), before it is
   * handled: false drops it. Market stream connections count them against Binance's incoming message limit here.
   */
  readonly onIncoming?: () => boolean;
}

/** A server-initiated close frame that the peer does not answer is followed by a TCP close after this long. */
const CLOSE_HANDSHAKE_MS = 1_000;
// setTimeout fires at once beyond this; a longer lifetime simply never ends the connection.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The life of one server-side WebSocket: a ping with a fresh payload every `pingIntervalMs`, closed (1008) when a ping
 * stays unanswered for `pongTimeoutMs`, closed (1000) at the end of its lifetime, pongs to the client's pings, the
 * close handshake with a TCP drop when the peer does not answer it, and the stall fault, during which nothing is sent
 * (close frames included) and nothing received is heard.
 */
export class SocketLifecycle {
  private readonly pongs: PongDeadlines;
  private readonly timers = new Set<NodeJS.Timeout>();
  private stalled = false;
  private pingSeq = 0;
  private serverClose: { readonly code: number; readonly reason: string } | undefined;
  private deferredClose: { readonly code: number; readonly reason: string } | undefined;
  private readonly openedAt: number;
  private ended: { readonly at: number; readonly code: number; readonly reason: string } | undefined;

  constructor(private readonly init: SocketLifecycleInit) {
    const { ws, limits } = init;
    this.openedAt = init.now();
    this.pongs = new PongDeadlines(limits.pongTimeoutMs, () => {
      this.close(1008, 'Pong timeout');
    });
    ws.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      if (this.accepts()) init.onMessage(toText(data));
    });
    ws.on('ping', (data: Buffer) => {
      // The server runs with autoPong off, so that a stalled connection does not answer pings either.
      if (this.accepts()) ws.pong(data);
    });
    ws.on('pong', (data: Buffer) => {
      if (this.accepts()) this.pongs.answered(data);
    });
    ws.on('error', () => undefined); // a 'close' follows
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

  /** True while a stall holds back everything. */
  get isStalled(): boolean {
    return this.stalled;
  }

  /** True until the WebSocket has closed. */
  get isOpen(): boolean {
    return this.ended === undefined;
  }

  /** When the connection opened and, once it has, when and how it closed: its part of a {@link SocketRecord}. */
  record(): Omit<SocketRecord, 'id' | 'path'> {
    const { openedAt, ended } = this;
    return ended === undefined
      ? { openedAt }
      : { openedAt, closedAt: ended.at, closeCode: ended.code, closeReason: ended.reason };
  }

  /** True once a close has begun (either side) or the connection is gone: nothing more may be sent. */
  get isClosing(): boolean {
    return this.serverClose !== undefined || this.init.ws.readyState !== WebSocket.OPEN;
  }

  /** The close the server began, if any (it wins over the code the peer answers with). */
  get closeSent(): { readonly code: number; readonly reason: string } | undefined {
    return this.serverClose;
  }

  /** Sends one text frame, unless the connection is stalled, closing or closed. */
  send(text: string | Buffer): void {
    if (this.stalled || this.serverClose !== undefined || this.init.ws.readyState !== WebSocket.OPEN) return;
    this.init.ws.send(text, { binary: false });
  }

  /** Closes with a close frame, then drops the TCP connection if the peer does not answer; waits out a stall. */
  close(code: number, reason: string): void {
    if (this.ended !== undefined || this.serverClose !== undefined) return;
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

  /** Stops sending anything and ignores what arrives; the connection stays open. */
  stall(): void {
    this.stalled = true;
    // Pings sent before the stall may not be answered in time; a stalled server would not notice either.
    this.pongs.clear();
  }

  /** Ends a stall; a close that was due meanwhile happens now. */
  resume(): void {
    this.stalled = false;
    if (this.deferredClose !== undefined) this.close(this.deferredClose.code, this.deferredClose.reason);
  }

  /** Releases every timer and drops the TCP connection; for the server's shutdown. */
  terminate(): void {
    this.init.ws.terminate();
    this.finish(1006, '');
  }

  private get listening(): boolean {
    return !this.stalled && this.serverClose === undefined && this.ended === undefined;
  }

  private accepts(): boolean {
    return this.listening && (this.init.onIncoming?.() ?? true);
  }

  private ping(): void {
    if (!this.listening) return;
    // A payload the client must echo: only a pong carrying it keeps the connection alive.
    const payload = Buffer.from(`${Date.now()}-${++this.pingSeq}`);
    this.init.ws.ping(payload);
    this.pongs.sent(payload);
  }

  private after(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, ms);
    this.timers.add(timer);
  }

  private finish(code: number, reason: string): void {
    if (this.ended !== undefined) return;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pongs.clear();
    // The close the server began wins over the code the peer answers it with.
    const sent = this.serverClose;
    this.ended = { at: this.init.now(), code: sent?.code ?? code, reason: sent?.reason ?? reason };
    this.init.onFinish();
  }
}

function toText(data: Buffer | ArrayBuffer | Buffer[]): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString();
  return Buffer.isBuffer(data) ? data.toString() : Buffer.from(data).toString();
}
