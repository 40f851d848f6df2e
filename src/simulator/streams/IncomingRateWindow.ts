/**
 * Counts a connection's incoming messages over a sliding 1-second window, as Binance's per-connection limit does
 * (PROTOCOL §1.2): the window ending at a message holds every message received less than 1000 ms before it.
 */
export class IncomingRateWindow {
  private readonly times: number[] = [];
  private peakCount = 0;

  /** Most messages seen in any 1-second window so far. */
  get peak(): number {
    return this.peakCount;
  }

  /** Records a message received at `at` (ms) and returns how many the window ending at `at` holds. */
  record(at: number): number {
    this.times.push(at);
    // The connection is closed as soon as the window holds more than the limit, so this array stays tiny.
    while (this.times.length > 0 && (this.times[0] as number) <= at - 1000) this.times.shift();
    this.peakCount = Math.max(this.peakCount, this.times.length);
    return this.times.length;
  }
}
