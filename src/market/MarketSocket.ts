import { filter, interval, type SchedulerLike, type Subscription } from 'rxjs';
import type { ResolvedMarketConfig } from '../config/MarketConfig.js';
import { heartbeatWatchdog } from '../operators/heartbeatWatchdog.js';
import { SlidingWindowLimiter } from '../resilience/SlidingWindowLimiter.js';
import type { WebSocketFactory, WebSocketLike } from '../transport/WebSocketLike.js';
import { ControlChannel, type ControlReply } from './ControlChannel.js';

/** How the shard uses a socket: `primary` feeds subscribers; `incoming` is a replacement being brought up. */
export type SocketRole = 'primary' | 'incoming';

/** What a {@link MarketSocket} tells its owner. */
export interface MarketSocketHooks {
  /** Every text frame, unparsed: the multiplexer parses and routes it. */
  readonly onFrame: (text: string, socket: MarketSocket) => void;
  readonly onOpen: (socket: MarketSocket) => void;
  /** The socket is gone, for `reason`. Called once, and not after {@link MarketSocket.close}. */
  readonly onClose: (socket: MarketSocket, reason: string) => void;
  /** Binance refused a SUBSCRIBE or UNSUBSCRIBE. */
  readonly onRefused: (
    socket: MarketSocket,
    method: string,
    names: readonly string[],
    code: number | undefined,
    msg: string,
  ) => void;
}

/** What a {@link MarketSocket} needs. */
export interface MarketSocketOptions {
  readonly id: number;
  readonly url: string;
  readonly factory: WebSocketFactory;
  readonly scheduler: SchedulerLike;
  readonly config: ResolvedMarketConfig;
  readonly hooks: MarketSocketHooks;
}

/**
 * One physical socket to Binance's combined stream endpoint.
 *
 * It keeps the server's subscriptions equal to a desired set of stream names by sending batched SUBSCRIBE and
 * UNSUBSCRIBE messages, never more than `maxMessagesPerSecond` in any one-second window (Binance disconnects above
 * 5, pongs included). It declares itself dead when nothing — no frame, no ping, no reply — arrived for
 * `staleAfterMs`, after probing the server once half-way. It owns no reconnection policy: that is the shard's.
 */
export class MarketSocket {
  role: SocketRole = 'incoming';
  /** Set when a rotation replaces this socket: its loss is then expected and must not trigger a reconnect. */
  retiring = false;
  /** Frames, pings and replies received: the watchdog samples it instead of timing every frame. */
  activity = 0;
  /** When the socket opened (scheduler time), or undefined while connecting. */
  openedAt: number | undefined;
  private readonly ws: WebSocketLike;
  private readonly control: ControlChannel;
  private readonly pacer: SlidingWindowLimiter;
  /** Names the server was told to stream (SUBSCRIBE sent and not undone). */
  private readonly sent = new Set<string>();
  private desired: ReadonlySet<string> = new Set();
  private flush: Subscription | undefined;
  private watchdog: Subscription | undefined;
  private closed = false;
  private lastError: string | undefined;
  private syncWaiters: (() => void)[] = [];

  constructor(private readonly options: MarketSocketOptions) {
    const { scheduler, config } = options;
    this.pacer = new SlidingWindowLimiter(config.maxMessagesPerSecond, 1_000, scheduler);
    this.control = new ControlChannel(scheduler, config.requestTimeoutMs, (method) => {
      this.fail(`no reply to ${method} within ${config.requestTimeoutMs} ms`);
    });
    this.ws = options.factory(options.url);
    this.ws.onopen = () => {
      this.openedAt = scheduler.now();
      this.startWatchdog();
      options.hooks.onOpen(this);
      this.scheduleFlush();
    };
    this.ws.onmessage = (event) => {
      this.activity++;
      if (typeof event.data === 'string') options.hooks.onFrame(event.data, this);
    };
    this.ws.onping = () => {
      this.activity++;
    };
    this.ws.onerror = (event) => {
      this.lastError = describeSocketError(event);
    };
    this.ws.onclose = (event) => {
      const detail =
        this.lastError ?? (event.reason === '' ? `code ${event.code}` : `${event.reason} (code ${event.code})`);
      this.terminate(`socket closed: ${detail}`);
    };
  }

  /** This socket's number (unique per client). */
  get id(): number {
    return this.options.id;
  }

  /** The URL it connects to. */
  get url(): string {
    return this.options.url;
  }

  /** True once open and until closed. */
  get isOpen(): boolean {
    return this.openedAt !== undefined && !this.closed;
  }

  /**
   * Makes the server's subscriptions follow `desired` (a live set the shard keeps up to date). Changes made in the
   * same tick go out as one SUBSCRIBE and one UNSUBSCRIBE.
   */
  reconcile(desired: ReadonlySet<string>): void {
    this.desired = desired;
    this.scheduleFlush();
  }

