import { BigNumber } from 'bignumber.js';
import type { LotSizeFilter } from '../models/SymbolFilters.js';
import type { SymbolInfo } from '../models/SymbolInfo.js';
import {
  checkGrid,
  checkIcebergParts,
  checkIntegerRange,
  checkNotional,
  checkOrderCount,
  checkPercentPrice,
  type Notional,
  quantityForNotional,
  type Violation,
} from './filterChecks.js';
import type { NewOrder } from './NewOrder.js';
import type { OrderAmounts } from './orderAmounts.js';
import { ALGO_ORDER_TYPES, LIMIT_ORDER_TYPES, type OrderType } from './orderEnums.js';
import type { OrderValidationMarket } from './validateOrder.js';

// Which filter of PROTOCOL §3.11 applies to which order, in the order validateOrder reports them. The arithmetic
// is in filterChecks.ts.

/**
 * The first filter an order breaks: PRICE_FILTER, PERCENT_PRICE(_BY_SIDE), LOT_SIZE, MARKET_LOT_SIZE,
 * ICEBERG_PARTS, NOTIONAL / MIN_NOTIONAL, TRAILING_DELTA, MAX_NUM_ORDERS, MAX_NUM_ALGO_ORDERS.
 */
export function filterViolation(
  order: NewOrder,
  symbol: SymbolInfo,
  market: OrderValidationMarket,
  amounts: OrderAmounts,
): Violation | undefined {
  return (
    priceRules(order, symbol, market, amounts) ??
    quantityRules(order, symbol, amounts) ??
    notionalRules(order, symbol, market, amounts) ??
    trailingDelta(order, symbol, amounts) ??
    orderCounts(order, symbol, market)
  );
}

function priceRules(
  order: NewOrder,
  symbol: SymbolInfo,
  market: OrderValidationMarket,
  amounts: OrderAmounts,
): Violation | undefined {
  const { priceFilter, percentPrice, percentPriceBySide } = symbol.filters;
  if (priceFilter !== undefined) {
    const rule = {
      filter: 'PRICE_FILTER',
      min: priceFilter.minPrice,
      max: priceFilter.maxPrice,
      step: priceFilter.tickSize,
      minName: 'minPrice',
      maxName: 'maxPrice',
      stepName: 'tickSize',
    };
    for (const key of ['price', 'stopPrice'] as const) {
      const value = amounts[key];
      const violation = value === undefined ? undefined : checkGrid(key, value, rule);
      if (violation !== undefined) return violation;
    }
  }
  const { price } = amounts;
  const average = market.averagePrice;
  if (price === undefined || average === undefined || !LIMIT_ORDER_TYPES.has(order.type)) return undefined;
  if (percentPriceBySide !== undefined) {
    const buy = order.side === 'BUY';
    const f = percentPriceBySide;
    const violation = checkPercentPrice(
      'PERCENT_PRICE_BY_SIDE',
      `${order.side} price`,
      price,
      average,
      buy ? f.bidMultiplierUp : f.askMultiplierUp,
      buy ? f.bidMultiplierDown : f.askMultiplierDown,
    );
    if (violation !== undefined) return violation;
  }
  if (percentPrice !== undefined) {
    const { multiplierUp, multiplierDown } = percentPrice;
    return checkPercentPrice('PERCENT_PRICE', 'price', price, average, multiplierUp, multiplierDown);
  }
  return undefined;
}

function lotRule(filter: string, lot: LotSizeFilter) {
  return {
    filter,
    min: lot.minQty,
    max: lot.maxQty,
    step: lot.stepSize,
    minName: 'minQty',
    maxName: 'maxQty',
    stepName: 'stepSize',
  };
}

function quantityRules(order: NewOrder, symbol: SymbolInfo, amounts: OrderAmounts): Violation | undefined {
  const { lotSize, marketLotSize, icebergParts } = symbol.filters;
  const { quantity, icebergQty } = amounts;
  if (lotSize !== undefined) {
    for (const key of ['quantity', 'icebergQty'] as const) {
      const value = amounts[key];
      const violation = value === undefined ? undefined : checkGrid(key, value, lotRule('LOT_SIZE', lotSize));
      if (violation !== undefined) return violation;
    }
  }
  if (marketLotSize !== undefined && order.type === 'MARKET' && quantity !== undefined) {
    const violation = checkGrid('quantity', quantity, lotRule('MARKET_LOT_SIZE', marketLotSize));
    if (violation !== undefined) return violation;
  }
  if (icebergParts !== undefined && quantity !== undefined && icebergQty !== undefined) {
    return checkIcebergParts(quantity, icebergQty, icebergParts, lotSize);
  }
  return undefined;
}

