import { defer, Observable, type SchedulerLike, type Subscription } from 'rxjs';
import type { ResolvedMarketConfig } from '../config/MarketConfig.js';
import { connectionGaveUp, connectionLost } from '../errors/clientErrors.js';
import type { ExchangeError } from '../errors/ExchangeError.js';
import { circuitBreaker } from '../operators/circuitBreaker.js';
import { rateLimit } from '../operators/rateLimit.js';
import { retryBackoff } from '../operators/retryBackoff.js';
import { CircuitBreaker } from '../resilience/CircuitBreaker.js';
import type { RateLimiter } from '../resilience/RateLimiter.js';
import type { ConnectionEvent } from './ConnectionEvent.js';
import { Handoff } from './Handoff.js';
import type { MarketSocket } from './MarketSocket.js';
import { type MarketSocketHooks } from './MarketSocket.js';
import type { Route } from './Route.js';

/** What a shard needs from the multiplexer that owns it. */
export interface ShardContext {
  readonly config: ResolvedMarketConfig;
  readonly scheduler: SchedulerLike;
  /** Shared by every shard: Binance counts connection attempts per IP. */
  readonly connectionAttempts: RateLimiter;
  /** Creates a socket to the combined endpoint with the multiplexer's frame handler. */
  readonly openSocket: (hooks: Pick<MarketSocketHooks, 'onOpen' | 'onClose'>) => MarketSocket;
  readonly report: (event: ConnectionEvent) => void;
  /** The connection gave up (retries exhausted): its streams end with this error. */
  readonly onGiveUp: (shard: Shard, error: ExchangeError) => void;
}

/**
 * One logical connection of the multiplexer: a set of stream names (at most `maxStreamsPerConnection`) and the
 * physical sockets that carry them over time.
 *
 * It owns the connection policy: each socket is opened through the shared connection-attempt limiter, a circuit
 * breaker and exponential backoff with jitter; a lost socket is replaced and every stream subscribed again; a socket
 * nearing Binance's 24 h limit, or told `serverShutdown`, is replaced make-before-break (the new socket subscribes
 * first, a {@link Handoff} removes the overlap, then the old one closes); a shard left without streams closes
 * after `idleCloseMs`.
 */
export class Shard {
  /** Stream names this shard should carry (shared, live, with its sockets). */
  readonly desired = new Set<string>();
  /** The socket that feeds subscribers, when one is up. */
  primary: MarketSocket | undefined;
  private readonly routes = new Set<Route>();
  private readonly breaker: CircuitBreaker;
  private readonly breakerReport: Subscription;
  private flow: Subscription | undefined;
  private incomingFlow: Subscription | undefined;
  private incoming: MarketSocket | undefined;
  private handoff: Handoff | undefined;
  private handoffTimer: Subscription | undefined;
  private rotationTimer: Subscription | undefined;
  private idleTimer: Subscription | undefined;
  private attempt = 0;
  /** Sockets lost and replaced so far (rotations not counted). */
  reconnects = 0;
  /** True once the connection stopped retrying. */
  failed = false;

  constructor(
    readonly id: number,
    private readonly context: ShardContext,
  ) {
    const { config, scheduler } = context;
    this.breaker = new CircuitBreaker({ ...config.circuitBreaker, scheduler });
    let first = true;
    this.breakerReport = this.breaker.state$.subscribe((state) => {
      if (!first) context.report({ type: 'circuit', connection: id, state, at: scheduler.now() });
      first = false;
    });
  }

  /** The state of the circuit breaker over connection attempts. */
  get circuit(): string {
    return this.breaker.state;
  }

  /** Whether a connection flow runs (a socket is up or being opened). */
  get active(): boolean {
    return this.flow !== undefined;
  }

  /** Number of streams assigned to this shard. */
  get size(): number {
    return this.routes.size;
  }

  /** Adds a stream; opens a socket if none is up. */
  add(route: Route): void {
    this.routes.add(route);
    this.desired.add(route.name);
    route.shard = this;
    this.idleTimer?.unsubscribe();
    this.idleTimer = undefined;
    this.handoff?.attach(route);
    this.flow ??= this.connect((socket) => this.promote(socket));
    this.reconcile();
  }

  /** Removes a stream (its last subscriber left): UNSUBSCRIBE follows, and an idle shard closes later. */
  remove(route: Route): void {
    this.routes.delete(route);
    this.desired.delete(route.name);
    route.shard = undefined;
    route.handoff = undefined;
    this.reconcile();
    if (this.routes.size === 0 && this.idleTimer === undefined) {
      this.idleTimer = this.context.scheduler.schedule(() => {
        this.idleTimer = undefined;
        if (this.routes.size === 0) this.shutdown('idle');
      }, this.context.config.idleCloseMs);
    }
  }

  /**
   * Starts replacing the primary socket (make-before-break). Ignored when a replacement is already under way or
   * when there is nothing to replace.
   */
  rotate(reason: 'age' | 'serverShutdown'): void {
    const old = this.primary;
    if (old === undefined || this.incomingFlow !== undefined) return;
    this.context.report({
      type: 'rotating',
      connection: this.id,
      socket: old.id,
      reason,
      at: this.context.scheduler.now(),
    });
    old.retiring = true;
    this.incomingFlow = this.connect((socket) => this.beginHandoff(socket));
  }

