import type { Logger } from '../logging/Logger.js';
import { Observable, type SchedulerLike } from 'rxjs';
import type { ResolvedMarketConfig } from '../config/MarketConfig.js';
import { fromDecodeError, fromStreamControlError } from '../errors/classifyError.js';
import { clientClosed, unreadableFrame } from '../errors/clientErrors.js';
import type { ExchangeError } from '../errors/ExchangeError.js';
import type { RateLimiter } from '../resilience/RateLimiter.js';
import type { WebSocketFactory } from '../transport/WebSocketLike.js';
import type { ConnectionEvent } from './ConnectionEvent.js';
import type { Fanout } from './Fanout.js';
import { MarketSocket, type MarketSocketHooks } from './MarketSocket.js';
import { Route } from './Route.js';
import { Shard, type ShardContext } from './Shard.js';
import type { StreamDecoder } from './StreamDecoder.js';
import type { StreamKind, StreamSpec } from './StreamSpec.js';

/** What the multiplexer needs. */
export interface StreamMuxOptions {
  /** Market-stream base URL; the mux connects to `<wsUrl>/stream` (the combined endpoint). */
  readonly wsUrl: string;
  readonly factory: WebSocketFactory;
  readonly scheduler: SchedulerLike;
  readonly config: ResolvedMarketConfig;
  /** Connection attempts of the whole client (Binance: 300 per 5 minutes per IP). */
  readonly connectionAttempts: RateLimiter;
  readonly reportError: (error: ExchangeError) => void;
  readonly reportConnection: (event: ConnectionEvent) => void;
  /** Where a stream's start and end are logged (debug), with its name. Default: nowhere. */
  readonly logger?: Logger;
}

/**
 * Multiplexes every market stream of a client over as few sockets as Binance allows.
 *
 * Always the combined endpoint, so every frame names its stream. Each frame is parsed once, routed by its `stream`
 * field through a `Map` to its {@link Route}, and decoded once with the codec its name selected. Streams are shared
 * and refcounted: the first subscriber of a name causes one SUBSCRIBE, the last one leaving one UNSUBSCRIBE. Names
 * are spread over shards of at most `maxStreamsPerConnection`; each {@link Shard} owns the connection policy of its
 * sockets. Subscribers only ever see values; connection events go to `reportConnection`, bad frames and refusals to
 * `reportError`.
 */
export class StreamMux {
  private readonly routes = new Map<string, Route>();
  private readonly shards: Shard[] = [];
  private readonly shardContext: ShardContext;
  private nextSocketId = 1;
  private closed = false;

  constructor(private readonly options: StreamMuxOptions) {
    this.shardContext = {
      config: options.config,
      scheduler: options.scheduler,
      connectionAttempts: options.connectionAttempts,
      report: options.reportConnection,
      openSocket: () => {
        throw new Error('replaced per shard');
      },
      onGiveUp: (shard, error) => {
        this.failShard(shard, error);
      },
    };
  }

  /** The decoded stream `spec`: a shared Observable of models that never errors unless the stream cannot be served. */
  stream<R, T>(spec: StreamSpec, decoder: StreamDecoder<R, T>): Observable<T> {
    return this.attach(spec, (route) => route.typedOutlet(decoder)) as Observable<T>;
  }

  /** The undecoded `data` of every frame of `spec` (the escape hatch). */
  rawStream(spec: StreamSpec): Observable<unknown> {
    return this.attach(spec, (route) => route.rawOutlet());
  }

  /** Names of the streams that currently have subscribers. */
  activeStreams(): string[] {
    return [...this.routes.keys()];
  }

  /** What health reports read: every connection and every stream, as counters and states (no timing per frame). */
  snapshot(): MuxSnapshot {
    const connections = this.shards.map((shard) => ({
      connection: shard.id,
      state: connectionState(shard),
      streams: shard.size,
      reconnects: shard.reconnects,
      circuit: shard.circuit,
      activity: shard.primary?.activity,
    }));
    const streams = [...this.routes.values()].map((route) => ({
      name: route.name,
      kind: route.kind,
      frames: route.frames,
      connectionOpen: route.shard?.primary !== undefined,
    }));
    return { connections, streams };
  }

  /** Number of shards that currently have a socket. */
  get openConnections(): number {
    return this.shards.filter((shard) => shard.primary !== undefined).length;
  }

  /**
   * Completes every stream of `symbol` (upper-case) for all its subscribers; each is then unsubscribed from
   * Binance. Returns how many streams ended.
   */
  unsubscribeSymbol(symbol: string): number {
    const ended = [...this.routes.values()].filter((route) => route.symbol === symbol);
    for (const route of ended) route.complete();
    return ended.length;
  }

