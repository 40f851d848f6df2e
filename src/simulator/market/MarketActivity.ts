import { notionalQuantity, onTickGrid, priceGrain } from './marketScales.js';
import type { Side, TakerAmount } from './OrderBook.js';
import type { Prng } from './Prng.js';
import type { SymbolRules } from './SymbolRules.js';
import type { SyntheticMarket } from './SyntheticMarket.js';

/** The owner of synthetic liquidity. */
export const MARKET_OWNER = 'market';

// Tuning of the synthetic market, per tick (100 ms by default).
const FAIR_MOVE_CHANCE = 0.3;
const TAKER_CHANCE = 0.35;
const BLOCK_TRADE_CHANCE = 1 / 6000;
const MIN_LEVELS = 15;
const MAX_ORDERS = 400;
const STALE_GRAINS = 40n;

/**
 * The behaviour of the synthetic market: a fair price drifts by a random walk (pulled back when it strays more than
 * 10 % from the initial price), market makers quote around it without ever crossing the book, cancel stale quotes and
 * keep both sides at least {@link MIN_LEVELS} deep, and random takers send market orders (sometimes by quote amount,
 * sometimes with a limit price) that lean towards the fair price, which is how trades move the price.
 */
export class MarketActivity {
  private fair: bigint;
  private readonly grain: bigint;
  private readonly grainTicks: number;
  private makerOrders: number[] = [];
  private nextBlockId: number;

  private readonly takerChance: number;

  /** @param activity - taker activity relative to the default (see `SymbolConfig.activity`). */
  constructor(
    private readonly rules: SymbolRules,
    private readonly prng: Prng,
    private readonly blocks: Prng,
    activity = 1,
  ) {
    if (!(activity >= 0)) throw new TypeError(`${rules.symbol}: activity must be ≥ 0`);
    this.takerChance = Math.min(1, TAKER_CHANCE * activity);
    this.fair = rules.initialPrice;
    this.grain = priceGrain(rules);
    this.grainTicks = Number(this.grain / rules.tickSize);
    this.nextBlockId = blocks.int(100_000, 999_999);
  }

  /** Fills an empty book with quotes on both sides of the initial price. */
  seedBook(market: SyntheticMarket): void {
    for (let i = 0; i < 3 * MIN_LEVELS; i++) {
      this.quote(market, 'BUY');
      this.quote(market, 'SELL');
    }
  }

  /** One tick of activity. */
  act(market: SyntheticMarket, now: number): void {
    this.moveFair();
    this.cancelSome(market);
    const quotes = this.prng.int(1, 3);
    for (let i = 0; i < quotes; i++) this.quote(market, this.prng.chance(0.5) ? 'BUY' : 'SELL');
    for (const side of ['BUY', 'SELL'] as const) {
      if (market.book.levels(side, MIN_LEVELS).length < MIN_LEVELS) {
        for (let i = 0; i < 3; i++) this.quote(market, side);
      }
    }
    if (this.prng.chance(this.takerChance)) this.takeSome(market);
    if (this.takerChance > 0 && this.blocks.chance(BLOCK_TRADE_CHANCE)) {
      const price = market.lastPrice;
      const quantity = notionalQuantity(this.rules, price, 20_000 + this.blocks.int(0, 20_000));
      market.reportBlockTrade({
        id: this.nextBlockId++,
        price,
        quantity,
        time: now,
        buyerIsMaker: this.blocks.chance(0.5),
      });
    }
  }

  private moveFair(): void {
    if (!this.prng.chance(FAIR_MOVE_CHANCE)) return;
    const initial = this.rules.initialPrice;
    let upChance = 0.5;
    if (this.fair * 10n > initial * 11n) upChance = 0.4;
    else if (this.fair * 10n < initial * 9n) upChance = 0.6;
    const next = this.prng.chance(upChance) ? this.fair + this.grain : this.fair - this.grain;
    if (next > this.rules.minPrice + 100n * this.grain && next < this.rules.maxPrice) this.fair = next;
  }

