import { BigNumber } from 'bignumber.js';
import type {
  ExecutionType,
  ExpiryReason,
  OrderRejectReason,
  RawExecutionReport,
} from '../codecs/RawExecutionReport.js';
import type {
  OpenEnum,
  OrderSide,
  OrderStatus,
  OrderType,
  SelfTradePreventionMode,
  TimeInForce,
} from '../trading/orderEnums.js';
import type { Plain } from './plainModel.js';
import { withPlainJson } from './withPlainJson.js';

/**
 * One update of one order from the user data stream (`executionReport`): its new state and what just happened to
 * it — placed, traded, canceled, expired, rejected or amended.
 *
 * Decimals are exact `BigNumber`s, ids `bigint`s, times epoch ms (µs with `timeUnit=MICROSECOND`). Enum fields are
 * {@link OpenEnum}s: a value Binance adds later arrives as sent. The optional fields are absent unless Binance sent
 * them (and sent a value that means something: no `tradeId` for its `-1`, no `commissionAsset` for its `null`).
 */
export interface ExecutionReport {
  readonly type: 'executionReport';
  /** When Binance sent the event (`E`). */
  readonly eventTime: number;
  /** Upper-case symbol, e.g. `BTCUSDT` (`s`). */
  readonly symbol: string;
  /** The order's client id (`c`); for a cancel, the id of the cancel request (see `originalClientOrderId`). */
  readonly clientOrderId: string;
  /** `S`. */
  readonly side: OrderSide;
  /** `o`. */
  readonly orderType: OpenEnum<OrderType>;
  /** `f`. */
  readonly timeInForce: OpenEnum<TimeInForce>;
  /** The ordered quantity (`q`). */
  readonly quantity: BigNumber;
  /** The limit price (`p`); `0` for a MARKET order. */
  readonly price: BigNumber;
  /** The trigger price of a stop or take-profit order (`P`); `0` when the order has none. */
  readonly stopPrice: BigNumber;
  /** The visible quantity of an iceberg order (`F`); `0` when the order is not one. */
  readonly icebergQuantity: BigNumber;
  /** The order list the order belongs to (`g`); `-1n` when it is not part of one. */
  readonly orderListId: bigint;
  /** For a cancel: the canceled order's own client id (`C`). Absent otherwise (Binance sends `""`). */
  readonly originalClientOrderId?: string;
  /** What just happened (`x`): `NEW`, `TRADE`, `CANCELED`, `EXPIRED`, `REJECTED`, `REPLACED`, `TRADE_PREVENTION`. */
  readonly executionType: OpenEnum<ExecutionType>;
  /** The order's status after it (`X`). */
  readonly orderStatus: OpenEnum<OrderStatus>;
  /** Why the order was rejected (`r`); `NONE` when it was not. */
  readonly rejectReason: OpenEnum<OrderRejectReason>;
  /** `i`. */
  readonly orderId: bigint;
  /** The quantity of this execution (`l`); `0` unless `executionType` is `TRADE`. */
  readonly lastExecutedQuantity: BigNumber;
  /** The quantity filled so far (`z`). */
  readonly cumulativeFilledQuantity: BigNumber;
  /** The price of this execution (`L`); `0` unless `executionType` is `TRADE`. */
  readonly lastExecutedPrice: BigNumber;
  /** The commission of this execution (`n`), in `commissionAsset`. */
  readonly commission: BigNumber;
  /** The asset the commission was charged in (`N`); absent when there is none. */
  readonly commissionAsset?: string;
  /** When this execution happened (`T`). */
  readonly transactionTime: number;
  /** The trade of this execution (`t`); absent when it was not a trade (Binance sends `-1`). */
  readonly tradeId?: bigint;
  /** The prevented match, when self-trade prevention expired (part of) the order (`v`). */
  readonly preventedMatchId?: bigint;
  /** The id of this execution (`I`). */
  readonly executionId: bigint;
  /** Whether the order is on the book (`w`). */
  readonly isOnBook: boolean;
  /** Whether this trade's order was the maker (`m`). */
  readonly isMaker: boolean;
  /** When the order was created (`O`). */
  readonly orderCreationTime: number;
  /** The quote amount filled so far (`Z`). */
  readonly cumulativeQuoteQuantity: BigNumber;
  /** The quote amount of this execution, last price × last quantity (`Y`). */
  readonly lastQuoteQuantity: BigNumber;
  /** The quote amount of a MARKET order placed with `quoteOrderQty` (`Q`); `0` otherwise. */
  readonly quoteOrderQuantity: BigNumber;
  /** When the order went on the book (`W`); absent before it has (an untriggered stop order). */
  readonly workingTime?: number;
  /** `V`. */
  readonly selfTradePreventionMode: OpenEnum<SelfTradePreventionMode>;
  /**
   * The average fill price so far, `cumulativeQuoteQuantity / cumulativeFilledQuantity` (Z / z), rounded to
   * BigNumber's configured decimal places (20 unless the application changed them); `undefined` while nothing
   * filled.
   */
  readonly averagePrice: BigNumber | undefined;
  /** The trailing delta of a trailing stop, in basis points (`d`). */
  readonly trailingDelta?: number;
  /** When a trailing stop started tracking the price (`D`). */
  readonly trailingTime?: number;
  /** `j`, when given at placement. */
  readonly strategyId?: bigint;
  /** `J`, when given at placement. */
  readonly strategyType?: number;
  /** The quantity of the order that expired because of self-trade prevention so far (`A`). */
  readonly preventedQuantity?: BigNumber;
  /** The quantity that expired because of this prevented match (`B`). */
  readonly lastPreventedQuantity?: BigNumber;
  /** `u`, self-trade prevention. */
  readonly tradeGroupId?: bigint;
  /** The order on the other side of the prevented match (`U`). */
  readonly counterOrderId?: bigint;
  /** The symbol of the counter order (`Cs`). */
  readonly counterSymbol?: string;
  /** The quantity of the prevented execution (`pl`); `lastExecutedQuantity` is 0 then. */
  readonly preventedExecutionQuantity?: BigNumber;
  /** The price of the prevented execution (`pL`). */
  readonly preventedExecutionPrice?: BigNumber;
  /** The quote amount of the prevented execution (`pY`). */
  readonly preventedExecutionQuoteQuantity?: BigNumber;
  /** The match type of an allocation (`b`), e.g. `ONE_PARTY_TRADE_REPORT`. */
  readonly matchType?: string;
  /** `a`, for orders with allocations. */
  readonly allocationId?: bigint;
  /** Where the order works (`k`): `EXCHANGE` or `SOR`. */
  readonly workingFloor?: string;
  /** Whether the order was placed through the smart order router (`uS`). */
  readonly usedSor?: boolean;
  /** A pegged order's price type (`gP`), e.g. `PRIMARY_PEG`. */
  readonly pegPriceType?: string;
  /** A pegged order's offset type (`gOT`), e.g. `PRICE_LEVEL`. */
  readonly pegOffsetType?: string;
  /** A pegged order's offset (`gOV`). */
  readonly pegOffsetValue?: number;
  /** A pegged order's current price (`gp`). */
  readonly peggedPrice?: BigNumber;
  /** Why the order expired (`eR`, since 2026-03-26). */
  readonly expiryReason?: OpenEnum<ExpiryReason>;
  /** Exact strings for JSON. */
  toJSON(): Plain<ExecutionReport>;
}

