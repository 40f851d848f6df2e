import type { BigNumber } from 'bignumber.js';
import type { ErrorContext, ExchangeError } from '../errors/ExchangeError.js';
import { fromFilterViolation } from '../errors/filterViolation.js';
import { normalizeSymbol } from '../market/normalizeSymbol.js';
import type { SymbolInfo } from '../models/SymbolInfo.js';
import { decimalsOf, truncate } from './decimalGrid.js';
import type { Violation } from './filterChecks.js';
import { filterViolation } from './filterRules.js';
import type { NewOrder } from './NewOrder.js';
import { type OrderAmounts, orderAmounts } from './orderAmounts.js';
import type { OrderType } from './orderEnums.js';

/** What {@link validateOrder} knows about the market and the account besides the symbol's rules. */
export interface OrderValidationMarket {
  /**
   * The price Binance values MARKET orders and percent-price bounds at: the reference price, or the average price
   * over the filter's `avgPriceMins` (`GET /api/v3/avgPrice`). Without it, MARKET notionals and percent-price bounds
   * are not checked.
   */
  readonly averagePrice?: BigNumber;
  /** The account's open orders on the symbol. Without it, MAX_NUM_ORDERS is not checked. */
  readonly openOrders?: number;
  /** The account's open STOP_LOSS* and TAKE_PROFIT* orders on the symbol. Without it, MAX_NUM_ALGO_ORDERS is not. */
  readonly openAlgoOrders?: number;
}

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
 * Checks an order against the rules of its symbol before it is sent (PROTOCOL §3.11), in exact decimal arithmetic,
 * and returns the first rule it breaks as an `ExchangeError` (category `validation`, the code Binance would send,
 * `reason` = the rule), or `undefined` when it passes. Binance stays the authority: a rule this check cannot see
 * (balances, MAX_POSITION, iceberg counts, exchange-wide counts) is left to the server.
 *
 * In order: the symbol's status (`MARKET_CLOSED` unless TRADING) and allowed order types, iceberg / quoteOrderQty /
 * trailing stop support; decimals beyond the asset precision (-1111 `BAD_PRECISION`); PRICE_FILTER on price and
 * stopPrice; PERCENT_PRICE and PERCENT_PRICE_BY_SIDE on LIMIT and LIMIT_MAKER prices, against
 * `market.averagePrice`; LOT_SIZE on quantity and icebergQty; MARKET_LOT_SIZE on MARKET quantities; ICEBERG_PARTS;
 * NOTIONAL and MIN_NOTIONAL (price × quantity; for MARKET orders quoteOrderQty, or quantity × averagePrice, and only
 * when the filter applies to MARKET); TRAILING_DELTA; MAX_NUM_ORDERS and MAX_NUM_ALGO_ORDERS with the counts given.
 * Where Binance does not document how a rule applies to stop orders (percent price of every stop and take-profit
 * order; notional of STOP_LOSS and TAKE_PROFIT, which have no price), the rule is left to the server rather than
 * risk refusing a valid order.
 *
 * @param order - the order; its amounts must be well-formed (see `orderParams`).
 * @param symbol - the rules of the order's symbol (`exchangeInfo`).
 * @param market - the average price and open order counts, when known. Default: none.
 * @throws TypeError when `symbol` is not the order's symbol, or an amount is malformed.
 * @example
 * const error = validateOrder(order, info.symbols.get('BTCUSDT')!, { averagePrice });
 * if (error !== undefined) return throwError(() => error);
 */
export function validateOrder(
  order: NewOrder,
  symbol: SymbolInfo,
  market: OrderValidationMarket = {},
): ExchangeError | undefined {
  const name = normalizeSymbol(order.symbol);
  if (name !== symbol.symbol) {
    throw new TypeError(`validateOrder: the order is for ${name} but the rules given are those of ${symbol.symbol}`);
  }
  const violation = firstViolation(order, symbol, market, orderAmounts(order));
  if (violation === undefined) return undefined;
  const context: ErrorContext = {
    symbol: symbol.symbol,
    operation: 'validateOrder',
    ...(order.newClientOrderId === undefined ? {} : { clientOrderId: order.newClientOrderId }),
  };
  return fromFilterViolation(violation.filter, violation.details, context, {
    ...(violation.code === undefined ? {} : { code: violation.code }),
    ...(violation.suggestions === undefined || violation.suggestions.length === 0
      ? {}
      : { suggestions: violation.suggestions }),
  });
}

function firstViolation(
  order: NewOrder,
  symbol: SymbolInfo,
  market: OrderValidationMarket,
  amounts: OrderAmounts,
): Violation | undefined {
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
