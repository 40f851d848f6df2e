import { BigNumber } from 'bignumber.js';
import type { RawCancelledOrder } from '../codecs/RawCancelledOrder.js';
import { RawFillArray } from '../codecs/RawFill.js';
import type { RawOrder } from '../codecs/RawOrder.js';
import type { RawOrderFull } from '../codecs/RawOrderFull.js';
import type { RawOrderResult } from '../codecs/RawOrderResult.js';
import {
  OPEN_ORDER_STATUSES,
  type OpenEnum,
  type OrderSide,
  type OrderStatus,
  type OrderType,
  type SelfTradePreventionMode,
  type TimeInForce,
} from '../trading/orderEnums.js';
import { isZeroDecimal } from '../internal/decimalText.js';
import { type Fill, toFill } from './Fill.js';
import type { Plain } from './plainModel.js';
import { withPlainJson } from './withPlainJson.js';

/**
 * An order and its state: the answer of a placement (RESULT or FULL), a query, an open-orders or history listing,
 * or a cancel. One shape for all of them; the fields a response does not carry are absent.
 *
 * Enum fields are {@link OpenEnum}s: a value Binance adds later arrives as sent.
 */
export interface Order {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  readonly orderId: bigint;
  /** The order list the order belongs to; `-1n` when it is not part of one. */
  readonly orderListId: bigint;
  /** The order's client id. In a cancel answer, the id of the cancel request (see `origClientOrderId`). */
  readonly clientOrderId: string;
  /** Cancel answers only: the canceled order's own client id. */
  readonly origClientOrderId?: string;
  /** The limit price; `0` for MARKET orders. */
  readonly price: BigNumber;
  /** The ordered quantity (`origQty`). */
  readonly quantity: BigNumber;
  /** The quantity filled so far (`executedQty`). */
  readonly executedQuantity: BigNumber;
  /**
   * The quote amount filled so far (`cummulativeQuoteQty`). `undefined` when Binance does not know it (it sends a
   * negative value for some historical orders).
   */
  readonly cumulativeQuoteQuantity: BigNumber | undefined;
  /** The quote amount of a MARKET order placed with `quoteOrderQty` (`origQuoteOrderQty`); `0` otherwise. */
  readonly quoteOrderQuantity: BigNumber;
  readonly status: OpenEnum<OrderStatus>;
  readonly timeInForce: OpenEnum<TimeInForce>;
  readonly type: OpenEnum<OrderType>;
  readonly side: OrderSide;
  /** The trigger price of a stop or take-profit order. Absent when not sent, or sent as `0` (no stop price). */
  readonly stopPrice?: BigNumber;
  /** The visible quantity of an iceberg order. Absent when not sent, or sent as `0` (not an iceberg). */
  readonly icebergQuantity?: BigNumber;
  /** The trailing delta of a trailing stop, in basis points. */
  readonly trailingDelta?: number;
  /** When a trailing stop started tracking the price (epoch ms); absent while it has not. */
  readonly trailingTime?: number;
  readonly strategyId?: bigint;
  readonly strategyType?: number;
  /** The prevented match, when the order expired because of self-trade prevention. */
  readonly preventedMatchId?: bigint;
  /** The quantity that expired because of self-trade prevention. */
  readonly preventedQuantity?: BigNumber;
  /** Why the order expired (since 2026-03-26), as Binance names it. */
  readonly expiryReason?: string;
  /** When the order was placed (epoch ms): `transactTime` of a placement or cancel answer, `time` of a query. */
  readonly time: number;
  /** Query answers only: the last time the order changed (epoch ms). */
  readonly updateTime?: number;
  /** When the order went on the book (epoch ms); absent while a stop order has not triggered. */
  readonly workingTime?: number;
  /** Query answers only: whether the order is on the book (false for an untriggered stop order). */
  readonly isWorking?: boolean;
  readonly selfTradePreventionMode: OpenEnum<SelfTradePreventionMode>;
  /** The fills made on placement; empty unless the answer was FULL (and its fills decoded). */
  readonly fills: readonly Fill[];
  /**
   * The average fill price, cumulative quote quantity / executed quantity, rounded to BigNumber's configured
   * decimal places (20 unless the application changed them); `undefined` when nothing executed or the cumulative
   * quote quantity is not known.
   */
  readonly averagePrice: BigNumber | undefined;
  /**
   * True while the order is NEW, PARTIALLY_FILLED or PENDING_NEW. False for final statuses, and for a status newer
   * than this library (whose meaning it cannot know).
   */
  readonly isOpen: boolean;
  /** Exact strings for JSON. */
  toJSON(): Plain<Order>;
}

