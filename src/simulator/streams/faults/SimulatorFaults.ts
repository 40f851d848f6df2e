import type { WsApiServer } from '../../wsapi/WsApiServer.js';
import type { StreamConnection } from '../StreamConnection.js';
import type { StreamServer } from '../StreamServer.js';
import { HighRateFrames } from './HighRateFrames.js';
import { HighRatePump } from './HighRatePump.js';
import { syntheticPayload } from './syntheticPayload.js';

/** What {@link SimulatorFaults.malformedFrame} sends. */
export interface MalformedFrameOptions {
  /** Only connections subscribed to this stream receive it; absent: every open connection (for its first stream). */
  readonly stream?: string;
  /**
   * `'bad-payload'`: valid JSON whose data fails validation on one field (e.g. a trade with `"p":"not-a-number"`).
   * `'invalid-json'`: the first half of a frame's text.
   */
  readonly kind: 'bad-payload' | 'invalid-json';
}

/** The benchmark mode of {@link SimulatorFaults.highRate}. */
export interface HighRateOptions {
  /** The stream to flood: `<symbol>@trade`, `@aggTrade`, `@bookTicker`, `@depth[@100ms]`, `@depth<N>[@100ms]`. */
  readonly stream: string;
  /** Frames per second per connection, or `'max'`: as fast as each socket drains. */
  readonly rate: number | 'max';
  /** Bids and asks in each `@depth` diff event (default 10). */
  readonly levels?: number;
}

/** A running benchmark flood. */
export interface HighRateRun {
  readonly stream: string;
  /** Frames written so far, over every connection. */
  framesSent(): number;
}

/** What {@link SimulatorFaults.skipFrames} withholds. */
export interface SkipFramesOptions {
  /** A stream name, e.g. `btcusdt@depth@100ms`. */
  readonly stream: string;
  /** How many of its next frames no connection receives (a positive integer). */
  readonly count: number;
}

/** What the faults act on. */
export interface SimulatorFaultsInit {
  readonly server: StreamServer;
  readonly now: () => number;
  /** How long after the `serverShutdown` event the connections are closed. */
  readonly serverShutdownGraceMs: number;
  /** The WebSocket API, when the simulator serves one. */
  readonly wsApi?: WsApiServer;
}

/** Used when a fault needs a stream name and the connection holds none. */
const FALLBACK_STREAM = 'btcusdt@trade';

/**
 * Failures the simulator can inject into its market streams and its WebSocket API (`sim.faults`), each shaped like a
 * real one, so tests can prove a client recovers with nothing lost or duplicated; plus the benchmark's high-rate mode.
 *
 * @example
 * ```ts
 * sim.faults.dropConnections();          // every socket reset, no close frame
 * sim.faults.malformedFrame({ stream: 'btcusdt@trade', kind: 'bad-payload' });
 * sim.faults.skipFrames({ stream: 'btcusdt@depth@100ms', count: 1 }); // a gap in U/u
 * sim.faults.dropWsApiConnections();     // the client must reconnect and subscribe to its user data again
 * ```
 */
export class SimulatorFaults {
  private readonly stalled = new Set<StreamConnection>();
  private readonly shutdownTimers = new Set<NodeJS.Timeout>();
  private flood:
    { readonly stopWatching: () => void; readonly run: HighRateRun; readonly pumps: HighRatePump[] } | undefined;

  /** @internal The simulator creates its faults; users reach them as `sim.faults`. */
  constructor(private readonly init: SimulatorFaultsInit) {}

  /** Destroys every market-stream socket at TCP level (no close frame), like a network failure. Returns how many. */
  dropConnections(): number {
    const open = this.init.server.openConnections();
    for (const connection of open) connection.destroy();
    return open.length;
  }

  /**
   * Freezes the connections open now: they receive nothing (data, pings, pongs, control answers) and what they send
   * is ignored, but they stay open. Connections opened later are unaffected. Returns how many were stalled.
   */
  stall(): number {
    const open = this.init.server.openConnections();
    for (const connection of open) {
      connection.stall();
      this.stalled.add(connection);
    }
    return open.length;
  }

  /** Ends {@link stall}: stalled connections that are still open receive again. */
  resume(): void {
    for (const connection of this.stalled) connection.resume();
    this.stalled.clear();
  }

  /**
   * Withholds the next `count` frames of a market stream from every connection, e.g. one `btcusdt@depth@100ms` diff:
   * the clients see a gap in `U`/`u` and must resynchronize their books.
   *
   * @throws TypeError for a malformed stream name or a count that is not a positive integer.
   */
  skipFrames(options: SkipFramesOptions): void {
    const { stream, count } = options;
    if (!this.init.server.isStreamName(stream)) throw new TypeError(`not a stream name: ${JSON.stringify(stream)}`);
    if (!(Number.isInteger(count) && count > 0)) throw new TypeError(`invalid count ${count}`);
    this.init.server.skipFrames(stream, count);
  }

