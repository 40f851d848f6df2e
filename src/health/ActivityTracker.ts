/**
 * Remembers when a counter last changed, so that "how long since the last frame" can be told without timing every
 * frame: the hot path only increments a counter; health samples it.
 */
export class ActivityTracker {
  private readonly seen = new Map<string, { value: number; changedAt: number }>();

  /** Records `value` for `key` at `now` and returns how long it has not changed (0 when seen for the first time). */
  age(key: string, value: number, now: number): number {
    const last = this.seen.get(key);
    if (last?.value !== value) {
      this.seen.set(key, { value, changedAt: now });
      return 0;
    }
    return now - last.changedAt;
  }

  /** Forgets keys not in `live` (connections and streams that are gone). */
  retain(live: ReadonlySet<string>): void {
    for (const key of this.seen.keys()) if (!live.has(key)) this.seen.delete(key);
  }
}
