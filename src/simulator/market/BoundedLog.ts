/**
 * An append-only log that keeps at least its newest `capacity` entries, with entries whose ids are consecutive, so
 * that an id maps to an index without search. Old entries are dropped in batches to keep appends amortised O(1).
 */
export class BoundedLog<T extends { readonly id: number }> {
  private entries: T[] = [];

  /** @param capacity - how many of the newest entries are always kept. */
  constructor(private readonly capacity: number) {}

  /** Appends an entry whose id is one above the last one's. */
  push(entry: T): void {
    const last = this.entries[this.entries.length - 1];
    if (last !== undefined && entry.id !== last.id + 1)
      throw new RangeError(`id ${entry.id} does not follow ${last.id}`);
    this.entries.push(entry);
    if (this.entries.length >= 2 * this.capacity)
      this.entries = this.entries.slice(this.entries.length - this.capacity);
  }

  /** How many entries are kept now (between `capacity` and twice it, once full). */
  get length(): number {
    return this.entries.length;
  }

  /** The newest entry. */
  get last(): T | undefined {
    return this.entries[this.entries.length - 1];
  }

  /** The newest `limit` entries (at most `capacity`), oldest first. */
  newest(limit: number): T[] {
    const count = Math.min(limit, this.capacity, this.entries.length);
    return this.entries.slice(this.entries.length - count);
  }

  /** Up to `limit` entries from id `fromId` on (from the oldest kept one when `fromId` is older), oldest first. */
  fromId(fromId: number, limit: number): T[] {
    const first = this.entries[0];
    if (first === undefined) return [];
    const start = Math.max(0, Math.min(fromId - first.id, this.entries.length));
    return this.entries.slice(start, start + limit);
  }

  /** Index of the first entry for which `isAfter` holds, given that it holds for a suffix of the log. */
  firstIndexWhere(isAfter: (entry: T) => boolean): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (isAfter(this.entries[mid] as T)) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  /** The entries from index `start`, up to `limit` of them, stopping at the first that fails `keep`. */
  slice(start: number, limit: number, keep: (entry: T) => boolean = () => true): T[] {
    const out: T[] = [];
    for (let i = start; i < this.entries.length && out.length < limit; i++) {
      const entry = this.entries[i] as T;
      if (!keep(entry)) break;
      out.push(entry);
    }
    return out;
  }
}