/** Any decoded order answer that {@link toOrder} maps. */
export type RawOrderLike = RawOrderResult | RawOrderFull | RawOrder | RawCancelledOrder;

const OPEN: ReadonlySet<string> = new Set(OPEN_ORDER_STATUSES);

/**
 * Maps a decoded order answer — RESULT, FULL, query (`RawOrder`) or cancel — to an {@link Order}. Decimals are exact
 * `BigNumber`s, ids `bigint`s.
 */
export function toOrder(raw: RawOrderLike): Order {
  const executed = decimal(raw.executedQty);
  const cumulative = decimal(raw.cummulativeQuoteQty);
  const cumulativeQuoteQuantity = cumulative.isNegative() ? undefined : cumulative;
  // Only validated fills: a FULL answer decoded through a union with RESULT may carry `fills` RESULT never checked.
  const fills = 'fills' in raw && RawFillArray.is(raw.fills) ? raw.fills.map(toFill) : [];
  const order = {
    symbol: raw.symbol,
    orderId: BigInt(raw.orderId),
    orderListId: BigInt(raw.orderListId),
    clientOrderId: raw.clientOrderId,
    ...('origClientOrderId' in raw ? { origClientOrderId: raw.origClientOrderId } : {}),
    price: decimal(raw.price),
    quantity: decimal(raw.origQty),
    executedQuantity: executed,
    cumulativeQuoteQuantity,
    quoteOrderQuantity: decimal(raw.origQuoteOrderQty),
    status: raw.status,
    timeInForce: raw.timeInForce,
    type: raw.type,
    side: raw.side,
    ...nonZero('stopPrice', raw.stopPrice),
    ...nonZero('icebergQuantity', raw.icebergQty),
    ...present('trailingDelta', raw.trailingDelta),
    ...present('trailingTime', setTime(raw.trailingTime)),
    ...present('strategyId', raw.strategyId === undefined ? undefined : BigInt(raw.strategyId)),
    ...present('strategyType', raw.strategyType),
    ...present('preventedMatchId', raw.preventedMatchId === undefined ? undefined : BigInt(raw.preventedMatchId)),
    ...present(
      'preventedQuantity',
      raw.preventedQuantity === undefined ? undefined : new BigNumber(raw.preventedQuantity),
    ),
    ...present('expiryReason', raw.expiryReason),
    time: 'time' in raw ? raw.time : raw.transactTime,
    ...('updateTime' in raw ? { updateTime: raw.updateTime } : {}),
    ...present('workingTime', setTime(raw.workingTime)),
    ...('isWorking' in raw ? { isWorking: raw.isWorking } : {}),
    selfTradePreventionMode: raw.selfTradePreventionMode,
    fills,
    averagePrice:
      cumulativeQuoteQuantity === undefined || executed.isZero() ? undefined : cumulativeQuoteQuantity.div(executed),
    isOpen: OPEN.has(raw.status),
  };
  return withPlainJson(order);
}

// Binance writes -1 for a time that does not apply yet.
function setTime(time: number | undefined): number | undefined {
  return time === undefined || time < 0 ? undefined : time;
}

function present<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

// Binance writes "0.00000000" for a stop price or iceberg quantity that the order does not have.
function nonZero<K extends string>(key: K, value: string | undefined): Partial<Record<K, BigNumber>> {
  return value === undefined || isZeroDecimal(value) ? {} : present(key, new BigNumber(value));
}

// BigNumbers are immutable, so every zero amount can be the same one: an order answer has up to five of them
// (nothing executed yet, no quote quantity), and parsing each would cost more than the rest of the mapping.
const ZERO = new BigNumber(0);

/** A decimal amount, the shared zero when it is one (a negative zero stays itself). */
function decimal(text: string): BigNumber {
  return text.charCodeAt(0) !== 45 && isZeroDecimal(text) ? ZERO : new BigNumber(text);
}