/** Maps a decoded `RawExecutionReport` to an {@link ExecutionReport}. */
export function toExecutionReport(raw: RawExecutionReport): ExecutionReport {
  const filled = new BigNumber(raw.z);
  const quote = new BigNumber(raw.Z);
  // Binance's sentinels for "does not apply": "" for C, null (or nothing) for N, -1 for t, W and D.
  const report = {
    type: 'executionReport' as const,
    eventTime: raw.E,
    symbol: raw.s,
    clientOrderId: raw.c,
    side: raw.S,
    orderType: raw.o,
    timeInForce: raw.f,
    quantity: new BigNumber(raw.q),
    price: new BigNumber(raw.p),
    stopPrice: new BigNumber(raw.P),
    icebergQuantity: new BigNumber(raw.F),
    orderListId: BigInt(raw.g),
    ...present('originalClientOrderId', raw.C === '' ? undefined : raw.C),
    executionType: raw.x,
    orderStatus: raw.X,
    rejectReason: raw.r,
    orderId: BigInt(raw.i),
    lastExecutedQuantity: new BigNumber(raw.l),
    cumulativeFilledQuantity: filled,
    lastExecutedPrice: new BigNumber(raw.L),
    commission: new BigNumber(raw.n),
    ...present('commissionAsset', raw.N === null || raw.N === '' ? undefined : raw.N),
    transactionTime: raw.T,
    ...present('tradeId', idOrUnset(raw.t)),
    ...present('preventedMatchId', id(raw.v)),
    executionId: BigInt(raw.I),
    isOnBook: raw.w,
    isMaker: raw.m,
    orderCreationTime: raw.O,
    cumulativeQuoteQuantity: quote,
    lastQuoteQuantity: new BigNumber(raw.Y),
    quoteOrderQuantity: new BigNumber(raw.Q),
    ...present('workingTime', setTime(raw.W)),
    selfTradePreventionMode: raw.V,
    averagePrice: filled.isZero() ? undefined : quote.div(filled),
    ...present('trailingDelta', raw.d),
    ...present('trailingTime', setTime(raw.D)),
    ...present('strategyId', id(raw.j)),
    ...present('strategyType', raw.J),
    ...present('preventedQuantity', decimal(raw.A)),
    ...present('lastPreventedQuantity', decimal(raw.B)),
    ...present('tradeGroupId', id(raw.u)),
    ...present('counterOrderId', id(raw.U)),
    ...present('counterSymbol', raw.Cs),
    ...present('preventedExecutionQuantity', decimal(raw.pl)),
    ...present('preventedExecutionPrice', decimal(raw.pL)),
    ...present('preventedExecutionQuoteQuantity', decimal(raw.pY)),
    ...present('matchType', raw.b),
    ...present('allocationId', id(raw.a)),
    ...present('workingFloor', raw.k),
    ...present('usedSor', raw.uS),
    ...present('pegPriceType', raw.gP),
    ...present('pegOffsetType', raw.gOT),
    ...present('pegOffsetValue', raw.gOV),
    ...present('peggedPrice', decimal(raw.gp)),
    ...present('expiryReason', raw.eR),
  };
  return withPlainJson(report);
}

function present<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function decimal(text: string | undefined): BigNumber | undefined {
  return text === undefined ? undefined : new BigNumber(text);
}

function id(value: number | bigint | undefined): bigint | undefined {
  return value === undefined ? undefined : BigInt(value);
}

function idOrUnset(value: number | bigint): bigint | undefined {
  return value === -1 ? undefined : BigInt(value);
}

function setTime(time: number | undefined): number | undefined {
  return time === undefined || time < 0 ? undefined : time;
}