  /** Closes every socket and timer. `reason` is reported with the `closed` event. */
  shutdown(reason: string): void {
    this.rotationTimer?.unsubscribe();
    this.idleTimer?.unsubscribe();
    this.handoffTimer?.unsubscribe();
    this.handoff?.abort();
    this.handoff = undefined;
    this.incomingFlow?.unsubscribe();
    this.incomingFlow = undefined;
    this.incoming = undefined;
    const hadFlow = this.flow !== undefined;
    this.flow?.unsubscribe();
    this.flow = undefined;
    this.primary = undefined;
    this.rotationTimer = this.idleTimer = this.handoffTimer = undefined;
    if (hadFlow) this.context.report({ type: 'closed', connection: this.id, reason, at: this.context.scheduler.now() });
  }

  /** Shuts down and releases the breaker: the shard is gone for good. */
  dispose(reason: string): void {
    this.shutdown(reason);
    this.breakerReport.unsubscribe();
    this.breaker.dispose();
  }

  private reconcile(): void {
    this.primary?.reconcile(this.desired);
    this.incoming?.reconcile(this.desired);
  }

  /**
   * One connection flow: a socket that emits once open and errors when lost, opened through the attempt limiter and
   * the circuit breaker, retried with backoff. A retiring socket's loss completes the flow instead.
   */
  private connect(onReady: (socket: MarketSocket) => void): Subscription {
    const { config, scheduler, connectionAttempts } = this.context;
    return defer(() => this.openSocket())
      .pipe(
        rateLimit(connectionAttempts),
        circuitBreaker(this.breaker),
        retryBackoff({
          ...config.reconnect,
          scheduler,
          onRetry: ({ error, attempt, delay }) => {
            this.reconnects++;
            this.context.report({
              type: 'reconnecting',
              connection: this.id,
              reason: error instanceof Error ? error.message : String(error),
              attempt,
              delayMs: delay,
              at: scheduler.now(),
            });
          },
        }),
      )
      .subscribe({
        next: onReady,
        error: (error: unknown) => {
          this.failed = true;
          this.context.onGiveUp(this, connectionGaveUp(error));
          this.shutdown('gave up reconnecting');
        },
      });
  }

  private openSocket(): Observable<MarketSocket> {
    return new Observable<MarketSocket>((subscriber) => {
      this.attempt++;
      const socket = this.context.openSocket({
        onOpen: (opened) => {
          this.attempt = 0;
          subscriber.next(opened);
        },
        onClose: (closed, reason) => {
          this.onSocketLost(closed);
          if (closed.retiring) subscriber.complete();
          else subscriber.error(connectionLost(reason));
        },
      });
      this.context.report({
        type: 'connecting',
        connection: this.id,
        socket: socket.id,
        url: socket.url,
        attempt: this.attempt,
        at: this.context.scheduler.now(),
      });
      return () => {
        socket.close();
      };
    });
  }

  private promote(socket: MarketSocket): void {
    socket.role = 'primary';
    this.primary = socket;
    socket.reconcile(this.desired);
    this.context.report({
      type: 'open',
      connection: this.id,
      socket: socket.id,
      url: socket.url,
      streams: this.desired.size,
      at: this.context.scheduler.now(),
    });
    this.rotationTimer?.unsubscribe();
    this.rotationTimer = this.context.scheduler.schedule(() => {
      this.rotate('age');
    }, this.context.config.rotateAfterMs);
  }

  private beginHandoff(socket: MarketSocket): void {
    this.incoming = socket;
    const old = this.primary;
    if (old === undefined) {
      // The old socket is already gone: nothing overlaps, the new one simply takes over.
      this.completeRotation();
      return;
    }
    const handoff = new Handoff(old, socket);
    for (const route of this.routes) handoff.attach(route);
    this.handoff = handoff;
    socket.reconcile(this.desired);
    // Both sockets carry every stream from the acknowledgement on. The old one stays open for the whole overlap,
    // so that frames it was sent before the new subscriptions took effect still arrive; then it is closed.
    socket.whenSynced(() => {
      if (this.handoff !== handoff) return;
      this.handoffTimer = this.context.scheduler.schedule(() => {
        this.completeRotation();
      }, this.context.config.handoffTimeoutMs);
    });
  }

  /** The handoff of this shard, while a rotation overlaps two sockets. */
  get activeHandoff(): Handoff | undefined {
    return this.handoff;
  }

  private completeRotation(): void {
    const socket = this.incoming;
    if (socket === undefined) return;
    this.handoffTimer?.unsubscribe();
    this.handoffTimer = undefined;
    this.handoff?.finish();
    this.handoff = undefined;
    const oldFlow = this.flow;
    this.flow = this.incomingFlow;
    this.incomingFlow = undefined;
    this.incoming = undefined;
    oldFlow?.unsubscribe(); // closes the old socket
    this.promote(socket);
    this.context.report({ type: 'rotated', connection: this.id, socket: socket.id, at: this.context.scheduler.now() });
  }

  private onSocketLost(socket: MarketSocket): void {
    if (socket === this.primary) {
      this.primary = undefined;
      this.rotationTimer?.unsubscribe();
      if (this.handoff !== undefined) {
        // The old socket died mid-handoff: the new one already carries everything, so it takes over now.
        this.completeRotation();
      }
    } else if (socket === this.incoming) {
      this.handoffTimer?.unsubscribe();
      this.handoffTimer = undefined;
      this.handoff?.abort();
      this.handoff = undefined;
      this.incoming = undefined;
      // The replacement's flow retries on its own; the old socket stays retiring, so only one flow reconnects.
    }
  }
}
