import type { SyntheticMarket } from '../market/SyntheticMarket.js';
import { RestError } from '../rest/RestError.js';
import { marketBuyCost, marketSellQuantity } from './estimateFill.js';
import type { NewOrderRequest } from './readNewOrder.js';
import type { SymbolUnits } from './SymbolUnits.js';

/** What a new order locks: an amount (atoms) of one asset. */
export interface OrderLock {
  readonly asset: string;
  readonly amount: bigint;
}

/**
 * What a new order must lock: a SELL its base quantity (for a MARKET SELL by `quoteOrderQty`, what selling for that
 * amount would take now); a BUY its price × quantity rounded up (a stop-market BUY at its stop price), a MARKET BUY what
 * the book would cost now, or its `quoteOrderQty`. A MARKET order by `quoteOrderQty` facing an empty side is refused
 * (-2010, Binance's "Order book liquidity is less than symbol minimum quantity.").
 */
export function orderLock(request: NewOrderRequest, market: SyntheticMarket, units: SymbolUnits): OrderLock {
  const { baseAsset, quoteAsset } = units.rules;
  const { side, quantity, quoteOrderQty, price, stopPrice } = request;
  if (quoteOrderQty !== undefined) {
    const top = side === 'BUY' ? market.book.bestAsk() : market.book.bestBid();
    if (top === undefined) {
      throw new RestError(-2010, 'Order book liquidity is less than symbol minimum quantity.');
    }
    if (side === 'BUY') return { asset: quoteAsset, amount: quoteOrderQty };
    return { asset: baseAsset, amount: units.base(marketSellQuantity(market.book, units, quoteOrderQty)) };
  }
  const qty = quantity ?? 0n;
  if (side === 'SELL') return { asset: baseAsset, amount: units.base(qty) };
  const reference = price ?? stopPrice;
  const amount = reference !== undefined ? units.quoteCeil(reference, qty) : marketBuyCost(market.book, units, qty);
  return { asset: quoteAsset, amount };
}
