// Binance's order enums (PROTOCOL §3.10), as the simulator accepts and writes them.

/** `side`. */
export type OrderSide = 'BUY' | 'SELL';
export const SIDES: readonly OrderSide[] = ['BUY', 'SELL'];

/** `type`. */
export type OrderType =
  'LIMIT' | 'MARKET' | 'STOP_LOSS' | 'STOP_LOSS_LIMIT' | 'TAKE_PROFIT' | 'TAKE_PROFIT_LIMIT' | 'LIMIT_MAKER';
export const ORDER_TYPES: readonly OrderType[] = [
  'LIMIT',
  'MARKET',
  'STOP_LOSS',
  'STOP_LOSS_LIMIT',
  'TAKE_PROFIT',
  'TAKE_PROFIT_LIMIT',
  'LIMIT_MAKER',
];

/** `timeInForce`. */
export type TimeInForce = 'GTC' | 'IOC' | 'FOK';
export const TIME_IN_FORCE: readonly TimeInForce[] = ['GTC', 'IOC', 'FOK'];

/** `newOrderRespType`. */
export type ResponseType = 'ACK' | 'RESULT' | 'FULL';
export const RESPONSE_TYPES: readonly ResponseType[] = ['ACK', 'RESULT', 'FULL'];

/** `selfTradePreventionMode`. */
export type StpMode = 'NONE' | 'EXPIRE_TAKER' | 'EXPIRE_MAKER' | 'EXPIRE_BOTH' | 'DECREMENT' | 'TRANSFER';
export const STP_MODES: readonly StpMode[] = [
  'NONE',
  'EXPIRE_TAKER',
  'EXPIRE_MAKER',
  'EXPIRE_BOTH',
  'DECREMENT',
  'TRANSFER',
];

/** `cancelRestrictions`. */
export type CancelRestriction = 'ONLY_NEW' | 'ONLY_PARTIALLY_FILLED';
export const CANCEL_RESTRICTIONS: readonly CancelRestriction[] = ['ONLY_NEW', 'ONLY_PARTIALLY_FILLED'];

/** Order `status` (PENDING_NEW and PENDING_CANCEL are not used outside order lists). */
export type OrderStatus =
  'NEW' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELED' | 'REJECTED' | 'EXPIRED' | 'EXPIRED_IN_MATCH';

/** executionReport `x`. */
export type ExecutionType = 'NEW' | 'CANCELED' | 'REJECTED' | 'TRADE' | 'EXPIRED' | 'TRADE_PREVENTION';

/** `expiryReason` / executionReport `eR`. */
export type ExpiryReason =
  'NONE' | 'UNFILLED_IOC_QUANTITY_EXPIRED' | 'UNFILLED_FOK_ORDER_EXPIRED' | 'INSUFFICIENT_LIQUIDITY';

/** executionReport `r`. */
export type RejectReason = 'NONE' | 'INSUFFICIENT_BALANCES';

/** The stop types ("algo" orders for MAX_NUM_ALGO_ORDERS): they wait for the last price to cross `stopPrice`. */
export function isStopType(type: OrderType): boolean {
  return type === 'STOP_LOSS' || type === 'STOP_LOSS_LIMIT' || type === 'TAKE_PROFIT' || type === 'TAKE_PROFIT_LIMIT';
}

/** The types that carry a limit price (and may rest in the book). */
export function hasLimitPrice(type: OrderType): boolean {
  return type === 'LIMIT' || type === 'LIMIT_MAKER' || type === 'STOP_LOSS_LIMIT' || type === 'TAKE_PROFIT_LIMIT';
}

/** True for the statuses of an order that may still trade (untriggered stop orders included). */
export function isOpenStatus(status: OrderStatus): boolean {
  return status === 'NEW' || status === 'PARTIALLY_FILLED';
}
