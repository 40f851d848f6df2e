import { formatScaled, parseScaled } from '../market/scaledDecimal.js';

/** One asset of one account, in atoms of the asset (10^-decimals). */
export interface AssetBalance {
  readonly free: bigint;
  readonly locked: bigint;
}

interface MutableBalance {
  free: bigint;
  locked: bigint;
}

/**
 * Every account's balances, per asset, as exact integers: `free` (spendable) and `locked` (reserved by open orders).
 * Amounts never go negative: an operation that would make them is a bug and throws a `RangeError`. The ledger
 * remembers which balances changed since {@link takeChanges}, so that the exchange can publish one
 * `outboundAccountPosition` per operation with the changed assets only.
 */
export class Ledger {
  private readonly accounts = new Map<string, Map<string, MutableBalance>>();
  private readonly changed = new Map<string, Set<string>>();
  private readonly updated = new Map<string, number>();

  /** @param decimalsOf - how many decimals an asset's amounts have (8 for Binance's spot assets). */
  constructor(private readonly decimalsOf: (asset: string) => number) {}

  /** The number of decimals of an asset's amounts. */
  decimals(asset: string): number {
    return this.decimalsOf(asset);
  }

  /** Parses a decimal amount of an asset: atoms, or `undefined` when malformed or too precise. */
  parse(asset: string, text: string): bigint | undefined {
    const atoms = parseScaled(text, this.decimalsOf(asset));
    return typeof atoms === 'bigint' ? atoms : undefined;
  }

  /** An amount of an asset as Binance writes it (`"0.00100000"`). */
  format(asset: string, atoms: bigint): string {
    return formatScaled(atoms, this.decimalsOf(asset));
  }

  /** Registers an account with no balances (idempotent). */
  open(account: string, now: number): void {
    if (this.accounts.has(account)) return;
    this.accounts.set(account, new Map());
    this.updated.set(account, now);
  }

  /** Whether the account exists. */
  has(account: string): boolean {
    return this.accounts.has(account);
  }

  /** An asset's balance (zero when never held). */
  balance(account: string, asset: string): AssetBalance {
    const entry = this.assetsOf(account).get(asset);
    return { free: entry?.free ?? 0n, locked: entry?.locked ?? 0n };
  }

  /** Every asset the account has held, in the order first held, with its balance. */
  balances(account: string): [string, AssetBalance][] {
    return [...this.assetsOf(account)].map(([asset, b]) => [asset, { free: b.free, locked: b.locked }]);
  }

  /** When the account's balances last changed (epoch ms). */
  updateTime(account: string): number {
    return this.updated.get(account) ?? 0;
  }

  /** Adds to `free`. */
  credit(account: string, asset: string, amount: bigint, now: number): void {
    if (amount < 0n) throw new RangeError('a credit must not be negative');
    if (amount === 0n) return;
    this.entry(account, asset, now).free += amount;
  }

  /** Moves `amount` from free to locked; returns false (changing nothing) when free is short. */
  lock(account: string, asset: string, amount: bigint, now: number): boolean {
    if (amount < 0n) throw new RangeError('a lock must not be negative');
    if (this.balance(account, asset).free < amount) return false;
    if (amount === 0n) return true;
    const entry = this.entry(account, asset, now);
    entry.free -= amount;
    entry.locked += amount;
    return true;
  }

  /** Moves `amount` from locked back to free. */
  unlock(account: string, asset: string, amount: bigint, now: number): void {
    if (amount === 0n) return;
    if (amount < 0n || this.balance(account, asset).locked < amount) {
      throw new RangeError(`cannot unlock ${amount} of ${asset}`);
    }
    const entry = this.entry(account, asset, now);
    entry.locked -= amount;
    entry.free += amount;
  }

  /** Takes `amount` out of locked (it was spent by a fill). */
  spendLocked(account: string, asset: string, amount: bigint, now: number): void {
    if (amount === 0n) return;
    if (amount < 0n || this.balance(account, asset).locked < amount) {
      throw new RangeError(`cannot spend ${amount} of locked ${asset}`);
    }
    this.entry(account, asset, now).locked -= amount;
  }

  /** The assets whose balance changed since the last call, per account (and forgets them). */
  takeChanges(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [account, assets] of this.changed) out.set(account, [...assets]);
    this.changed.clear();
    return out;
  }

  private assetsOf(account: string): Map<string, MutableBalance> {
    const assets = this.accounts.get(account);
    if (assets === undefined) throw new RangeError(`unknown account ${account}`);
    return assets;
  }

  private entry(account: string, asset: string, now: number): MutableBalance {
    const assets = this.assetsOf(account);
    let entry = assets.get(asset);
    if (entry === undefined) {
      entry = { free: 0n, locked: 0n };
      assets.set(asset, entry);
    }
    let changed = this.changed.get(account);
    if (changed === undefined) {
      changed = new Set();
      this.changed.set(account, changed);
    }
    changed.add(asset);
    this.updated.set(account, Math.max(this.updated.get(account) ?? 0, now));
    return entry;
  }
}
