import type { ExpiryReason, OrderSide, OrderStatus, OrderType, StpMode, TimeInForce } from './orderEnums.js';

/**
 * A user order and everything the exchange knows about it. Prices and quantities are the symbol's atoms (see
 * `SymbolRules`); quote amounts (`origQuoteOrderQty`, `cumQuote`) and the lock are atoms of their asset. Mutable:
 * the exchange updates it as the order works, and every response or event is written from it.
 */
export interface OrderRecord {
  readonly account: string;
  readonly symbol: string;
  readonly orderId: number;
  readonly clientOrderId: string;
  readonly side: OrderSide;
  readonly type: OrderType;
  /** GTC for types without a time in force, as Binance reports them. */
  readonly timeInForce: TimeInForce;
  /** 0 for MARKET, STOP_LOSS and TAKE_PROFIT. */
  readonly price: bigint;
  /** For a MARKET order by `quoteOrderQty`: 0 until it executed, then its executed quantity. */
  origQty: bigint;
  /** 0 unless a MARKET order by `quoteOrderQty`. */
  readonly origQuoteOrderQty: bigint;
  /** 0 unless a stop type. */
  readonly stopPrice: bigint;
  /** 0 unless an iceberg. */
  readonly icebergQty: bigint;
  readonly stpMode: StpMode;
  readonly strategyId: number | undefined;
  readonly strategyType: number | undefined;
  /** Creation time (epoch ms). */
  readonly time: number;
  updateTime: number;
  /** When the order started working (on the book or executing); -1 for a stop order not triggered yet. */
  workingTime: number;
  status: OrderStatus;
  executedQty: bigint;
  /** Sum of the fills' quote quantities, in quote-asset atoms. */
  cumQuote: bigint;
  /** Quantity expired by self-trade prevention (`preventedQuantity`). */
  preventedQty: bigint;
  /** The last prevented match that involved the order. */
  preventedMatchId: number | undefined;
  expiryReason: ExpiryReason;
  /** The asset this order keeps locked and how much of it is still locked. */
  readonly lockAsset: string;
  locked: bigint;
  /** Whether its first fill already gave back its unfilled-order count. */
  counted: boolean;
}

/** Quantity still to execute (for an order by `quoteOrderQty`, meaningful only once `origQty` is set). */
export function remainingQty(order: OrderRecord): bigint {
  return order.origQty - order.executedQty - order.preventedQty;
}

/** True for a MARKET order sized by `quoteOrderQty`. */
export function isQuoteOrder(order: OrderRecord): boolean {
  return order.origQuoteOrderQty > 0n;
}