  /** Calls `callback` once every desired stream has been subscribed and acknowledged. */
  whenSynced(callback: () => void): void {
    this.syncWaiters.push(callback);
    this.checkSynced();
  }

  /** Handles a non-data message: a control reply or a raw-form event. Returns false for anything unexpected. */
  receiveControl(message: Readonly<Record<string, unknown>>): boolean {
    return this.control.settle(message);
  }

  /** Closes the socket on purpose; no hook is called. */
  close(reason = 'closed by client'): void {
    if (this.closed) return;
    this.stop();
    // Detach first: the close event that follows is ours, not a failure to report.
    this.ws.onopen = this.ws.onmessage = this.ws.onerror = this.ws.onclose = null;
    this.ws.onping = null;
    this.ws.close(1000, reason.slice(0, 120));
  }

  /** Declares the socket dead (watchdog, unanswered request) and reports it like a loss. */
  fail(reason: string): void {
    if (this.closed) return;
    this.close(reason);
    this.options.hooks.onClose(this, reason);
  }

  private terminate(reason: string): void {
    if (this.closed) return;
    this.stop();
    this.options.hooks.onClose(this, reason);
  }

  private stop(): void {
    this.closed = true;
    this.flush?.unsubscribe();
    this.watchdog?.unsubscribe();
    this.control.close();
    this.syncWaiters = [];
  }

  private startWatchdog(): void {
    const { staleAfterMs } = this.options.config;
    let seen = -1;
    this.watchdog = interval(staleAfterMs / 4, this.options.scheduler)
      .pipe(
        filter(() => {
          const changed = this.activity !== seen;
          seen = this.activity;
          return changed;
        }),
        heartbeatWatchdog({
          staleAfter: staleAfterMs,
          probeAfter: staleAfterMs / 2,
          // Any reply proves the server is alive; LIST_SUBSCRIPTIONS is the cheapest request there is.
          onProbe: () => this.send('LIST_SUBSCRIPTIONS', undefined, () => undefined),
          scheduler: this.options.scheduler,
        }),
      )
      .subscribe({ error: () => this.fail(`no data, ping or reply for ${staleAfterMs} ms`) });
  }

  private scheduleFlush(): void {
    if (this.closed || this.openedAt === undefined || this.flush !== undefined) return;
    const { scheduler } = this.options;
    const delay = Math.max(0, this.pacer.nextFreeAt() - scheduler.now());
    // Even with a free slot, wait for the end of the current tick so that a burst of subscriptions is batched.
    this.flush = scheduler.schedule(() => {
      this.flush = undefined;
      this.flushNow();
    }, delay);
  }

  private flushNow(): void {
    const add = [...this.desired].filter((name) => !this.sent.has(name));
    const remove = [...this.sent].filter((name) => !this.desired.has(name));
    if (add.length > 0) {
      if (!this.send('SUBSCRIBE', add, (reply) => this.onSubscribeReply(add, reply))) {
        this.scheduleFlush();
        return;
      }
      for (const name of add) this.sent.add(name);
    }
    if (remove.length > 0) {
      if (!this.send('UNSUBSCRIBE', remove, (reply) => this.onUnsubscribeReply(remove, reply))) {
        this.scheduleFlush();
        return;
      }
      for (const name of remove) this.sent.delete(name);
    }
    this.checkSynced();
  }

  /** Sends one control request if the pacer has a slot now; false when it must wait. */
  private send(method: string, params: readonly string[] | undefined, onReply: (reply: ControlReply) => void): boolean {
    if (this.closed) return false;
    const { scheduler } = this.options;
    if (this.pacer.nextFreeAt() > scheduler.now()) return false;
    this.pacer.reserve(1);
    const text = this.control.request(method, params, (reply) => {
      this.activity++;
      onReply(reply);
      this.checkSynced();
    });
    this.ws.send(text);
    return true;
  }

  private onSubscribeReply(names: readonly string[], reply: ControlReply): void {
    if (reply.ok) return;
    for (const name of names) this.sent.delete(name);
    this.options.hooks.onRefused(this, 'SUBSCRIBE', names, reply.code, reply.msg);
  }

  private onUnsubscribeReply(names: readonly string[], reply: ControlReply): void {
    if (reply.ok) return;
    this.options.hooks.onRefused(this, 'UNSUBSCRIBE', names, reply.code, reply.msg);
  }

  private checkSynced(): void {
    if (this.syncWaiters.length === 0 || this.control.outstanding > 0 || this.flush !== undefined) return;
    for (const name of this.desired) if (!this.sent.has(name)) return;
    const waiters = this.syncWaiters;
    this.syncWaiters = [];
    for (const waiter of waiters) waiter();
  }
}

function describeSocketError(event: unknown): string {
  if (event instanceof Error) {
    const code = (event as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${event.message}` : event.message;
  }
  return 'socket error';
}
