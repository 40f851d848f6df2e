import { defer, map, type Observable, of, type SchedulerLike, share, switchMap, tap } from 'rxjs';
import { RawExchangeInfo } from '../codecs/RawExchangeInfo.js';
import { unknownSymbol } from '../errors/clientErrors.js';
import { type ExchangeInfo, toExchangeInfo } from '../models/ExchangeInfo.js';
import type { SymbolInfo } from '../models/SymbolInfo.js';
import type { RequestLimits } from '../rest/RequestLimits.js';
import type { RestClient } from '../rest/RestClient.js';
import { ENDPOINTS } from '../rest/RestEndpoint.js';

/**
 * The exchange's rules (`GET /api/v3/exchangeInfo`, weight 20), fetched once per client and shared by every
 * session: symbols and their filters for client-side order validation, and the rate limits the client's buckets
 * adopt. Refreshed after `ttlMs`, or once when a symbol is not found (new listings).
 */
export class ExchangeInfoCache {
  private current: { readonly info: ExchangeInfo; readonly at: number } | undefined;
  private readonly fetch$: Observable<ExchangeInfo>;

  constructor(
    rest: RestClient,
    private readonly limits: RequestLimits,
    private readonly scheduler: SchedulerLike,
    private readonly ttlMs = 3_600_000,
  ) {
    this.fetch$ = rest
      .call({ endpoint: ENDPOINTS.exchangeInfo, codec: RawExchangeInfo, operation: 'exchangeInfo' })
      .pipe(
        map(toExchangeInfo),
        tap((info) => {
          this.current = { info, at: scheduler.now() };
          this.limits.configure(info.rateLimits);
        }),
        // One request in flight for every caller; the next caller after it ends may start another.
        share({ resetOnComplete: true, resetOnError: true, resetOnRefCountZero: true }),
      );
  }

  /** The exchange information, from the cache while it is fresh. */
  info(): Observable<ExchangeInfo> {
    return defer(() => {
      const fresh = this.fresh();
      return fresh !== undefined ? [fresh] : this.fetch$;
    });
  }

  /** The rules of one symbol (upper-case) from the cache, when it is fresh and lists the symbol; else undefined. */
  cachedSymbol(symbol: string): SymbolInfo | undefined {
    return this.fresh()?.symbols.get(symbol);
  }

  /** The cached exchange information while it is younger than the TTL. */
  private fresh(): ExchangeInfo | undefined {
    const current = this.current;
    return current !== undefined && this.scheduler.now() - current.at < this.ttlMs ? current.info : undefined;
  }

  /** The rules of one symbol (upper-case); a symbol the exchange does not list errors with -1121. */
  symbol(symbol: string): Observable<SymbolInfo> {
    const lookup = (info: ExchangeInfo): SymbolInfo | undefined => info.symbols.get(symbol);
    return this.info().pipe(
      switchMap((info) => {
        const found = lookup(info);
        if (found !== undefined) return of(found);
        // Perhaps listed since the last fetch: fetch again, unless the cache is less than a minute old.
        const at = this.current?.at;
        return at === undefined || this.scheduler.now() - at >= 60_000 ? this.fetch$.pipe(map(lookup)) : of(undefined);
      }),
      map((found) => {
        if (found === undefined) throw unknownSymbol(symbol);
        return found;
      }),
    );
  }
}
