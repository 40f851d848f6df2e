import { filter, interval, type SchedulerLike, type Subscription } from 'rxjs';
import { heartbeatWatchdog } from '../operators/heartbeatWatchdog.js';
import type { WebSocketFactory, WebSocketLike } from '../transport/WebSocketLike.js';

/** A response of the WebSocket API (PROTOCOL §4): `result` on success, `error` otherwise, and the limits it used. */
export interface WsApiResponse {
  readonly id: unknown;
  readonly status: number;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly msg: string; readonly data?: unknown };
  readonly rateLimits?: readonly unknown[];
}

/** What a {@link WsApiSocket} tells its owner. */
export interface WsApiSocketHooks {
  readonly onOpen: (socket: WsApiSocket) => void;
  /** The socket is gone (called once; not after {@link WsApiSocket.close}). */
  readonly onClose: (socket: WsApiSocket, reason: string) => void;
  /** A user data event: `{ subscriptionId, event }`. */
  readonly onEvent: (subscriptionId: number, event: unknown, frame: string) => void;
  /** A message no request waits for: an error without id (revoked key), a `serverShutdown` event, or garbage. */
  readonly onUnsolicited: (message: unknown, frame: string) => void;
}

interface Pending {
  readonly resolve: (response: WsApiResponse) => void;
  readonly reject: (reason: string) => void;
  readonly timer: Subscription;
}

/**
 * One socket to the WebSocket API: sends `{ id, method, params }` requests and matches each response to its request
 * by id, with a timeout; routes user data events by subscription id; declares itself dead after `staleAfterMs` of
 * silence (half-way through it sends a `ping` request, so quiet but healthy sockets are not mistaken for dead ones).
 * The reconnection policy belongs to its owner.
 */
export class WsApiSocket {
  /** Frames, pings and replies received (sampled by the watchdog). */
  activity = 0;
  /**
   * The user whose key authenticated this connection (`session.logon`), if any. A connection carries at most one such
   * user; it is lost with the socket, so every reconnection starts unauthenticated.
   */
  authenticatedAs: string | undefined;
  private readonly ws: WebSocketLike;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private open = false;
  private closed = false;
  private lastError: string | undefined;
  private watchdog: Subscription | undefined;

  constructor(
    url: string,
    factory: WebSocketFactory,
    private readonly scheduler: SchedulerLike,
    private readonly options: { readonly requestTimeoutMs: number; readonly staleAfterMs: number },
    private readonly hooks: WsApiSocketHooks,
  ) {
    this.ws = factory(url);
    this.ws.onopen = () => {
      this.open = true;
      this.startWatchdog();
      hooks.onOpen(this);
    };
    this.ws.onmessage = (event) => {
      this.activity++;
      if (typeof event.data === 'string') this.receive(event.data);
    };
    this.ws.onping = () => {
      this.activity++;
    };
    this.ws.onerror = (event) => {
      this.lastError = event instanceof Error ? event.message : 'socket error';
    };
    this.ws.onclose = (event) => {
      this.terminate(`socket closed: ${this.lastError ?? (event.reason === '' ? `code ${event.code}` : event.reason)}`);
    };
  }

  /** True while the socket is open. */
  get isOpen(): boolean {
    return this.open && !this.closed;
  }

  /**
   * Sends a request. `resolve` gets the response (success or error); `reject` a reason when no response can come
   * (timeout, socket lost). Returns a function that forgets the request (the caller unsubscribed).
   */
  send(
    method: string,
    params: Readonly<Record<string, unknown>> | undefined,
    resolve: (response: WsApiResponse) => void,
    reject: (reason: string) => void,
  ): () => void {
    if (!this.isOpen) {
      reject('the WebSocket API socket is not open');
      return () => undefined;
    }
    const id = this.nextId++;
    const timer = this.scheduler.schedule(() => {
      this.pending.delete(id);
      reject(`no response to ${method} within ${this.options.requestTimeoutMs} ms`);
    }, this.options.requestTimeoutMs);
    this.pending.set(id, { resolve, reject, timer });
    this.ws.send(JSON.stringify(params === undefined ? { id, method } : { id, method, params }));
    return () => {
      this.pending.get(id)?.timer.unsubscribe();
      this.pending.delete(id);
    };
  }

  /** Closes the socket on purpose: pending requests are rejected, no hook is called. */
  close(reason = 'closed by client'): void {
    if (this.closed) return;
    this.stop(reason);
    this.ws.onopen = this.ws.onmessage = this.ws.onerror = this.ws.onclose = null;
    this.ws.onping = null;
    this.ws.close(1000, reason.slice(0, 120));
  }

  /** Declares the socket dead and reports it like a loss. */
  fail(reason: string): void {
    if (this.closed) return;
    this.close(reason);
    this.hooks.onClose(this, reason);
  }

  private receive(frame: string): void {
    let message: unknown;
    try {
      message = JSON.parse(frame);
    } catch {
      this.hooks.onUnsolicited(undefined, frame);
      return;
    }
    if (typeof message !== 'object' || message === null) {
      this.hooks.onUnsolicited(message, frame);
      return;
    }
    const record = message as Readonly<Record<string, unknown>>;
    const subscriptionId = record['subscriptionId'];
    // subscriptionId 0 is valid: test the type, never the truthiness.
    if (typeof subscriptionId === 'number' && 'event' in record) {
      this.hooks.onEvent(subscriptionId, record['event'], frame);
      return;
    }
    const id = record['id'];
    const pending = typeof id === 'number' ? this.pending.get(id) : undefined;
    if (pending !== undefined && typeof record['status'] === 'number') {
      this.pending.delete(id as number);
      pending.timer.unsubscribe();
      pending.resolve(record as unknown as WsApiResponse);
      return;
    }
    this.hooks.onUnsolicited(record, frame);
  }

  private terminate(reason: string): void {
    if (this.closed) return;
    this.stop(reason);
    this.hooks.onClose(this, reason);
  }

  private stop(reason: string): void {
    this.closed = true;
    this.watchdog?.unsubscribe();
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const request of pending) {
      request.timer.unsubscribe();
      request.reject(reason);
    }
  }

  private startWatchdog(): void {
    const { staleAfterMs } = this.options;
    let seen = -1;
    this.watchdog = interval(staleAfterMs / 4, this.scheduler)
      .pipe(
        filter(() => {
          const changed = this.activity !== seen;
          seen = this.activity;
          return changed;
        }),
        heartbeatWatchdog({
          staleAfter: staleAfterMs,
          probeAfter: staleAfterMs / 2,
          onProbe: () =>
            this.send(
              'ping',
              undefined,
              () => undefined,
              () => undefined,
            ),
          scheduler: this.scheduler,
        }),
      )
      .subscribe({ error: () => this.fail(`no data, ping or reply for ${staleAfterMs} ms`) });
  }
}
