import type { SymbolRules } from './SymbolRules.js';

/**
 * The unit of price movement of the synthetic market: about 0.2 basis points of the initial price, at least one
 * tick, on the tick grid (BTCUSDT at 67000.00 moves by 1.34, a coin at 0.05000 by one tick).
 */
export function priceGrain(rules: SymbolRules): bigint {
  const grain = (rules.initialPrice / 50_000n / rules.tickSize) * rules.tickSize;
  return grain > rules.tickSize ? grain : rules.tickSize;
}

/**
 * A quantity worth about `multiple` times the minimum notional at `price`, on the step grid, within LOT_SIZE.
 */
export function notionalQuantity(rules: SymbolRules, price: bigint, multiple: number): bigint {
  const raw = (rules.minNotional * BigInt(Math.max(1, Math.floor(multiple)))) / price;
  const stepped = (raw / rules.stepSize) * rules.stepSize;
  if (stepped < rules.minQty) return rules.minQty;
  return stepped > rules.maxQty ? rules.maxQty : stepped;
}

/** Snaps a price down onto the tick grid (`minPrice + k · tickSize`). */
export function onTickGrid(rules: SymbolRules, price: bigint): bigint {
  return price - ((price - rules.minPrice) % rules.tickSize);
}
