/**
 * A run of consecutive levels of one book side: sort keys ascending (ticks for asks, negated ticks for bids, so that
 * both sides are stored best first in ascending order) and, at the same index, the quantity exactly as Binance sent
 * it.
 *
 * Chunks are shared between a side and its snapshots: a chunk is only written by the batch that created it (its
 * `batch` number); any later batch writes a copy. A copy shares the keys array until a level is inserted or removed,
 * since most changes only set a quantity. Internal to the book.
 */
export class LevelChunk {
  private sharedKeys: boolean;

  constructor(
    public keys: number[],
    public quantities: string[],
    /** The batch that created this chunk and alone may write it. */
    readonly batch: number,
    sharedKeys = false,
  ) {
    this.sharedKeys = sharedKeys;
  }

  /** A writable copy for `batch`. */
  copyFor(batch: number): LevelChunk {
    return new LevelChunk(this.keys, this.quantities.slice(), batch, true);
  }

  /** The number of levels. */
  get length(): number {
    return this.keys.length;
  }

  /** The last key; chunks are never left empty. */
  get lastKey(): number {
    return this.keys[this.keys.length - 1] as number;
  }

  /** The first index whose key is ≥ `key` (`length` when none is). */
  lowerBound(key: number): number {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((keys[mid] as number) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Inserts a level at index `at` (writable chunks only). */
  insert(at: number, key: number, quantity: string): void {
    insertAt(this.ownKeys(), at, key);
    insertAt(this.quantities, at, quantity);
  }

  /** A copy for `batch` with a level inserted at index `at`, allocated at its exact size. */
  copyWithInsert(batch: number, at: number, key: number, quantity: string): LevelChunk {
    return new LevelChunk(inserted(this.keys, at, key), inserted(this.quantities, at, quantity), batch);
  }

  /** A copy for `batch` without the level at index `at`, allocated at its exact size. */
  copyWithout(batch: number, at: number): LevelChunk {
    return new LevelChunk(without(this.keys, at), without(this.quantities, at), batch);
  }

  /** Removes the level at index `at` (writable chunks only). */
  removeAt(at: number): void {
    removeAt(this.ownKeys(), at);
    removeAt(this.quantities, at);
  }

  /** Keeps the first `length` levels (writable chunks only). */
  truncate(length: number): void {
    this.ownKeys().length = length;
    this.quantities.length = length;
  }

  /** Appends every level of `next`, whose keys all follow this chunk's (writable chunks only). */
  append(next: LevelChunk): void {
    this.keys = this.keys.concat(next.keys);
    this.quantities = this.quantities.concat(next.quantities);
    this.sharedKeys = false;
  }

  private ownKeys(): number[] {
    if (this.sharedKeys) {
      this.keys = this.keys.slice();
      this.sharedKeys = false;
    }
    return this.keys;
  }
}

// Shifting by hand beats `splice` on arrays this small (measured: about a third less time).
function insertAt<T>(array: T[], at: number, value: T): void {
  let i = array.length;
  array.push(value);
  for (; i > at; i--) array[i] = array[i - 1] as T;
  array[at] = value;
}

function inserted<T>(array: readonly T[], at: number, value: T): T[] {
  const n = array.length;
  const out = new Array<T>(n + 1);
  for (let i = 0; i < at; i++) out[i] = array[i] as T;
  out[at] = value;
  for (let i = at; i < n; i++) out[i + 1] = array[i] as T;
  return out;
}

function without<T>(array: readonly T[], at: number): T[] {
  const n = array.length - 1;
  const out = new Array<T>(n);
  for (let i = 0; i < at; i++) out[i] = array[i] as T;
  for (let i = at; i < n; i++) out[i] = array[i + 1] as T;
  return out;
}

function removeAt(array: unknown[], at: number): void {
  const last = array.length - 1;
  for (let i = at; i < last; i++) array[i] = array[i + 1];
  array.pop();
}
