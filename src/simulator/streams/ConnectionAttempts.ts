const FIVE_MINUTES_MS = 5 * 60_000;

/**
 * Counts WebSocket upgrade requests and applies Binance's limit of connection attempts per 5 minutes per IP
 * (PROTOCOL §1.2). Every client of the simulator comes from 127.0.0.1, so they all share one budget; the market
 * streams and the WebSocket API share it too.
 */
export class ConnectionAttempts {
  private readonly recent: number[] = [];
  private total = 0;

  /** @param limit most attempts in any 5 minutes (Binance: 300). */
  constructor(private readonly limit: number) {}

  /** Every attempt recorded so far, refused ones included. */
  get count(): number {
    return this.total;
  }

  /** Records an attempt at `at` (ms); false when it exceeds the limit and must be refused with 429. */
  record(at: number): boolean {
    this.total++;
    this.recent.push(at);
    while ((this.recent[0] as number) <= at - FIVE_MINUTES_MS) this.recent.shift();
    return this.recent.length <= this.limit;
  }
}
