import {
  OrderSideValue,
  OrderStatusValue,
  OrderTypeValue,
  SelfTradePreventionModeValue,
  TimeInForceValue,
} from './enumCodecs.js';
import { Count, Decimal, Epoch, Flag, Id, primitive, Text } from './primitives.js';
import { optional } from './wireType.js';

// The field tables shared by every order response shape (PROTOCOL §3.7): ACK ⊂ RESULT ⊂ FULL, and the query and
// cancel shapes are RESULT's fields with a few differences. Each RawXxx codec composes them, so that a field is
// declared (and validated) the same way in every shape.

/** A time that Binance writes as `-1` while it does not apply (`workingTime` of an untriggered stop order). */
export const EpochOrUnset = primitive(
  'EpochOrUnset',
  (u): u is number => Number.isSafeInteger(u) && (u as number) >= -1,
  'an epoch timestamp or -1',
);

/** Any string, the empty one included (for informative fields that must never make a response undecodable). */
export const AnyText = primitive('AnyText', (u): u is string => typeof u === 'string', 'a string');

/** The fields of an ACK response, the first ones of every order response. */
export const orderAckFields = {
  symbol: Text,
  orderId: Id,
  orderListId: Id,
  clientOrderId: Text,
  transactTime: Epoch,
} as const;

/** The order state shared by RESULT, FULL, query and cancel responses. */
export const orderStateFields = {
  symbol: Text,
  orderId: Id,
  orderListId: Id,
  clientOrderId: Text,
  price: Decimal,
  origQty: Decimal,
  executedQty: Decimal,
  origQuoteOrderQty: Decimal,
  // Double m, as Binance spells it in order responses; negative on some historical orders ("not available").
  cummulativeQuoteQty: Decimal,
  status: OrderStatusValue,
  timeInForce: TimeInForceValue,
  type: OrderTypeValue,
  side: OrderSideValue,
  selfTradePreventionMode: SelfTradePreventionModeValue,
} as const;

/**
 * Fields Binance sends only when they apply (PROTOCOL §3.7 "Conditional fields"). Validated when present; the other
 * conditional fields (SOR, pegged orders) are kept on the decoded object as sent.
 */
export const orderConditionalFields = {
  stopPrice: optional(Decimal),
  icebergQty: optional(Decimal),
  trailingDelta: optional(Count),
  trailingTime: optional(EpochOrUnset),
  strategyId: optional(Id),
  strategyType: optional(Count),
  preventedMatchId: optional(Id),
  preventedQuantity: optional(Decimal),
  expiryReason: optional(AnyText),
  usedSor: optional(Flag),
  workingFloor: optional(AnyText),
} as const;
