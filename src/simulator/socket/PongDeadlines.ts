/**
 * The pings of one connection still waiting for their pong, each with its deadline (Binance: a pong within 1 minute,
 * carrying a copy of the ping's payload). A pong whose payload matches no ping, like the unsolicited pongs Binance
 * allows, keeps nothing alive; a pong for a ping also settles the pings sent before it.
 */
export class PongDeadlines {
  private readonly pending = new Map<Buffer, NodeJS.Timeout>();

  /**
   * @param timeoutMs how long a ping may stay unanswered.
   * @param onTimeout called when one does.
   */
  constructor(
    private readonly timeoutMs: number,
    private readonly onTimeout: () => void,
  ) {}

  /** Starts the deadline of a ping just sent with `payload`. */
  sent(payload: Buffer): void {
    const timer = setTimeout(() => {
      this.pending.delete(payload);
      this.onTimeout();
    }, this.timeoutMs);
    this.pending.set(payload, timer);
  }

  /** Settles the ping `payload` answers, and every earlier one; ignores a pong that answers none. */
  answered(payload: Buffer): void {
    let match: Buffer | undefined;
    for (const ping of this.pending.keys()) if (ping.equals(payload)) match = ping;
    if (match === undefined) return;
    // Map iteration follows insertion order: the pings before the match are older.
    for (const [ping, timer] of this.pending) {
      clearTimeout(timer);
      this.pending.delete(ping);
      if (ping === match) return;
    }
  }

  /** Forgets every ping and its deadline. */
  clear(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
