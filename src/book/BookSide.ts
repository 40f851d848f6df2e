import { BookSideSnapshot } from './BookSideSnapshot.js';
import { LevelChunk } from './LevelChunk.js';

/** Which side of the book: bids are kept highest price first, asks lowest price first. */
export type BookSideKind = 'bids' | 'asks';

// Chunk sizes, measured with the order book benchmark (bench/orderBookBench.ts). Every diff event is followed by a
// snapshot, so each chunk an event touches is copied once: small chunks make those copies cheap. A chunk splits in two
// when an insertion finds it holding MAX levels or more, and merges into a neighbour when a removal leaves it below
// MIN and both fit in FILL. A bulk load packs LOAD_FILL levels per chunk: the index stays short (it is copied per
// batch too), and the chunks where levels come and go, near the top, split down to small ones by themselves.
const MAX = 16;
const MIN = 4;
const FILL = 12;
const LOAD_FILL = 48;

/**
 * One side of a local order book: price levels keyed by ticks, best first, with cheap immutable snapshots.
 *
 * Levels live in chunks (a one-level B-tree). Mutations between two snapshots form a batch: the first write of a
 * batch to a chunk copies that chunk (its quantities; its keys too when a level is inserted or removed) and the chunk
 * index; later writes of the same batch go to the copies. A snapshot keeps the index of its moment, so it never
 * changes, and taking one costs O(1). An event that changes ten levels copies at most ten small chunks and the index
 * of references, never a whole side; an insertion moves a few entries, not all the levels behind it.
 *
 * @example
 * ```ts
 * const asks = new BookSide('asks');
 * asks.set(2712345, '0.5');
 * const before = asks.snapshot();
 * asks.remove(2712345);
 * before.size; // 1: a snapshot never changes
 * ```
 */
export class BookSide {
  private chunks: LevelChunk[] = [];
  private count = 0;
  // The current batch: chunks created in it (and the index, when `indexBatch` equals it) may be written in place.
  private batch = 0;
  private indexBatch = 0;
  private current: BookSideSnapshot | undefined;
  // The last key of each chunk, kept beside the index: the chunk search reads one flat array instead of chasing
  // three pointers per step. Never part of a snapshot, so it is written in place.
  private lastKeys: number[] = [];
  private readonly descending: boolean;

  constructor(readonly kind: BookSideKind) {
    this.descending = kind === 'bids';
  }

  /** The number of levels. */
  get size(): number {
    return this.count;
  }

  /** Sets the quantity of the level at `ticks`, inserting it when absent. The caller removes zero quantities. */
  set(ticks: number, quantity: string): void {
    const key = this.keyOf(ticks);
    const chunks = this.chunks;
    if (chunks.length === 0) {
      this.ownIndex().push(new LevelChunk([key], [quantity], this.batch));
      this.lastKeys.push(key);
      this.count = 1;
      return;
    }
    let ci = this.findChunk(key);
    if (ci === chunks.length) ci--; // beyond the last level: append to the last chunk
    const chunk = chunks[ci] as LevelChunk;
    const at = chunk.lowerBound(key);
    if (chunk.keys[at] === key) {
      // No test for an unchanged quantity: comparing the strings reads the old one from memory, which costs more than
      // the rare copy it would save.
      this.writable(ci).quantities[at] = quantity;
      return;
    }
    this.count++;
    if (chunk.length < MAX) {
      const last = at === chunk.length;
      if (chunk.batch === this.batch) chunk.insert(at, key, quantity);
      else this.ownIndex()[ci] = chunk.copyWithInsert(this.batch, at, key, quantity);
      if (last) this.lastKeys[ci] = key;
      return;
    }
    const half = chunk.length >>> 1;
    const left = new LevelChunk(chunk.keys.slice(0, half), chunk.quantities.slice(0, half), this.batch);
    const right = new LevelChunk(chunk.keys.slice(half), chunk.quantities.slice(half), this.batch);
    if (at <= half) left.insert(at, key, quantity);
    else right.insert(at - half, key, quantity);
    this.ownIndex().splice(ci, 1, left, right);
    this.lastKeys.splice(ci, 1, left.lastKey, right.lastKey);
  }

