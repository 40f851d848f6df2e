import { performance } from 'node:perf_hooks';
import type { StreamConnection } from '../StreamConnection.js';
import type { HighRateFrames } from './HighRateFrames.js';

/** Frames per write in `'max'` mode: large enough to amortize the write, small enough to honour backpressure. */
const MAX_BATCH = 256;
/** The paced mode's timer period. */
const TICK_MS = 10;

/**
 * Floods one connection with a stream's frames for the benchmark: as fast as the socket drains (`'max'`) or paced
 * at `rate` frames per second, in batches every {@link TICK_MS}.
 *
 * It writes pre-encoded frames straight to the TCP socket, bypassing `ws`'s sender on purpose: the benchmark measures
 * the client, so framing each message through `ws` must not be what limits the rate. Interleaving is safe because
 * every write is a whole number of frames and `ws` (without compression) also writes whole frames synchronously.
 * The connection's market data is paused meanwhile, so no real payload lands between synthetic ones; its control
 * answers and pings still go out.
 */
export class HighRatePump {
  private stopped = false;
  private waitingForDrain = false;
  private sent = 0;
  /** Frames sent or deliberately skipped (stalls, a backlog beyond a second): what pacing compares with. */
  private accounted = 0;
  private readonly startedAt = performance.now();
  private interval: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;
  private immediate: NodeJS.Immediate | undefined;
  private readonly onDrain = (): void => {
    this.waitingForDrain = false;
    this.pump();
  };

  constructor(
    private readonly connection: StreamConnection,
    private readonly stream: string,
    private readonly frames: HighRateFrames,
    private readonly rate: number | 'max',
    private readonly now: () => number,
  ) {
    connection.pauseData(true);
    if (rate === 'max') {
      this.pump();
    } else {
      this.interval = setInterval(() => {
        this.pump();
      }, TICK_MS);
    }
  }

  /** Frames written to this connection so far. */
  get framesSent(): number {
    return this.sent;
  }

  /** Whether the pump still runs (it stops by itself when the connection closes or unsubscribes). */
  get running(): boolean {
    return !this.stopped;
  }

  /** Stops writing and lets the connection's own market data flow again. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.interval);
    clearTimeout(this.retry);
    if (this.immediate !== undefined) clearImmediate(this.immediate);
    this.connection.socket.off('drain', this.onDrain);
    this.connection.pauseData(false);
  }

  /** Frames a paced run should have sent by now. */
  private expected(rate: number): number {
    return Math.floor(((performance.now() - this.startedAt) * rate) / 1000);
  }

  private pump(): void {
    this.immediate = undefined;
    if (this.stopped || this.waitingForDrain) return;
    const { connection } = this;
    const { socket } = connection;
    if (connection.isClosing || !connection.holds(this.stream) || socket.destroyed || !socket.writable) {
      this.stop();
      return;
    }
    const rate = this.rate;
    if (connection.isStalled) {
      // A stalled connection receives nothing, and a paced run does not make up for the stall with a burst later.
      if (rate === 'max') {
        this.retry = setTimeout(() => {
          this.pump();
        }, TICK_MS);
      } else {
        this.accounted = this.expected(rate);
      }
      return;
    }
    let due = rate === 'max' ? MAX_BATCH : this.expected(rate) - this.accounted;
    if (rate !== 'max' && due > rate) {
      // More than a second behind (a long wait for 'drain'): drop the backlog rather than burst.
      this.accounted += due - rate;
      due = rate;
    }
    while (due > 0) {
      const count = Math.min(due, MAX_BATCH);
      const flushed = socket.write(this.frames.next(count, this.now(), connection.combined));
      this.sent += count;
      this.accounted += count;
      due -= count;
      if (!flushed) {
        this.waitingForDrain = true;
        socket.once('drain', this.onDrain);
        return;
      }
    }
    // Yield to the event loop between batches, so the server still reads pongs and control messages meanwhile.
    if (this.rate === 'max') {
      this.immediate = setImmediate(() => {
        this.pump();
      });
    }
  }
}
