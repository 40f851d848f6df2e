import type * as t from 'io-ts';
import {
  OrderSideValue,
  OrderStatusValue,
  OrderTypeValue,
  openEnum,
  SelfTradePreventionModeValue,
  TimeInForceValue,
} from './enumCodecs.js';
import { AnyText, EpochOrUnset } from './orderFields.js';
import { Count, Decimal, Epoch, Flag, Id, Literal, Text } from './primitives.js';
import { nullable, optional, wireType } from './wireType.js';

/**
 * Every execution type (`x` of an execution report): what just happened to the order. `REPLACED` is an amendment
 * (keepPriority), `TRADE_PREVENTION` an expiry by self-trade prevention.
 */
export const EXECUTION_TYPES = [
  'NEW',
  'CANCELED',
  'REPLACED',
  'REJECTED',
  'TRADE',
  'EXPIRED',
  'TRADE_PREVENTION',
] as const;
/** An execution type; see {@link EXECUTION_TYPES}. */
export type ExecutionType = (typeof EXECUTION_TYPES)[number];

/** Every documented order reject reason (`r` of an execution report); `NONE` when the order was not rejected. */
export const ORDER_REJECT_REASONS = [
  'NONE',
  'INSUFFICIENT_BALANCES',
  'STOP_PRICE_WOULD_TRIGGER_IMMEDIATELY',
  'WOULD_MATCH_IMMEDIATELY',
  'OCO_BAD_PRICES',
] as const;
/** An order reject reason; see {@link ORDER_REJECT_REASONS}. */
export type OrderRejectReason = (typeof ORDER_REJECT_REASONS)[number];

/** Every documented expiry reason (`eR` of an execution report, since 2026-03-26). */
export const EXPIRY_REASONS = [
  'NONE',
  'REJECTED',
  'EXCHANGE_CANCELED',
  'OCO_TRIGGER',
  'OTO_PHASE_ONE_EXPIRED',
  'UNFILLED_IOC_QUANTITY_EXPIRED',
  'UNFILLED_FOK_ORDER_EXPIRED',
  'INSUFFICIENT_LIQUIDITY',
  'EXECUTION_RULE_PRICE_RANGE_EXCEEDED',
] as const;
/** An expiry reason; see {@link EXPIRY_REASONS}. */
export type ExpiryReason = (typeof EXPIRY_REASONS)[number];

/** An execution type: a known one or a newer identifier. */
export const ExecutionTypeValue = openEnum<ExecutionType>('ExecutionType', EXECUTION_TYPES);

/** An order reject reason: a known one or a newer identifier. */
export const OrderRejectReasonValue = openEnum<OrderRejectReason>('OrderRejectReason', ORDER_REJECT_REASONS);

/**
 * The `executionReport` event of the user data stream: one update of one order, with Binance's keys (PROTOCOL §5.3).
 *
 * ```json
 * {"e":"executionReport","E":1499405658658,"s":"ETHBTC","c":"mUvoqJxFIILMdfAW5iGSOW","S":"BUY","o":"LIMIT","f":"GTC",
 *  "q":"1.00000000","p":"0.10264410","P":"0.00000000","F":"0.00000000","g":-1,"C":"","x":"NEW","X":"NEW","r":"NONE",
 *  "i":4293153,"l":"0.00000000","z":"0.00000000","L":"0.00000000","n":"0","N":null,"T":1499405658657,"t":-1,"v":3,
 *  "I":8641984,"w":true,"m":false,"M":false,"O":1499405658657,"Z":"0.00000000","Y":"0.00000000","Q":"0.00000000",
 *  "W":1499405658657,"V":"NONE"}
 * ```
 * One-letter keys are case-sensitive and differ in type: `c` client order id / `C` original client order id,
 * `l` last quantity / `L` last price, `q` quantity / `Q` quote order quantity, `p` price / `P` stop price,
 * `n` commission / `N` its asset, `t` trade id / `T` transaction time, `b` match type / `B` last prevented quantity,
 * `u` trade group id / `U` counter order id, `a` allocation id / `A` prevented quantity.
 *
 * Conditional fields (absent unless they apply): `v` (self-trade prevention only, despite the documented example),
 * `W` (once the order is on the book), `d`/`D` trailing stops, `j`/`J` strategies, `A`,`B`,`u`,`U`,`Cs`,`pl`,`pL`,
 * `pY` prevented matches, `b`/`a` allocations, `k` working floor, `uS` SOR, `gP`,`gOT`,`gOV`,`gp` pegged orders,
 * `eR` expiry reason. `M` is ignored and accepted when absent. Enums are open: a value Binance adds later decodes.
 * Informative strings (`N`, `C`, `b`, `k`, `gP`, `gOT`, `eR`) accept any text so that they can never make a fill
 * undecodable.
 * See https://developers.binance.com/docs/binance-spot-api-docs/user-data-stream#order-update
 */
export const RawExecutionReport = wireType('RawExecutionReport', {
  e: Literal('executionReport'),
  E: Epoch,
  s: Text,
  c: Text,
  S: OrderSideValue,
  o: OrderTypeValue,
  f: TimeInForceValue,
  q: Decimal,
  p: Decimal,
  P: Decimal,
  F: Decimal,
  g: Id,
  C: AnyText,
  x: ExecutionTypeValue,
  X: OrderStatusValue,
  r: OrderRejectReasonValue,
  i: Id,
  l: Decimal,
  z: Decimal,
  L: Decimal,
  n: Decimal,
  N: nullable(AnyText),
  T: Epoch,
  t: Id,
  I: Id,
  w: Flag,
  m: Flag,
  M: optional(Flag),
  O: Epoch,
  Z: Decimal,
  Y: Decimal,
  Q: Decimal,
  V: SelfTradePreventionModeValue,
  v: optional(Id),
  W: optional(EpochOrUnset),
  d: optional(Count),
  D: optional(EpochOrUnset),
  j: optional(Id),
  J: optional(Count),
  A: optional(Decimal),
  B: optional(Decimal),
  u: optional(Id),
  U: optional(Id),
  Cs: optional(Text),
  pl: optional(Decimal),
  pL: optional(Decimal),
  pY: optional(Decimal),
  b: optional(AnyText),
  a: optional(Id),
  k: optional(AnyText),
  uS: optional(Flag),
  gP: optional(AnyText),
  gOT: optional(AnyText),
  gOV: optional(Count),
  gp: optional(Decimal),
  eR: optional(AnyText),
});
export type RawExecutionReport = t.TypeOf<typeof RawExecutionReport>;
