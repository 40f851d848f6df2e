/** The kinds of market stream the library decodes (PROTOCOL §1.5), plus `raw` for `market.stream(name)`. */
export type StreamKind =
  | 'trade'
  | 'aggTrade'
  | 'blockTrade'
  | 'kline'
  | 'miniTicker'
  | 'allMiniTickers'
  | 'ticker'
  | 'windowTicker'
  | 'allWindowTickers'
  | 'bookTicker'
  | 'avgPrice'
  | 'partialDepth'
  | 'diffDepth'
  | 'referencePrice'
  | 'raw';

/** One market stream: its exact Binance name, what it carries, and for which symbol. */
export interface StreamSpec {
  /** The name sent in SUBSCRIBE and found in every frame's `stream` field, e.g. `btcusdt@trade`. */
  readonly name: string;
  readonly kind: StreamKind;
  /** Upper-case symbol; undefined for all-market streams (`!miniTicker@arr`) and raw streams without one. */
  readonly symbol: string | undefined;
}
