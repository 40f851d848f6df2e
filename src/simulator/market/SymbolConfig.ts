/** A symbol's trading status, as `exchangeInfo` reports it (PROTOCOL §3.10). */
export type SymbolStatus = 'TRADING' | 'END_OF_DAY' | 'HALT' | 'BREAK' | 'CANCEL_ONLY';

/** How the simulator trades one symbol. Decimal values are strings, as on Binance. */
export interface SymbolConfig {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  readonly baseAsset: string;
  readonly quoteAsset: string;
  /** The synthetic market's starting mid price. */
  readonly initialPrice: string;
  /** PRICE_FILTER tickSize. */
  readonly tickSize: string;
  /** LOT_SIZE stepSize. */
  readonly stepSize: string;
  /** LOT_SIZE minQty (default: stepSize). */
  readonly minQty?: string;
  /** NOTIONAL minNotional (default "5"). */
  readonly minNotional?: string;
  /** Trading status (default `TRADING`). */
  readonly status?: SymbolStatus;
  /** PRICE_FILTER minPrice (default: tickSize). */
  readonly minPrice?: string;
  /** PRICE_FILTER maxPrice (default: a power of ten about a hundred times the initial price). */
  readonly maxPrice?: string;
  /** LOT_SIZE maxQty (default: 9·10^k, about 10^8 quote units' worth at the initial price). */
  readonly maxQty?: string;
  /** NOTIONAL maxNotional (default "9000000"). */
  readonly maxNotional?: string;
  /** MAX_NUM_ORDERS: open orders an account may have on the symbol (default 200). */
  readonly maxNumOrders?: number;
  /** MAX_NUM_ALGO_ORDERS: open STOP_LOSS* / TAKE_PROFIT* orders an account may have on the symbol (default 5). */
  readonly maxNumAlgoOrders?: number;
  /**
   * How busy the synthetic takers are, relative to the default (1 ≈ 3.5 taker orders per second); 0 means no
   * synthetic trades at all (makers still quote), e.g. for a quiet symbol in a test.
   */
  readonly activity?: number;
}