  /** Completes every stream and closes every socket and timer. Later subscriptions error. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const route of [...this.routes.values()]) route.complete();
    this.routes.clear();
    for (const shard of this.shards) shard.dispose('client closed');
  }

  private attach(spec: StreamSpec, pick: (route: Route) => Fanout<unknown>): Observable<unknown> {
    return new Observable<unknown>((subscriber) => {
      if (this.closed) {
        subscriber.error(clientClosed(`subscribe to ${spec.name}`, { stream: spec.name }));
        return;
      }
      let route = this.routes.get(spec.name);
      if (route === undefined) {
        route = new Route(spec.name, spec.symbol, spec.kind, (failed, error) => {
          this.options.reportError(fromDecodeError(error, { stream: failed.name, ...symbolOf(failed) }));
        });
        this.routes.set(spec.name, route);
        this.assign(route);
        this.options.logger?.debug({ stream: spec.name, shard: route.shard?.id }, 'stream started');
      }
      const attached = route;
      attached.refCount++;
      const inner = pick(attached).subscribe(subscriber);
      return () => {
        inner.unsubscribe();
        if (--attached.refCount === 0) this.release(attached);
        else attached.prune();
      };
    });
  }

  private assign(route: Route): void {
    const max = this.options.config.maxStreamsPerConnection;
    let shard = this.shards.find((candidate) => candidate.size < max);
    if (shard === undefined) {
      shard = this.createShard(this.shards.length + 1);
      this.shards.push(shard);
    }
    shard.add(route);
  }

  private release(route: Route): void {
    if (this.routes.get(route.name) === route) this.routes.delete(route.name);
    this.options.logger?.debug({ stream: route.name, shard: route.shard?.id }, 'stream ended');
    route.shard?.remove(route);
  }

  private createShard(id: number): Shard {
    let shard: Shard | undefined = undefined;
    const context: ShardContext = {
      ...this.shardContext,
      openSocket: (hooks) => this.openSocket(shard as Shard, hooks),
    };
    shard = new Shard(id, context);
    return shard;
  }

  private openSocket(shard: Shard, hooks: Pick<MarketSocketHooks, 'onOpen' | 'onClose'>): MarketSocket {
    const { options } = this;
    return new MarketSocket({
      id: this.nextSocketId++,
      url: `${options.wsUrl}/stream`,
      factory: options.factory,
      scheduler: options.scheduler,
      config: options.config,
      hooks: {
        ...hooks,
        onFrame: (text, socket) => {
          this.dispatch(text, socket, shard);
        },
        onRefused: (_socket, method, names, code, msg) => {
          this.onRefused(method, names, code, msg);
        },
      },
    });
  }

  /** The hot path: one parse, one lookup, one decode. */
  private dispatch(text: string, socket: MarketSocket, shard: Shard): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      this.reportUnreadable(text, 'the frame is not valid JSON');
      return;
    }
    if (typeof message !== 'object' || message === null) {
      this.reportUnreadable(text, 'the frame is not a JSON object');
      return;
    }
    const envelope = message as { readonly stream?: unknown; readonly data?: unknown };
    const name = envelope.stream;
    if (typeof name === 'string') {
      const route = this.routes.get(name);
      // A stream re-created on another shard may still arrive here until its UNSUBSCRIBE lands: ignore it.
      if (route?.shard !== shard) {
        if (name === '!serverShutdown') shard.rotate('serverShutdown');
        return;
      }
      if (route.handoff !== undefined) route.handoff.receive(route, envelope.data, text, socket);
      else if (socket.role === 'primary') route.emit(envelope.data, text);
      return;
    }
    const record = message as Readonly<Record<string, unknown>>;
    if (socket.receiveControl(record)) return;
    if (record['e'] === 'serverShutdown') {
      shard.rotate('serverShutdown');
      return;
    }
    const error = (
      typeof record['error'] === 'object' && record['error'] !== null ? record['error'] : record
    ) as Readonly<Record<string, unknown>>;
    if (typeof error['msg'] === 'string') {
      // A control error without an id cannot be matched to a request (PROTOCOL §1.3): report it as it is.
      this.options.reportError(
        fromStreamControlError(typeof error['code'] === 'number' ? error['code'] : -1, error['msg'], {}),
      );
      return;
    }
    this.reportUnreadable(text, 'the frame is neither a stream payload nor a control reply');
  }

  private onRefused(method: string, names: readonly string[], code: number | undefined, msg: string): void {
    for (const name of names) {
      const error = fromStreamControlError(code ?? -1, `${method} ${name} refused: ${msg}`, {
        stream: name,
        operation: method,
      });
      this.options.reportError(error);
      // A stream the server will not carry would otherwise go silent for ever: end it with the reason.
      if (method === 'SUBSCRIBE') this.routes.get(name)?.error(error);
    }
  }

  private failShard(shard: Shard, error: ExchangeError): void {
    this.options.reportError(error);
    for (const route of [...this.routes.values()]) if (route.shard === shard) route.error(error);
  }

  private reportUnreadable(text: string, reason: string): void {
    this.options.reportError(unreadableFrame(reason, text));
  }
}

/** One connection of the multiplexer, as health sees it. */
export interface ConnectionSnapshot {
  readonly connection: number;
  readonly state: 'open' | 'connecting' | 'reconnecting' | 'idle' | 'failed';
  readonly streams: number;
  readonly reconnects: number;
  readonly circuit: string;
  /** Frames, pings and replies received by its current socket; undefined without one. */
  readonly activity: number | undefined;
}

/** One stream, as health sees it. */
export interface StreamSnapshot {
  readonly name: string;
  readonly kind: StreamKind;
  readonly frames: number;
  readonly connectionOpen: boolean;
}

/** Everything {@link StreamMux.snapshot} reports. */
export interface MuxSnapshot {
  readonly connections: readonly ConnectionSnapshot[];
  readonly streams: readonly StreamSnapshot[];
}

function connectionState(shard: Shard): ConnectionSnapshot['state'] {
  if (shard.failed) return 'failed';
  if (shard.primary !== undefined) return 'open';
  if (!shard.active) return 'idle';
  return shard.reconnects > 0 ? 'reconnecting' : 'connecting';
}

function symbolOf(route: Route): { symbol?: string } {
  return route.symbol === undefined ? {} : { symbol: route.symbol };
}
