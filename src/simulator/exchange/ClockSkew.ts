/**
 * The simulator's one clock: a base clock plus an adjustable offset, so that a test can make the server's time run
 * ahead of or behind the client's (timestamps, `recvWindow` checks, `/api/v3/time`, event times).
 */
export class ClockSkew {
  private offset = 0;

  /** @param base - the clock being skewed (default `Date.now`). */
  constructor(private readonly base: () => number = Date.now) {}

  /** The skewed time (epoch ms). A bound function: pass it around as a clock. */
  readonly now = (): number => this.base() + this.offset;

  /** The current offset in ms (positive: the server runs ahead). */
  get offsetMs(): number {
    return this.offset;
  }

  /** Sets the offset (not cumulative; 0 restores the base clock). */
  set(offsetMs: number): void {
    if (!Number.isFinite(offsetMs)) throw new TypeError(`invalid clock offset ${offsetMs}`);
    this.offset = Math.trunc(offsetMs);
  }
}
