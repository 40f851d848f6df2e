import { defer, type Observable, of, tap } from 'rxjs';

/**
 * What one account knows of its open orders per symbol, for the MAX_NUM_ORDERS filter: an upper bound kept from the
 * server's last answer plus the orders this session placed since (fills and cancels by others only lower the real
 * count). While the bound leaves room, no request is needed; when it does not, the exact count is fetched, so that an
 * order is refused only on the server's own numbers.
 */
export class OpenOrderCounts {
  private readonly bounds = new Map<string, number>();

  /** @param fetchCount - the exact number of open orders of a symbol (`GET /api/v3/openOrders`, weight 6). */
  constructor(private readonly fetchCount: (symbol: string) => Observable<number>) {}

  /**
   * The count to check a new order against `max`: undefined when the bound proves there is room (no check needed),
   * else the exact count from the server. Cold: the bound is read when subscribed.
   */
  forCheck(symbol: string, max: number): Observable<number | undefined> {
    // Decided on subscription, not when built: orders placed in between change the bound.
    return defer(() => {
      if (this.hasRoom(symbol, max)) return of(undefined);
      return this.fetchCount(symbol).pipe(tap((exact) => this.bounds.set(symbol, exact)));
    });
  }

  /** True when the bound alone proves that one more order stays within `max` (no request needed). */
  hasRoom(symbol: string, max: number): boolean {
    const bound = this.bounds.get(symbol);
    return bound !== undefined && bound + 1 <= max;
  }

  /** An order of this account was accepted and is resting. */
  opened(symbol: string): void {
    const bound = this.bounds.get(symbol);
    if (bound !== undefined) this.bounds.set(symbol, bound + 1);
  }

  /** `count` orders of this account were cancelled. */
  closed(symbol: string, count = 1): void {
    const bound = this.bounds.get(symbol);
    if (bound !== undefined) this.bounds.set(symbol, Math.max(0, bound - count));
  }

  /** The server's exact count, from any open-orders answer. */
  set(symbol: string, exact: number): void {
    this.bounds.set(symbol, exact);
  }
}