  /** Removes the level at `ticks`; removing an absent level is normal and changes nothing. */
  remove(ticks: number): void {
    const key = this.keyOf(ticks);
    const ci = this.findChunk(key);
    const chunk = this.chunks[ci];
    if (chunk === undefined) return;
    const at = chunk.lowerBound(key);
    if (chunk.keys[at] !== key) return;
    this.count--;
    if (chunk.length === 1) {
      this.ownIndex().splice(ci, 1);
      this.lastKeys.splice(ci, 1);
      return;
    }
    let target = chunk;
    if (chunk.batch === this.batch) chunk.removeAt(at);
    else this.ownIndex()[ci] = target = chunk.copyWithout(this.batch, at);
    if (at === target.length) this.lastKeys[ci] = target.lastKey;
    if (target.length < MIN) this.mergeSmall(ci);
  }

  /** Removes the worst levels until at most `maxSize` remain. */
  trim(maxSize: number): void {
    while (this.count > maxSize) {
      const last = this.chunks.length - 1;
      const chunk = this.chunks[last] as LevelChunk;
      const excess = this.count - maxSize;
      if (chunk.length <= excess) {
        this.ownIndex().pop();
        this.lastKeys.pop();
        this.count -= chunk.length;
      } else {
        const target = this.writable(last);
        target.truncate(chunk.length - excess);
        this.lastKeys[last] = target.lastKey;
        this.count -= excess;
      }
    }
  }

  /**
   * Replaces every level. Levels sorted best first (as Binance sends them) are packed directly; any other order is
   * accepted too (a later duplicate wins).
   */
  load(ticks: readonly number[], quantities: readonly string[]): void {
    this.chunks = [];
    this.lastKeys = [];
    this.indexBatch = this.batch;
    this.count = 0;
    this.current = undefined;
    const keys = ticks.map((t) => this.keyOf(t));
    for (let i = 1; i < keys.length; i++) {
      if (!((keys[i - 1] as number) < (keys[i] as number))) {
        for (let j = 0; j < keys.length; j++) this.set(ticks[j] as number, quantities[j] as string);
        return;
      }
    }
    for (let i = 0; i < keys.length; i += LOAD_FILL) {
      const chunk = new LevelChunk(keys.slice(i, i + LOAD_FILL), quantities.slice(i, i + LOAD_FILL), this.batch);
      this.chunks.push(chunk);
      this.lastKeys.push(chunk.lastKey);
    }
    this.count = keys.length;
  }

  /** Ends the current batch and returns the side as it is now; the same snapshot again if nothing changed since. */
  snapshot(): BookSideSnapshot {
    if (this.current === undefined) {
      this.current = new BookSideSnapshot(this.chunks, this.count, this.descending);
      this.batch++;
    }
    return this.current;
  }

  // Sort keys ascend on both sides: asks by ticks, bids by negated ticks. `0 - ticks` keeps a zero price from
  // becoming -0.
  private keyOf(ticks: number): number {
    return this.descending ? 0 - ticks : ticks;
  }

  /** The first chunk whose last key is ≥ `key`; `chunks.length` when the key is beyond every level. */
  private findChunk(key: number): number {
    const lastKeys = this.lastKeys;
    let lo = 0;
    let hi = lastKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((lastKeys[mid] as number) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The chunk at `ci`, copied first unless this batch already owns it. */
  private writable(ci: number): LevelChunk {
    const chunk = this.chunks[ci] as LevelChunk;
    if (chunk.batch === this.batch) return chunk;
    const copy = chunk.copyFor(this.batch);
    this.ownIndex()[ci] = copy;
    return copy;
  }

  /** The chunk index, copied first unless this batch already owns it; any write ends the current snapshot. */
  private ownIndex(): LevelChunk[] {
    if (this.indexBatch !== this.batch) {
      this.chunks = this.chunks.slice();
      this.indexBatch = this.batch;
    }
    this.current = undefined;
    return this.chunks;
  }

  /** Merges the small (and owned) chunk at `ci` with a neighbour when both fit in three quarters of a chunk. */
  private mergeSmall(ci: number): void {
    const chunks = this.chunks;
    const small = chunks[ci] as LevelChunk;
    const next = chunks[ci + 1];
    const previous = chunks[ci - 1];
    if (next !== undefined && small.length + next.length <= FILL) {
      small.append(next);
      chunks.splice(ci + 1, 1);
      this.lastKeys.splice(ci, 2, small.lastKey);
    } else if (previous !== undefined && small.length + previous.length <= FILL) {
      const merged = new LevelChunk(
        previous.keys.concat(small.keys),
        previous.quantities.concat(small.quantities),
        this.batch,
      );
      chunks.splice(ci - 1, 2, merged);
      this.lastKeys.splice(ci - 1, 2, merged.lastKey);
    }
  }
}
