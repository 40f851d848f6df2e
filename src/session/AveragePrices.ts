import { BigNumber } from 'bignumber.js';
import { defer, map, type Observable, of, type SchedulerLike, share, tap } from 'rxjs';
import { RawAveragePrice } from '../codecs/RawAveragePrice.js';
import type { RestClient } from '../rest/RestClient.js';
import { ENDPOINTS } from '../rest/RestEndpoint.js';

/**
 * Average prices (`GET /api/v3/avgPrice`, weight 2) for the filters that need one (PERCENT_PRICE_BY_SIDE, and
 * NOTIONAL for MARKET orders), cached for `maxAgeMs` per symbol and shared by every session of the client.
 */
export class AveragePrices {
  private readonly cache = new Map<string, { readonly price: BigNumber; readonly at: number }>();
  private readonly inFlight = new Map<string, Observable<BigNumber>>();

  constructor(
    private readonly rest: RestClient,
    private readonly scheduler: SchedulerLike,
    private readonly maxAgeMs = 10_000,
  ) {}

  /** The cached average price of `symbol` (upper-case) when it is at most `maxAgeMs` old; else undefined. */
  cached(symbol: string): BigNumber | undefined {
    const cached = this.cache.get(symbol);
    return cached !== undefined && this.scheduler.now() - cached.at < this.maxAgeMs ? cached.price : undefined;
  }

  /** The average price of `symbol` (upper-case), at most `maxAgeMs` old. */
  of(symbol: string): Observable<BigNumber> {
    return defer(() => {
      const cached = this.cached(symbol);
      if (cached !== undefined) return of(cached);
      let request = this.inFlight.get(symbol);
      if (request === undefined) {
        request = this.rest
          .call({
            endpoint: ENDPOINTS.avgPrice,
            params: [['symbol', symbol]],
            codec: RawAveragePrice,
            operation: 'avgPrice',
            context: { symbol },
          })
          .pipe(
            map((raw) => new BigNumber(raw.price)),
            tap({
              next: (price) => this.cache.set(symbol, { price, at: this.scheduler.now() }),
              finalize: () => this.inFlight.delete(symbol),
            }),
            share(),
          );
        this.inFlight.set(symbol, request);
      }
      return request;
    });
  }
}
