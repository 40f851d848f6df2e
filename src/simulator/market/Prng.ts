/**
 * A small, fast, seeded pseudo-random generator (mulberry32). The synthetic market draws every decision from one,
 * so the same seed and the same sequence of steps give the same market, event for event.
 *
 * Floats it returns only ever choose counts (how many ticks, how many lots), never amounts of money.
 */
export class Prng {
  private state: number;

  /** @param seed - any 32-bit integer; other numbers are truncated to 32 bits. */
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /**
   * A generator derived from a seed and labels (e.g. a symbol and a purpose), so that each symbol, and each purpose
   * within a symbol, has its own independent sequence.
   */
  static derive(seed: number, ...labels: readonly string[]): Prng {
    // FNV-1a over the seed and the labels: cheap, stable, and good enough to decorrelate mulberry32 seeds.
    let hash = 0x811c9dc5;
    for (const char of `${seed >>> 0}|${labels.join('|')}`) {
      hash = Math.imul(hash ^ (char.codePointAt(0) as number), 0x01000193) >>> 0;
    }
    return new Prng(hash);
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }
}
