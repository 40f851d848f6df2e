import type { BigNumber } from 'bignumber.js';
import type { OrderResponseType, OrderSide, OrderType, SelfTradePreventionMode, TimeInForce } from './orderEnums.js';

export {
  ORDER_RESPONSE_TYPES,
  ORDER_SIDES,
  ORDER_STATUSES,
  ORDER_TYPES,
  type OrderResponseType,
  type OrderSide,
  type OrderStatus,
  type OrderType,
  SELF_TRADE_PREVENTION_MODES,
  type SelfTradePreventionMode,
  TIME_IN_FORCE_VALUES,
  type TimeInForce,
} from './orderEnums.js';

/**
 * A decimal amount given by a caller: a decimal string (`'0.001'`) or a `BigNumber`. Never a JavaScript number:
 * `0.1 + 0.2` is not `0.3`, and money must not pass through a float.
 */
export type DecimalInput = string | BigNumber;

/** The parameters every order type takes (PROTOCOL §3.7). */
export interface NewOrderBase<T extends OrderType> {
  /** The symbol, any case (`'btcusdt'` is sent as `BTCUSDT`). */
  readonly symbol: string;
  readonly side: OrderSide;
  readonly type: T;
  /**
   * Your id for the order (1–36 of `A-Z a-z 0-9 . : / _ -`), unique among your open orders. Default: the session
   * generates one, so that every order can be looked up after a lost answer.
   */
  readonly newClientOrderId?: string;
  /** What the answer contains. Binance's default: `FULL` for MARKET and LIMIT orders, `ACK` for the others. */
  readonly newOrderRespType?: OrderResponseType;
  /** Default: the symbol's `defaultSelfTradePreventionMode`. */
  readonly selfTradePreventionMode?: SelfTradePreventionMode;
  /** A label of your own for the order's strategy (an integer). */
  readonly strategyId?: number;
  /** A label of your own for the strategy type: an integer ≥ 1000000. */
  readonly strategyType?: number;
}

/**
 * How a stop or take-profit order triggers: at `stopPrice`, after a `trailingDelta` move (in basis points), or both
 * (the trailing stop then starts tracking at `stopPrice`).
 */
export type StopTrigger =
  | { readonly stopPrice: DecimalInput; readonly trailingDelta?: number }
  | { readonly stopPrice?: never; readonly trailingDelta: number };

/**
 * A LIMIT order: rests on the book at `price` until filled, canceled or its `timeInForce` ends it. With
 * `icebergQty` only that much is visible at a time (and `timeInForce` must be `GTC`).
 */
export interface NewLimitOrder extends NewOrderBase<'LIMIT'> {
  readonly quantity: DecimalInput;
  readonly price: DecimalInput;
  readonly timeInForce: TimeInForce;
  readonly icebergQty?: DecimalInput;
}

/** A MARKET order for a base `quantity`: buys or sells that much at the best prices available. */
export interface NewMarketOrderByQuantity extends NewOrderBase<'MARKET'> {
  readonly quantity: DecimalInput;
  readonly quoteOrderQty?: never;
}

/**
 * A MARKET order for a quote amount: spends (BUY) or receives (SELL) `quoteOrderQty` of the quote asset; Binance
 * picks the quantity within LOT_SIZE.
 */
export interface NewMarketOrderByQuote extends NewOrderBase<'MARKET'> {
  readonly quoteOrderQty: DecimalInput;
  readonly quantity?: never;
}

/** A MARKET order: exactly one of `quantity` and `quoteOrderQty`. */
export type NewMarketOrder = NewMarketOrderByQuantity | NewMarketOrderByQuote;

/** A STOP_LOSS order: a MARKET order of `quantity` once the trigger is reached. */
export type NewStopLossOrder = NewOrderBase<'STOP_LOSS'> & { readonly quantity: DecimalInput } & StopTrigger;

/** A TAKE_PROFIT order: a MARKET order of `quantity` once the trigger is reached. */
export type NewTakeProfitOrder = NewOrderBase<'TAKE_PROFIT'> & { readonly quantity: DecimalInput } & StopTrigger;

/** The limit part of STOP_LOSS_LIMIT and TAKE_PROFIT_LIMIT orders. */
export interface LimitLeg {
  readonly quantity: DecimalInput;
  readonly price: DecimalInput;
  readonly timeInForce: TimeInForce;
  readonly icebergQty?: DecimalInput;
}

/** A STOP_LOSS_LIMIT order: a LIMIT order at `price` once the trigger is reached. */
export type NewStopLossLimitOrder = NewOrderBase<'STOP_LOSS_LIMIT'> & LimitLeg & StopTrigger;

/** A TAKE_PROFIT_LIMIT order: a LIMIT order at `price` once the trigger is reached. */
export type NewTakeProfitLimitOrder = NewOrderBase<'TAKE_PROFIT_LIMIT'> & LimitLeg & StopTrigger;

/** A LIMIT_MAKER (post-only) order: rejected if it would match immediately. */
export interface NewLimitMakerOrder extends NewOrderBase<'LIMIT_MAKER'> {
  readonly quantity: DecimalInput;
  readonly price: DecimalInput;
  readonly icebergQty?: DecimalInput;
}

/**
 * The parameters of a new order, discriminated on `type`: TypeScript requires what each type needs and refuses
 * what it does not take (PROTOCOL §3.7).
 *
 * @example
 * ```ts
 * const order: NewOrder = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: '0.001', price: '50000', timeInForce: 'GTC' };
 * ```
 */
export type NewOrder =
  | NewLimitOrder
  | NewMarketOrder
  | NewStopLossOrder
  | NewStopLossLimitOrder
  | NewTakeProfitOrder
  | NewTakeProfitLimitOrder
  | NewLimitMakerOrder;
