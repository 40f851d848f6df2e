/** One trade of the synthetic market (one fill of a taker order against one maker order). */
export interface TradeRecord {
  /** Consecutive per symbol. */
  readonly id: number;
  /** Price atoms. */
  readonly price: bigint;
  /** Quantity atoms. */
  readonly quantity: bigint;
  /** price × quantity, in notional atoms. */
  readonly quoteQuantity: bigint;
  /** Epoch ms. */
  readonly time: number;
  /** True when the buyer's order was resting (the taker sold). */
  readonly buyerIsMaker: boolean;
  readonly buyerOrderId: number;
  readonly sellerOrderId: number;
}

/** The fills of one taker order at one price, as `aggTrade` reports them. */
export interface AggTradeRecord {
  /** Consecutive per symbol. */
  readonly id: number;
  readonly price: bigint;
  readonly quantity: bigint;
  readonly firstTradeId: number;
  readonly lastTradeId: number;
  readonly time: number;
  readonly buyerIsMaker: boolean;
}
