import type { OrderBook } from '../market/OrderBook.js';
import type { SymbolUnits } from './SymbolUnits.js';

/**
 * What buying `quantity` at market would cost now (quote-asset atoms), walking the asks best first: an upper bound of
 * what the fills will move, since each level's truncated notional is at least the sum of its fills' truncated ones.
 * Only as much as the book holds is counted.
 */
export function marketBuyCost(book: OrderBook, units: SymbolUnits, quantity: bigint): bigint {
  let left = quantity;
  let cost = 0n;
  for (const [price, total] of book.levels('SELL')) {
    if (left <= 0n) break;
    const taken = total < left ? total : left;
    cost += units.quote(price, taken);
    left -= taken;
  }
  return cost;
}

/**
 * How much base quantity selling at market for `quoteAtoms` would take now, walking the bids best first, in whole
 * steps (what a MARKET SELL by `quoteOrderQty` must lock).
 */
export function marketSellQuantity(book: OrderBook, units: SymbolUnits, quoteAtoms: bigint): bigint {
  let left = quoteAtoms;
  let quantity = 0n;
  for (const [price, total] of book.levels('BUY')) {
    const wanted = units.quantityForQuote(left, price);
    if (wanted <= total) return quantity + wanted;
    quantity += total;
    left -= units.quote(price, total);
  }
  return quantity;
}