  /** Destroys every WebSocket API socket at TCP level (no close frame). Returns how many (0 without the API). */
  dropWsApiConnections(): number {
    return this.init.wsApi?.dropConnections() ?? 0;
  }

  /**
   * Freezes the WebSocket API connections open now: no response, event, ping or pong goes out and requests are not
   * heard, but they stay open. Returns how many.
   */
  stallWsApi(): number {
    return this.init.wsApi?.stall() ?? 0;
  }

  /** Ends {@link stallWsApi}. */
  resumeWsApi(): void {
    this.init.wsApi?.resume();
  }

  /**
   * Sends `{"event":{"e":"serverShutdown","E":…}}` to every WebSocket API connection, then closes each with 1001 after
   * the grace period. Returns how many were told.
   */
  wsApiServerShutdown(): number {
    return this.init.wsApi?.serverShutdown(this.init.serverShutdownGraceMs) ?? 0;
  }

  /** Sends one bad frame to the connections subscribed to `stream` (or to all). Returns how many received it. */
  malformedFrame(options: MalformedFrameOptions): number {
    const targets = this.init.server
      .openConnections()
      .filter((connection) => options.stream === undefined || connection.holds(options.stream));
    for (const connection of targets) {
      const stream = options.stream ?? connection.streams()[0] ?? FALLBACK_STREAM;
      const data = JSON.stringify(syntheticPayload(stream, this.init.now(), true));
      const text = connection.combined ? `{"stream":${JSON.stringify(stream)},"data":${data}}` : data;
      connection.send(options.kind === 'bad-payload' ? text : text.slice(0, Math.floor(text.length / 2)));
    }
    return targets.length;
  }

  /**
   * Sends the `serverShutdown` event to every open connection (`{"e":"serverShutdown","E":…}`, or wrapped as
   * `{"stream":"!serverShutdown","data":…}` on combined connections), then closes each with 1001 after the grace
   * period. Returns how many were told.
   */
  serverShutdown(): number {
    const open = this.init.server.openConnections();
    const event = `{"e":"serverShutdown","E":${this.init.now()}}`;
    for (const connection of open) {
      connection.send(connection.combined ? `{"stream":"!serverShutdown","data":${event}}` : event);
    }
    const timer = setTimeout(() => {
      this.shutdownTimers.delete(timer);
      for (const connection of open) connection.close(1001, 'Server shutdown');
    }, this.init.serverShutdownGraceMs);
    this.shutdownTimers.add(timer);
    return open.length;
  }

  /**
   * Benchmark mode: every connection subscribed to `stream`, now or while the run lasts, receives valid synthetic
   * frames of it as fast as possible or at `rate` per second (see `HighRatePump`), instead of its normal
   * market data. One run at a time: starting another stops the previous one.
   *
   * @throws TypeError when `stream` is not of a kind the mode can generate, or `rate` is not positive.
   */
  highRate(options: HighRateOptions): HighRateRun {
    if (options.rate !== 'max' && !(options.rate > 0)) throw new TypeError(`Invalid rate: ${options.rate}`);
    // Throws for an unsupported stream before anything is stopped or started.
    new HighRateFrames(options.stream, options.levels);
    this.stopHighRate();
    const pumps: HighRatePump[] = [];
    const running = new Map<StreamConnection, HighRatePump>();
    const start = (connection: StreamConnection): void => {
      if (running.get(connection)?.running === true) return;
      const frames = new HighRateFrames(options.stream, options.levels);
      const pump = new HighRatePump(connection, options.stream, frames, options.rate, this.init.now);
      running.set(connection, pump);
      pumps.push(pump);
    };
    for (const connection of this.init.server.openConnections())
      if (connection.holds(options.stream)) start(connection);
    const stopWatching = this.init.server.onSubscribe((connection, stream) => {
      if (stream === options.stream) start(connection);
    });
    const run: HighRateRun = {
      stream: options.stream,
      framesSent: () => pumps.reduce((sum, pump) => sum + pump.framesSent, 0),
    };
    this.flood = { stopWatching, run, pumps };
    return run;
  }

  /** Ends the benchmark mode; the connections' market data flows again. Returns the frames sent by the run. */
  stopHighRate(): number {
    const flood = this.flood;
    if (flood === undefined) return 0;
    this.flood = undefined;
    flood.stopWatching();
    for (const pump of flood.pumps) pump.stop();
    return flood.run.framesSent();
  }

  /** Releases every timer (the simulator's `close()` calls it). */
  close(): void {
    this.stopHighRate();
    for (const timer of this.shutdownTimers) clearTimeout(timer);
    this.shutdownTimers.clear();
    this.stalled.clear();
  }
}
