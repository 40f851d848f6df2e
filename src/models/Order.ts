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
import { inspectCustom, type Plain } from './plainModel.js';
import { plainFields } from './withPlainJson.js';

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
  return new OrderRecord(raw);
}

/**
 * An {@link Order} as plain data: every field an own property, set in the constructor in a fixed order; an optional
 * field the answer does not carry is absent, not `undefined`. A class rather than a literal given its JSON methods
 * afterwards: every placement builds one, and defining methods on a literal costs more than filling it.
 */
class OrderRecord implements Order {
  // Declared, not initialised: an initialised class field is an own property even when the answer lacks it.
  declare readonly symbol: string;
  declare readonly orderId: bigint;
  declare readonly orderListId: bigint;
  declare readonly clientOrderId: string;
  declare readonly origClientOrderId?: string;
  declare readonly price: BigNumber;
  declare readonly quantity: BigNumber;
  declare readonly executedQuantity: BigNumber;
  declare readonly cumulativeQuoteQuantity: BigNumber | undefined;
  declare readonly quoteOrderQuantity: BigNumber;
  declare readonly status: OpenEnum<OrderStatus>;
  declare readonly timeInForce: OpenEnum<TimeInForce>;
  declare readonly type: OpenEnum<OrderType>;
  declare readonly side: OrderSide;
  declare readonly stopPrice?: BigNumber;
  declare readonly icebergQuantity?: BigNumber;
  declare readonly trailingDelta?: number;
  declare readonly trailingTime?: number;
  declare readonly strategyId?: bigint;
  declare readonly strategyType?: number;
  declare readonly preventedMatchId?: bigint;
  declare readonly preventedQuantity?: BigNumber;
  declare readonly expiryReason?: string;
  declare readonly time: number;
  declare readonly updateTime?: number;
  declare readonly workingTime?: number;
  declare readonly isWorking?: boolean;
  declare readonly selfTradePreventionMode: OpenEnum<SelfTradePreventionMode>;
  declare readonly fills: readonly Fill[];
  declare readonly averagePrice: BigNumber | undefined;
  declare readonly isOpen: boolean;

  constructor(raw: RawOrderLike) {
    const executed = decimal(raw.executedQty);
    const cumulative = decimal(raw.cummulativeQuoteQty);
    const cumulativeQuoteQuantity = cumulative.isNegative() ? undefined : cumulative;
    this.symbol = raw.symbol;
    this.orderId = BigInt(raw.orderId);
    this.orderListId = BigInt(raw.orderListId);
    this.clientOrderId = raw.clientOrderId;
    if ('origClientOrderId' in raw) this.origClientOrderId = raw.origClientOrderId;
    this.price = decimal(raw.price);
    this.quantity = decimal(raw.origQty);
    this.executedQuantity = executed;
    this.cumulativeQuoteQuantity = cumulativeQuoteQuantity;
    this.quoteOrderQuantity = decimal(raw.origQuoteOrderQty);
    this.status = raw.status;
    this.timeInForce = raw.timeInForce;
    this.type = raw.type;
    this.side = raw.side;
    // Binance writes "0.00000000" for a stop price or iceberg quantity that the order does not have.
    if (raw.stopPrice !== undefined && !isZeroDecimal(raw.stopPrice)) this.stopPrice = new BigNumber(raw.stopPrice);
    if (raw.icebergQty !== undefined && !isZeroDecimal(raw.icebergQty)) {
      this.icebergQuantity = new BigNumber(raw.icebergQty);
    }
    if (raw.trailingDelta !== undefined) this.trailingDelta = raw.trailingDelta;
    const trailingTime = setTime(raw.trailingTime);
    if (trailingTime !== undefined) this.trailingTime = trailingTime;
    if (raw.strategyId !== undefined) this.strategyId = BigInt(raw.strategyId);
    if (raw.strategyType !== undefined) this.strategyType = raw.strategyType;
    if (raw.preventedMatchId !== undefined) this.preventedMatchId = BigInt(raw.preventedMatchId);
    if (raw.preventedQuantity !== undefined) this.preventedQuantity = new BigNumber(raw.preventedQuantity);
    if (raw.expiryReason !== undefined) this.expiryReason = raw.expiryReason;
    this.time = 'time' in raw ? raw.time : raw.transactTime;
    if ('updateTime' in raw) this.updateTime = raw.updateTime;
    const workingTime = setTime(raw.workingTime);
    if (workingTime !== undefined) this.workingTime = workingTime;
    if ('isWorking' in raw) this.isWorking = raw.isWorking;
    this.selfTradePreventionMode = raw.selfTradePreventionMode;
    // Only validated fills: a FULL answer decoded through a union with RESULT may carry `fills` RESULT never checked.
    this.fills = 'fills' in raw && RawFillArray.is(raw.fills) ? raw.fills.map(toFill) : [];
    this.averagePrice =
      cumulativeQuoteQuantity === undefined || executed.isZero() ? undefined : cumulativeQuoteQuantity.div(executed);
    this.isOpen = OPEN.has(raw.status);
  }

  /** Exact strings for JSON. */
  toJSON(): Plain<Order> {
    return plainFields(this) as Plain<Order>;
  }

  [inspectCustom](): Plain<Order> {
    return this.toJSON();
  }
}

// Binance writes -1 for a time that does not apply yet.
function setTime(time: number | undefined): number | undefined {
  return time === undefined || time < 0 ? undefined : time;
}

// BigNumbers are immutable, so every zero amount can be the same one: an order answer has up to five of them
// (nothing executed yet, no quote quantity), and parsing each would cost more than the rest of the mapping.
const ZERO = new BigNumber(0);

/** A decimal amount, the shared zero when it is one (a negative zero stays itself). */
function decimal(text: string): BigNumber {
  return text.charCodeAt(0) !== 45 && isZeroDecimal(text) ? ZERO : new BigNumber(text);
}
