import type { BigNumber } from 'bignumber.js';
import type { ErrorContext, ExchangeError } from '../errors/ExchangeError.js';
import { fromFilterViolation } from '../errors/filterViolation.js';
import { normalizeSymbol } from '../market/normalizeSymbol.js';
import type { SymbolInfo } from '../models/SymbolInfo.js';
import type { NewOrder } from './NewOrder.js';
import { orderViolation } from './orderViolation.js';
import { passesFilters } from './passesFilters.js';

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
  // Nearly every order passes: the cheap proof first, the full check (which explains) only when it gives no proof.
  if (passesFilters(order, symbol, market)) return undefined;
  const violation = orderViolation(order, symbol, market);
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
