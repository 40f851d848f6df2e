// The local order book against the plain one anybody would write first: per side, two sorted arrays of floats
// (`parseFloat`, binary search, `splice`). Both are fed the same decoded diff events; ours also makes the view that the
// live path emits for every event. Deterministic events, alternate rounds, median. Prints nothing.
import { either } from 'fp-ts';
import type * as t from 'io-ts';
import { RawDepthSnapshot } from '../src/codecs/RawDepthSnapshot.js';
import { RawDepthUpdate } from '../src/codecs/RawDepthUpdate.js';
import { LocalOrderBook } from '../src/book/LocalOrderBook.js';
import type { OrderBookView } from '../src/book/OrderBookView.js';
import { PriceScale } from '../src/book/PriceScale.js';
import { median } from './measure.js';

/** The figures of {@link compareOrderBooks}: diff events applied per second, median of the rounds. */
export interface OrderBookComparison {
  readonly plainPerSecond: number;
  readonly oursPerSecond: number;
}

const LEVELS = 1000;
const EVENTS = 20_000;
const ROUNDS = 9;
const TICKS_PER_UNIT = 100; // a tick of 0.01
const MID = 2_700_000; // 27000.00

/**
 * Diff events per second applied by a plain float book and by `LocalOrderBook.apply` plus a view per event, over a
 * 1000-level book, each event ~10 level changes near the top (updates, insertions, removals).
 */
export async function compareOrderBooks(): Promise<OrderBookComparison> {
  const { snapshot, events } = generateMarket(EVENTS, 0x5eed);
  let plainBook: PlainBook | undefined;
  let ourView: OrderBookView | undefined;
  const plain = (): number => time(() => (plainBook = runPlain(snapshot, events)));
  const ours = (): number => time(() => (ourView = runOurs(snapshot, events)));
  plain(); // warm both up
  ours();
  // Both must have built the same book, or the figures compare different work.
  if (plainBook === undefined || ourView === undefined || !sameBook(plainBook, ourView)) {
    throw new Error('the plain book and the local order book disagree');
  }
  const plainTimes: number[] = [];
  const ourTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    plainTimes.push(plain());
    ourTimes.push(ours());
    await Promise.resolve();
  }
  return {
    plainPerSecond: events.length / (median(plainTimes) / 1000),
    oursPerSecond: events.length / (median(ourTimes) / 1000),
  };
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function runOurs(snapshot: RawDepthSnapshot, events: readonly RawDepthUpdate[]): OrderBookView {
  const book = new LocalOrderBook({ symbol: 'BTCUSDT', scale: PriceScale.fromTickSize('0.01000000') });
  book.reset(snapshot);
  let view = book.view('live');
  for (const event of events) {
    if (book.apply(event) === 'applied') view = book.view('live');
  }
  return view;
}

function sameBook(plain: PlainBook, view: OrderBookView): boolean {
  const same = (side: PlainSide, levels: OrderBookView['bids']): boolean =>
    side.prices.length === levels.length &&
    levels.every(
      (level, i) => side.prices[i] === level.price.toNumber() && side.quantities[i] === level.quantity.toNumber(),
    );
  return same(plain.bids, view.bids) && same(plain.asks, view.asks);
}

// ---- the plain book ---------------------------------------------------------------------------------------------

class PlainSide {
  readonly prices: number[] = [];
  readonly quantities: number[] = [];
  constructor(private readonly descending: boolean) {}

  set(price: number, quantity: number): void {
    const { prices } = this;
    let lo = 0;
    let hi = prices.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const p = prices[mid] as number;
      if (this.descending ? p > price : p < price) lo = mid + 1;
      else hi = mid;
    }
    if (prices[lo] === price) {
      if (quantity === 0) {
        prices.splice(lo, 1);
        this.quantities.splice(lo, 1);
      } else {
        this.quantities[lo] = quantity;
      }
    } else if (quantity !== 0) {
      prices.splice(lo, 0, price);
      this.quantities.splice(lo, 0, quantity);
    }
  }
}

class PlainBook {
  bids = new PlainSide(true);
  asks = new PlainSide(false);
  id = 0;

  constructor(snapshot: RawDepthSnapshot) {
    for (const [p, q] of snapshot.bids) this.bids.set(parseFloat(p), parseFloat(q));
    for (const [p, q] of snapshot.asks) this.asks.set(parseFloat(p), parseFloat(q));
    this.id = Number(snapshot.lastUpdateId);
  }

