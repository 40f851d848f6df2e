import type * as t from 'io-ts';
import {
  type OpenEnum,
  ORDER_SIDES,
  ORDER_STATUSES,
  ORDER_TYPES,
  type OrderSide,
  type OrderStatus,
  type OrderType,
  RATE_LIMIT_INTERVALS,
  RATE_LIMIT_TYPES,
  type RateLimitInterval,
  type RateLimitType,
  SELF_TRADE_PREVENTION_MODES,
  type SelfTradePreventionMode,
  SYMBOL_STATUSES,
  type SymbolStatus,
  TIME_IN_FORCE_VALUES,
  type TimeInForce,
} from '../trading/orderEnums.js';
import { primitive } from './primitives.js';

// Binance writes every enum value as an upper-case identifier (`PARTIALLY_FILLED`, `EXPIRE_MAKER`).
const ENUM_VALUE = /^[A-Z][A-Z0-9_]*$/;

/**
 * io-ts codec of a closed enum: only the listed values decode (`expected one of BUY, SELL, got "buy"`). For enums
 * that cannot grow, such as an order side.
 *
 * @param name - the codec's name.
 * @param values - every accepted value.
 */
export function closedEnum<E extends string>(name: string, values: readonly E[]): t.Type<E, E> {
  const known: ReadonlySet<unknown> = new Set(values);
  return primitive(name, (u): u is E => known.has(u), `one of ${values.join(', ')}`);
}

/**
 * io-ts codec of an enum that Binance extends over time: the listed values and any other upper-case identifier
 * decode (the type says which values are known, see {@link OpenEnum}); anything else — a number, an empty or a
 * lower-case string — is rejected. A status added by Binance after this library was written therefore reaches the
 * caller as sent instead of making the whole order response undecodable.
 *
 * @param name - the codec's name.
 * @param values - the known values (they document the codec; unknown identifiers pass too).
 */
export function openEnum<E extends string>(name: string, values: readonly E[]): t.Type<OpenEnum<E>, OpenEnum<E>> {
  const known: ReadonlySet<unknown> = new Set(values);
  return primitive(
    name,
    (u): u is OpenEnum<E> => known.has(u) || (typeof u === 'string' && ENUM_VALUE.test(u)),
    `an upper-case enum value such as ${values.slice(0, 2).join(' or ')}`,
  );
}

/** `BUY` or `SELL`; nothing else decodes. */
export const OrderSideValue: t.Type<OrderSide, OrderSide> = closedEnum('OrderSide', ORDER_SIDES);

/** An order type: a known one or a newer identifier. */
export const OrderTypeValue = openEnum<OrderType>('OrderType', ORDER_TYPES);

/** An order status: a known one or a newer identifier. */
export const OrderStatusValue = openEnum<OrderStatus>('OrderStatus', ORDER_STATUSES);

/** A time in force: a known one or a newer identifier. */
export const TimeInForceValue = openEnum<TimeInForce>('TimeInForce', TIME_IN_FORCE_VALUES);

/** A self-trade prevention mode: a known one or a newer identifier. */
export const SelfTradePreventionModeValue = openEnum<SelfTradePreventionMode>(
  'SelfTradePreventionMode',
  SELF_TRADE_PREVENTION_MODES,
);

/** A symbol status: a known one or a newer identifier. */
export const SymbolStatusValue = openEnum<SymbolStatus>('SymbolStatus', SYMBOL_STATUSES);

/** A rate limiter type: a known one or a newer identifier. */
export const RateLimitTypeValue = openEnum<RateLimitType>('RateLimitType', RATE_LIMIT_TYPES);

/** A rate limit interval unit: a known one or a newer identifier. */
export const RateLimitIntervalValue = openEnum<RateLimitInterval>('RateLimitInterval', RATE_LIMIT_INTERVALS);