  private quote(market: SyntheticMarket, side: Side): void {
    // Exponentially fewer quotes further from the fair price; jitter within a grain spreads them over many levels.
    const grains = 1 + Math.floor(-Math.log(1 - this.prng.next()) * 6);
    const ticks = grains * this.grainTicks + this.prng.int(0, this.grainTicks - 1);
    const distance = BigInt(ticks) * this.rules.tickSize;
    let price = onTickGrid(this.rules, side === 'BUY' ? this.fair - distance : this.fair + distance);
    // Makers never cross: a quote that would take is moved just behind the opposite best price.
    const opposite = side === 'BUY' ? market.book.bestAsk() : market.book.bestBid();
    if (opposite !== undefined) {
      if (side === 'BUY' && price >= opposite[0]) price = opposite[0] - this.rules.tickSize;
      if (side === 'SELL' && price <= opposite[0]) price = opposite[0] + this.rules.tickSize;
    }
    if (price < this.rules.minPrice || price > this.rules.maxPrice) return;
    const quantity = notionalQuantity(this.rules, price, 2 + this.prng.next() ** 2 * 100);
    this.makerOrders.push(market.place(MARKET_OWNER, side, price, quantity).orderId);
  }

  private cancelSome(market: SyntheticMarket): void {
    // Filled quotes leave the book without telling us: drop them now and then, so the list stays bounded.
    if (this.makerOrders.length > 2 * market.book.size + 100) {
      this.makerOrders = this.makerOrders.filter((orderId) => market.book.order(orderId) !== undefined);
    }
    let cancels = this.prng.int(0, 2) + (market.book.size > MAX_ORDERS ? 5 : 0);
    for (let tries = 0; cancels > 0 && tries < 20 && this.makerOrders.length > 0; tries++) {
      const index = this.prng.int(0, this.makerOrders.length - 1);
      const orderId = this.makerOrders[index] as number;
      // Swap-remove: the order is either cancelled now or already gone (filled).
      this.makerOrders[index] = this.makerOrders[this.makerOrders.length - 1] as number;
      this.makerOrders.pop();
      const order = market.book.order(orderId);
      if (order === undefined) continue;
      const distance = order.price > this.fair ? order.price - this.fair : this.fair - order.price;
      if (distance > STALE_GRAINS * this.grain || this.prng.chance(0.5)) {
        market.cancel(orderId);
        cancels--;
      } else {
        this.makerOrders.push(orderId);
      }
    }
  }

  private takeSome(market: SyntheticMarket): void {
    const bid = market.book.bestBid();
    const ask = market.book.bestAsk();
    if (bid === undefined || ask === undefined) return;
    const fairAboveMid = this.fair * 2n > bid[0] + ask[0];
    const side: Side = this.prng.chance(fairAboveMid ? 0.7 : 0.3) ? 'BUY' : 'SELL';
    const opposite = side === 'BUY' ? 'SELL' : 'BUY';
    const reachable = market.book.levels(opposite, 5).reduce((sum, [, quantity]) => sum + quantity, 0n);
    let quantity = notionalQuantity(this.rules, side === 'BUY' ? ask[0] : bid[0], 2 + this.prng.next() ** 3 * 400);
    // Never sweep the book bare: at most 40 % of the five best levels.
    const cap = ((reachable * 4n) / 10n / this.rules.stepSize) * this.rules.stepSize;
    if (quantity > cap) quantity = cap;
    if (quantity < this.rules.minQty) return;
    const best = side === 'BUY' ? ask[0] : bid[0];
    const style = this.prng.next();
    let amount: TakerAmount = { quantity };
    let limit: bigint | undefined;
    if (style < 0.15) amount = { quoteQuantity: quantity * best };
    else if (style < 0.35) {
      const slack = BigInt(this.prng.int(0, 3)) * this.grain;
      limit = side === 'BUY' ? best + slack : best - slack;
    }
    market.take(side, amount, limit);
  }
}
