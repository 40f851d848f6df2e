// Binance's enums of the order API (PROTOCOL §3.10), as const arrays with their string unions. The arrays are what
// run-time checks (order parameters, wire codecs) test against, so a value and its type cannot drift apart.

/**
 * A value of the known enum `E`, or a value Binance added after this library was written, passed through as sent.
 *
 * Responses use it for the enums Binance extends over time (order status, type, time in force, STP modes, symbol
 * status): a new value must not make a whole response undecodable. Compare against the known values; anything else
 * is newer than this library.
 */
export type OpenEnum<E extends string> = E | (string & Record<never, never>);

/** Every order side. */
export const ORDER_SIDES = ['BUY', 'SELL'] as const;
/** An order side; see {@link ORDER_SIDES}. */
export type OrderSide = (typeof ORDER_SIDES)[number];

/** Every spot order type (PROTOCOL §3.7). */
export const ORDER_TYPES = [
  'LIMIT',
  'MARKET',
  'STOP_LOSS',
  'STOP_LOSS_LIMIT',
  'TAKE_PROFIT',
  'TAKE_PROFIT_LIMIT',
  'LIMIT_MAKER',
] as const;
/** An order type; see {@link ORDER_TYPES}. */
export type OrderType = (typeof ORDER_TYPES)[number];

/** The stop and take-profit types: those MAX_NUM_ALGO_ORDERS counts. */
export const ALGO_ORDER_TYPES: ReadonlySet<string> = new Set<OrderType>([
  'STOP_LOSS',
  'STOP_LOSS_LIMIT',
  'TAKE_PROFIT',
  'TAKE_PROFIT_LIMIT',
]);

/** The types that rest at their own price: those PERCENT_PRICE and PERCENT_PRICE_BY_SIDE bound. */
export const LIMIT_ORDER_TYPES: ReadonlySet<string> = new Set<OrderType>(['LIMIT', 'LIMIT_MAKER']);

/** Every time in force: good till canceled, immediate or cancel, fill or kill. */
export const TIME_IN_FORCE_VALUES = ['GTC', 'IOC', 'FOK'] as const;
/** A time in force; see {@link TIME_IN_FORCE_VALUES}. */
export type TimeInForce = (typeof TIME_IN_FORCE_VALUES)[number];

/**
 * Every order status. `PENDING_NEW` is the pending leg of an order list, `PENDING_CANCEL` is unused, and
 * `EXPIRED_IN_MATCH` means expired by self-trade prevention.
 */
export const ORDER_STATUSES = [
  'NEW',
  'PENDING_NEW',
  'PARTIALLY_FILLED',
  'FILLED',
  'CANCELED',
  'PENDING_CANCEL',
  'REJECTED',
  'EXPIRED',
  'EXPIRED_IN_MATCH',
] as const;
/** An order status; see {@link ORDER_STATUSES}. */
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** The statuses of an order that is still (or about to be) on the book. */
export const OPEN_ORDER_STATUSES = ['NEW', 'PARTIALLY_FILLED', 'PENDING_NEW'] as const satisfies readonly OrderStatus[];

/**
 * Every self-trade prevention mode. The taker's mode decides, except that `TRANSFER` needs both sides to use it
 * (otherwise `DECREMENT` applies). A symbol lists the modes it allows in `allowedSelfTradePreventionModes`.
 */
export const SELF_TRADE_PREVENTION_MODES = [
  'NONE',
  'EXPIRE_MAKER',
  'EXPIRE_TAKER',
  'EXPIRE_BOTH',
  'DECREMENT',
  'TRANSFER',
] as const;
/** A self-trade prevention mode; see {@link SELF_TRADE_PREVENTION_MODES}. */
export type SelfTradePreventionMode = (typeof SELF_TRADE_PREVENTION_MODES)[number];

/**
 * Every `newOrderRespType`: `ACK` (ids only), `RESULT` (the order's state), `FULL` (the state and its fills).
 * Binance's default is `FULL` for MARKET and LIMIT orders, `ACK` for every other type.
 */
export const ORDER_RESPONSE_TYPES = ['ACK', 'RESULT', 'FULL'] as const;
/** A response type; see {@link ORDER_RESPONSE_TYPES}. */
export type OrderResponseType = (typeof ORDER_RESPONSE_TYPES)[number];

/** Every symbol status. Only `TRADING` accepts new orders; `CANCEL_ONLY` (2026-07) accepts cancels only. */
export const SYMBOL_STATUSES = ['TRADING', 'END_OF_DAY', 'HALT', 'BREAK', 'CANCEL_ONLY'] as const;
/** A symbol status; see {@link SYMBOL_STATUSES}. */
export type SymbolStatus = (typeof SYMBOL_STATUSES)[number];

/** Every rate limiter of `exchangeInfo.rateLimits` (PROTOCOL §3.8). */
export const RATE_LIMIT_TYPES = ['REQUEST_WEIGHT', 'ORDERS', 'RAW_REQUESTS', 'CONNECTIONS'] as const;
/** A rate limiter; see {@link RATE_LIMIT_TYPES}. */
export type RateLimitType = (typeof RATE_LIMIT_TYPES)[number];

/** Every rate limit interval unit. */
export const RATE_LIMIT_INTERVALS = ['SECOND', 'MINUTE', 'HOUR', 'DAY'] as const;
/** A rate limit interval unit; see {@link RATE_LIMIT_INTERVALS}. */
export type RateLimitInterval = (typeof RATE_LIMIT_INTERVALS)[number];

/**
 * Builds a guard for one of the enums above.
 *
 * @example const isOrderStatus = isOneOf(ORDER_STATUSES); isOrderStatus('NEW') // true
 */
export function isOneOf<E extends string>(values: readonly E[]): (u: unknown) => u is E {
  const set: ReadonlySet<unknown> = new Set(values);
  return (u: unknown): u is E => set.has(u);
}
