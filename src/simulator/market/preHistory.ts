import { notionalQuantity, priceGrain } from './marketScales.js';
import type { Side } from './OrderBook.js';
import type { Prng } from './Prng.js';
import type { SymbolRules } from './SymbolRules.js';

/** One invented past trade. */
export interface PastTrade {
  readonly time: number;
  readonly price: bigint;
  readonly quantity: bigint;
  readonly takerSide: Side;
}

/**
 * Invents the trades of the `durationMs` before `now` (one every 2 to 18 s), as a random walk that ends at the
 * initial price, so that a fresh market has 24-hour statistics, klines and an average price. Oldest first.
 */
export function preHistory(rules: SymbolRules, prng: Prng, now: number, durationMs: number): PastTrade[] {
  const grain = priceGrain(rules);
  const floor = rules.minPrice + 10n * grain;
  const trades: PastTrade[] = [];
  let price = rules.initialPrice;
  let time = now - prng.int(1, 2000);
  while (time >= now - durationMs && durationMs > 0) {
    // Walking backwards: the move chosen here is the one that led from the earlier trade to this one.
    const move = prng.int(-1, 1);
    const takerSide: Side = move > 0 || (move === 0 && prng.chance(0.5)) ? 'BUY' : 'SELL';
    trades.push({ time, price, quantity: notionalQuantity(rules, price, 2 + prng.next() ** 3 * 200), takerSide });
    const earlier = price - BigInt(move) * grain;
    price = earlier < floor ? price : earlier;
    time -= prng.int(2000, 18_000);
  }
  return trades.reverse();
}
