import type { SymbolInfo } from '../models/SymbolInfo.js';
import { decimalsOf, truncate } from './decimalGrid.js';
import type { Violation } from './filterChecks.js';
import { filterViolation } from './filterRules.js';
import type { NewOrder } from './NewOrder.js';
import { type OrderAmounts, orderAmounts } from './orderAmounts.js';
import type { OrderType } from './orderEnums.js';
import type { OrderValidationMarket } from './validateOrder.js';

const UNSUPPORTED_REASON: Readonly<Record<OrderType, string>> = {
  LIMIT: 'ORDER_TYPE_NOT_SUPPORTED',
  LIMIT_MAKER: 'ORDER_TYPE_NOT_SUPPORTED',
  MARKET: 'MARKET_ORDERS_NOT_SUPPORTED',
  STOP_LOSS: 'STOP_LOSS_NOT_SUPPORTED',
  STOP_LOSS_LIMIT: 'STOP_LOSS_NOT_SUPPORTED',
  TAKE_PROFIT: 'TAKE_PROFIT_NOT_SUPPORTED',
  TAKE_PROFIT_LIMIT: 'TAKE_PROFIT_NOT_SUPPORTED',
};

/**
 * The first rule of its symbol an order breaks, with what is allowed and the nearest valid values, or `undefined`
 * when it breaks none: the full check behind `validateOrder`, in BigNumber arithmetic, in the order PROTOCOL §3.11
 * lists the rules (the symbol's own rules, precision, then the filters).
 *
 * @throws TypeError for a malformed amount (see `formatDecimal`).
 */
export function orderViolation(
  order: NewOrder,
  symbol: SymbolInfo,
  market: OrderValidationMarket,
): Violation | undefined {
  const amounts = orderAmounts(order);
  return (
    symbolRules(order, symbol, amounts) ?? precision(symbol, amounts) ?? filterViolation(order, symbol, market, amounts)
  );
}

function symbolRules(order: NewOrder, symbol: SymbolInfo, amounts: OrderAmounts): Violation | undefined {
  if (symbol.status !== 'TRADING') {
    return { filter: 'MARKET_CLOSED', details: `${symbol.symbol} is ${symbol.status} (allowed: TRADING)` };
  }
  if (!symbol.orderTypes.includes(order.type)) {
    return {
      filter: UNSUPPORTED_REASON[order.type],
      details: `${order.type} orders are not supported for ${symbol.symbol} (allowed: ${symbol.orderTypes.join(', ')})`,
    };
  }
  if (amounts.icebergQty !== undefined && !symbol.icebergAllowed) {
    return { filter: 'ICEBERG_NOT_SUPPORTED', details: `iceberg orders are not supported for ${symbol.symbol}` };
  }
  if (amounts.quoteOrderQty !== undefined && !symbol.quoteOrderQtyMarketAllowed) {
    return {
      filter: 'QUOTE_ORDER_QTY_NOT_SUPPORTED',
      details: `MARKET orders with quoteOrderQty are not supported for ${symbol.symbol} (give quantity instead)`,
    };
  }
  if (amounts.trailingDelta !== undefined && symbol.allowTrailingStop === false) {
    return {
      filter: 'TRAILING_STOP_NOT_SUPPORTED',
      details: `trailing stop orders (trailingDelta) are not supported for ${symbol.symbol}`,
    };
  }
  return undefined;
}

function precision(symbol: SymbolInfo, amounts: OrderAmounts): Violation | undefined {
  const { baseAsset, quoteAsset } = symbol.precisions;
  const checks: [keyof OrderAmounts, number, string][] = [
    ['price', quoteAsset, symbol.quoteAsset],
    ['stopPrice', quoteAsset, symbol.quoteAsset],
    ['quantity', baseAsset, symbol.baseAsset],
    ['icebergQty', baseAsset, symbol.baseAsset],
    ['quoteOrderQty', quoteAsset, symbol.quoteAsset],
  ];
  for (const [key, allowed, asset] of checks) {
    const value = amounts[key];
    if (typeof value !== 'object' || decimalsOf(value) <= allowed) continue;
    return {
      filter: 'BAD_PRECISION',
      code: -1111,
      details: `${key} ${value.toFixed()} has ${decimalsOf(value)} decimals (allowed: up to ${allowed} for ${asset})`,
      suggestions: [`Use ${key} ${truncate(value, allowed).toFixed()}.`],
    };
  }
  return undefined;
}