function notionalRules(
  order: NewOrder,
  symbol: SymbolInfo,
  market: OrderValidationMarket,
  amounts: OrderAmounts,
): Violation | undefined {
  const { notional, minNotional, lotSize } = symbol.filters;
  if (notional === undefined && minNotional === undefined) return undefined;
  const isMarket = order.type === 'MARKET';
  const value = notionalOf(order.type, amounts, market.averagePrice, lotSize);
  if (value === undefined) return undefined;
  const zero = new BigNumber(0);
  if (notional !== undefined) {
    const min = !isMarket || notional.applyMinToMarket ? notional.minNotional : zero;
    const max = !isMarket || notional.applyMaxToMarket ? notional.maxNotional : zero;
    const violation = checkNotional('NOTIONAL', value, min, max);
    if (violation !== undefined) return violation;
  }
  if (minNotional !== undefined && (!isMarket || minNotional.applyToMarket)) {
    return checkNotional('MIN_NOTIONAL', value, minNotional.minNotional, zero);
  }
  return undefined;
}

function notionalOf(
  type: OrderType,
  amounts: OrderAmounts,
  averagePrice: BigNumber | undefined,
  lotSize: LotSizeFilter | undefined,
): Notional | undefined {
  const { quantity, quoteOrderQty, price } = amounts;
  const quantityFor = (at: BigNumber) =>
    lotSize === undefined || lotSize.stepSize.isZero() || at.isZero()
      ? undefined
      : (target: BigNumber, roundUp: boolean) => quantityForNotional(target, at, lotSize, roundUp);
  if (type === 'MARKET') {
    if (quoteOrderQty !== undefined) return { value: quoteOrderQty, how: 'quoteOrderQty' };
    if (quantity === undefined || averagePrice === undefined) return undefined;
    const how = `quantity ${quantity.toFixed()} × average price ${averagePrice.toFixed()}`;
    return withQuantityFor({ value: quantity.times(averagePrice), how }, quantityFor(averagePrice));
  }
  // STOP_LOSS and TAKE_PROFIT have no price; Binance values them when they trigger.
  if (price === undefined || quantity === undefined) return undefined;
  const how = `price ${price.toFixed()} × quantity ${quantity.toFixed()}`;
  return withQuantityFor({ value: price.times(quantity), how }, quantityFor(price));
}

function withQuantityFor(notional: Notional, quantityFor: Notional['quantityFor']): Notional {
  return quantityFor === undefined ? notional : { ...notional, quantityFor };
}

function trailingDelta(order: NewOrder, symbol: SymbolInfo, amounts: OrderAmounts): Violation | undefined {
  const filter = symbol.filters.trailingDelta;
  const delta = amounts.trailingDelta;
  if (filter === undefined || delta === undefined) return undefined;
  // "Above" the market: a STOP_LOSS BUY or a TAKE_PROFIT SELL triggers on a rise (PROTOCOL §3.11).
  const stop = order.type === 'STOP_LOSS' || order.type === 'STOP_LOSS_LIMIT';
  const above = stop === (order.side === 'BUY');
  return above
    ? checkIntegerRange(
        'TRAILING_DELTA',
        'trailingDelta',
        delta,
        filter.minTrailingAboveDelta,
        'minTrailingAboveDelta',
        filter.maxTrailingAboveDelta,
        'maxTrailingAboveDelta',
      )
    : checkIntegerRange(
        'TRAILING_DELTA',
        'trailingDelta',
        delta,
        filter.minTrailingBelowDelta,
        'minTrailingBelowDelta',
        filter.maxTrailingBelowDelta,
        'maxTrailingBelowDelta',
      );
}

function orderCounts(order: NewOrder, symbol: SymbolInfo, market: OrderValidationMarket): Violation | undefined {
  const { maxNumOrders, maxNumAlgoOrders } = symbol.filters;
  if (maxNumOrders !== undefined && market.openOrders !== undefined) {
    const violation = checkOrderCount('MAX_NUM_ORDERS', 'orders', market.openOrders, maxNumOrders, 'maxNumOrders');
    if (violation !== undefined) return violation;
  }
  if (maxNumAlgoOrders !== undefined && market.openAlgoOrders !== undefined && ALGO_ORDER_TYPES.has(order.type)) {
    return checkOrderCount(
      'MAX_NUM_ALGO_ORDERS',
      'stop and take-profit orders',
      market.openAlgoOrders,
      maxNumAlgoOrders,
      'maxNumAlgoOrders',
    );
  }
  return undefined;
}
