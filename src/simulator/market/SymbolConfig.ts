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
}
