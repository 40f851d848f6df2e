// Order answers exactly as PROTOCOL §3.7 shapes them (ACK, RESULT, FULL, query, cancel, myTrades). Every builder takes
// the time conversion of the request (`X-MBX-TIME-UNIT`).
import { isStopType } from './orderEnums.js';
import type { OrderRecord } from './OrderRecord.js';
import type { SymbolUnits } from './SymbolUnits.js';

/** Converts epoch ms to the unit the client asked for. */
export type TimeConversion = (ms: number) => number;

/** One fill of a taker order, as FULL lists it. */
export interface FillRecord {
  readonly price: bigint;
  readonly quantity: bigint;
  readonly commission: bigint;
  readonly commissionAsset: string;
  readonly tradeId: number;
}

/** One self-trade prevented while the order took, as FULL lists it. */
export interface PreventedMatchRecord {
  readonly preventedMatchId: number;
  readonly makerOrderId: number;
  readonly price: bigint;
  readonly takerPreventedQuantity: bigint | undefined;
  readonly makerPreventedQuantity: bigint | undefined;
}

/** One trade of an account, as `myTrades` lists it; `quote` and `commission` are asset atoms. */
export interface AccountTrade {
  readonly symbol: string;
  readonly id: number;
  readonly orderId: number;
  readonly price: bigint;
  readonly quantity: bigint;
  readonly quote: bigint;
  readonly commission: bigint;
  readonly commissionAsset: string;
  readonly time: number;
  readonly isBuyer: boolean;
  readonly isMaker: boolean;
}

/** ACK: `symbol, orderId, orderListId, clientOrderId, transactTime`. */
export function ackJson(order: OrderRecord, transactTime: number, time: TimeConversion): Record<string, unknown> {
  return {
    symbol: order.symbol,
    orderId: order.orderId,
    orderListId: -1,
    clientOrderId: order.clientOrderId,
    transactTime: time(transactTime),
  };
}

/** RESULT: ACK plus the order's state, and the conditional fields that apply. */
export function resultJson(
  order: OrderRecord,
  units: SymbolUnits,
  transactTime: number,
  time: TimeConversion,
): Record<string, unknown> {
  return {
    ...ackJson(order, transactTime, time),
    ...stateJson(order, units),
    workingTime: order.workingTime < 0 ? -1 : time(order.workingTime),
    selfTradePreventionMode: order.stpMode,
    ...conditionalJson(order, units),
    ...(order.expiryReason === 'NONE' ? {} : { expiryReason: order.expiryReason }),
  };
}

/** FULL: RESULT plus `fills` (and `preventedMatches` when self-trades were prevented). */
export function fullJson(
  order: OrderRecord,
  units: SymbolUnits,
  transactTime: number,
  fills: readonly FillRecord[],
  prevented: readonly PreventedMatchRecord[],
  time: TimeConversion,
): Record<string, unknown> {
  const { rules } = units;
  return {
    ...resultJson(order, units, transactTime, time),
    fills: fills.map((fill) => ({
      price: rules.price(fill.price),
      qty: rules.quantity(fill.quantity),
      commission: units.formatAsset(fill.commissionAsset, fill.commission),
      commissionAsset: fill.commissionAsset,
      tradeId: fill.tradeId,
    })),
    ...(prevented.length === 0
      ? {}
      : {
          preventedMatches: prevented.map((match) => ({
            preventedMatchId: match.preventedMatchId,
            makerOrderId: match.makerOrderId,
            price: rules.price(match.price),
            ...(match.takerPreventedQuantity === undefined
              ? {}
              : { takerPreventedQuantity: rules.quantity(match.takerPreventedQuantity) }),
            ...(match.makerPreventedQuantity === undefined
              ? {}
              : { makerPreventedQuantity: rules.quantity(match.makerPreventedQuantity) }),
          })),
        }),
  };
}