  apply(event: RawDepthUpdate): boolean {
    if (event.u < this.id || event.U > this.id + 1) return false;
    for (const [p, q] of event.b) this.bids.set(parseFloat(p), parseFloat(q));
    for (const [p, q] of event.a) this.asks.set(parseFloat(p), parseFloat(q));
    this.id = Number(event.u);
    return true;
  }
}

function runPlain(snapshot: RawDepthSnapshot, events: readonly RawDepthUpdate[]): PlainBook {
  const book = new PlainBook(snapshot);
  for (const event of events) book.apply(event);
  return book;
}

// ---- deterministic market ---------------------------------------------------------------------------------------

/** A small seeded generator (mulberry32): the same events on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A price of `ticks` hundredths, written like Binance: 8 decimals. */
function priceText(ticks: number): string {
  return `${Math.floor(ticks / TICKS_PER_UNIT)}.${String(ticks % TICKS_PER_UNIT).padStart(2, '0')}000000`;
}

function generateMarket(count: number, seed: number): { snapshot: RawDepthSnapshot; events: RawDepthUpdate[] } {
  const rnd = random(seed);
  const quantity = (): string => (0.001 + rnd() * 5).toFixed(8);
  // Each side as sorted tick lists, best first; about two levels in three ticks are occupied.
  const bids: number[] = [];
  const asks: number[] = [];
  for (let t = MID - 1; bids.length < LEVELS; t -= rnd() < 0.7 ? 1 : 2) bids.push(t);
  for (let t = MID + 1; asks.length < LEVELS; t += rnd() < 0.7 ? 1 : 2) asks.push(t);
  const snapshot = decode(RawDepthSnapshot, {
    lastUpdateId: 1000,
    bids: bids.map((t) => [priceText(t), quantity()]),
    asks: asks.map((t) => [priceText(t), quantity()]),
  });

  // Levels near the top change most: an index drawn with a steep bias towards 0 (median about 60).
  const nearTop = (size: number): number => Math.min(size - 1, Math.floor(size * rnd() ** 4));
  const events: RawDepthUpdate[] = [];
  let id = 1000;
  for (let n = 0; n < count; n++) {
    const changes = { b: new Map<number, string>(), a: new Map<number, string>() };
    const total = 8 + Math.floor(rnd() * 5);
    for (let k = 0; k < total; k++) {
      const isBid = rnd() < 0.5;
      const side = isBid ? bids : asks;
      const out = isBid ? changes.b : changes.a;
      // About 60% updates, 20% insertions, 20% removals; the odds lean so that each side stays near LEVELS.
      const lean = Math.max(-0.15, Math.min(0.15, (LEVELS - side.length) / 200));
      const roll = rnd();
      if (roll < 0.6) {
        out.set(side[nearTop(side.length)] as number, quantity());
      } else if (roll < 0.8 + lean) {
        const t = freeTickNearTop(side, isBid ? asks : bids, isBid, rnd);
        side.splice(positionOf(side, t, isBid), 0, t);
        out.set(t, quantity());
      } else {
        const i = nearTop(side.length);
        out.set(side[i] as number, '0.00000000');
        side.splice(i, 1);
      }
    }
    const U = id + 1;
    id += 1 + Math.floor(rnd() * 20);
    events.push(
      decode(RawDepthUpdate, {
        e: 'depthUpdate',
        E: 1_700_000_000_000 + n * 100,
        s: 'BTCUSDT',
        U,
        u: id,
        b: [...changes.b].map(([t, q]) => [priceText(t), q]),
        a: [...changes.a].map(([t, q]) => [priceText(t), q]),
      }),
    );
  }
  return { snapshot, events };
}

/** A price not in `side`, drawn near its best (never crossing the other side's best), else the next free one behind. */
function freeTickNearTop(side: readonly number[], other: readonly number[], isBid: boolean, rnd: () => number): number {
  const toward = isBid ? 1 : -1; // towards the other side
  const limit = (other[0] as number) - toward;
  let t = (side[0] as number) + toward * 2 - toward * Math.floor(100 * rnd() ** 3);
  if (isBid ? t > limit : t < limit) t = limit;
  while (side[positionOf(side, t, isBid)] === t) t -= toward;
  return t;
}

/** Where `t` is or would go in a side sorted best first. */
function positionOf(side: readonly number[], t: number, isBid: boolean): number {
  let lo = 0;
  let hi = side.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const p = side[mid] as number;
    if (isBid ? p > t : p < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Decodes a generated payload as a frame would be (the codec returns the object itself, so this costs no copy). */
function decode<A>(codec: t.Type<A, unknown>, payload: unknown): A {
  const result = codec.decode(payload);
  if (either.isLeft(result)) throw new Error(`generated ${codec.name} does not decode`);
  return result.right;
}