/** `GET /api/v3/order`, `openOrders`, `allOrders`. */
export function queryJson(order: OrderRecord, units: SymbolUnits, time: TimeConversion): Record<string, unknown> {
  const { rules } = units;
  const state = stateJson(order, units);
  return {
    symbol: order.symbol,
    orderId: order.orderId,
    orderListId: -1,
    clientOrderId: order.clientOrderId,
    price: state.price,
    origQty: state.origQty,
    executedQty: state.executedQty,
    cummulativeQuoteQty: state.cummulativeQuoteQty,
    status: state.status,
    timeInForce: state.timeInForce,
    type: state.type,
    side: state.side,
    stopPrice: rules.price(order.stopPrice),
    icebergQty: rules.quantity(order.icebergQty),
    time: time(order.time),
    updateTime: time(order.updateTime),
    isWorking: order.workingTime >= 0,
    workingTime: order.workingTime < 0 ? -1 : time(order.workingTime),
    origQuoteOrderQty: units.formatQuote(order.origQuoteOrderQty),
    selfTradePreventionMode: order.stpMode,
    ...preventionJson(order, units),
    ...strategyJson(order),
  };
}

/** A cancel: like RESULT, with `origClientOrderId` the order's id and `clientOrderId` the cancel's. */
export function cancelJson(
  order: OrderRecord,
  units: SymbolUnits,
  cancelClientOrderId: string,
  transactTime: number,
  time: TimeConversion,
): Record<string, unknown> {
  return {
    symbol: order.symbol,
    origClientOrderId: order.clientOrderId,
    orderId: order.orderId,
    orderListId: -1,
    clientOrderId: cancelClientOrderId,
    transactTime: time(transactTime),
    ...stateJson(order, units),
    selfTradePreventionMode: order.stpMode,
    ...conditionalJson(order, units),
  };
}

/** One entry of `myTrades`. */
export function tradeJson(trade: AccountTrade, units: SymbolUnits, time: TimeConversion): Record<string, unknown> {
  const { rules } = units;
  return {
    symbol: trade.symbol,
    id: trade.id,
    orderId: trade.orderId,
    orderListId: -1,
    price: rules.price(trade.price),
    qty: rules.quantity(trade.quantity),
    quoteQty: units.formatQuote(trade.quote),
    commission: units.formatAsset(trade.commissionAsset, trade.commission),
    commissionAsset: trade.commissionAsset,
    time: time(trade.time),
    isBuyer: trade.isBuyer,
    isMaker: trade.isMaker,
    isBestMatch: true,
  };
}

function stateJson(order: OrderRecord, units: SymbolUnits) {
  const { rules } = units;
  return {
    price: rules.price(order.price),
    origQty: rules.quantity(order.origQty),
    executedQty: rules.quantity(order.executedQty),
    origQuoteOrderQty: units.formatQuote(order.origQuoteOrderQty),
    cummulativeQuoteQty: units.formatQuote(order.cumQuote),
    status: order.status,
    timeInForce: order.timeInForce,
    type: order.type,
    side: order.side,
  };
}

/** The fields RESULT, FULL and cancel answers carry only when they apply. */
function conditionalJson(order: OrderRecord, units: SymbolUnits): Record<string, unknown> {
  const { rules } = units;
  return {
    ...(order.icebergQty > 0n ? { icebergQty: rules.quantity(order.icebergQty) } : {}),
    ...preventionJson(order, units),
    ...(isStopType(order.type) ? { stopPrice: rules.price(order.stopPrice) } : {}),
    ...strategyJson(order),
  };
}

function preventionJson(order: OrderRecord, units: SymbolUnits): Record<string, unknown> {
  if (order.preventedMatchId === undefined) return {};
  return { preventedMatchId: order.preventedMatchId, preventedQuantity: units.rules.quantity(order.preventedQty) };
}

function strategyJson(order: OrderRecord): Record<string, unknown> {
  return {
    ...(order.strategyId === undefined ? {} : { strategyId: order.strategyId }),
    ...(order.strategyType === undefined ? {} : { strategyType: order.strategyType }),
  };
}
