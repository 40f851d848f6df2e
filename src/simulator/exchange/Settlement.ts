import type { AccountRecord } from './AccountRegistry.js';
import type { Ledger } from './Ledger.js';
import type { OrderRecord } from './OrderRecord.js';
import type { SymbolUnits } from './SymbolUnits.js';

/** The money side of one fill of one order. */
export interface FillSettlement {
  /** The fill's quote amount (quote-asset atoms), the same for buyer and seller. */
  readonly quote: bigint;
  /** Charged on what the order received, in that asset. */
  readonly commission: bigint;
  readonly commissionAsset: string;
}

const RATE_ONE = 100_000_000n;

/**
 * Moves balances for fills and order ends. A BUY pays the fill's quote amount out of what the order locked and
 * receives the base quantity; a SELL pays the base quantity out of its lock and receives the quote amount; each side
 * is charged its maker or taker rate on what it received, in that asset (rounded half up to the asset's atom). The
 * counterparty of synthetic liquidity is outside the ledger. What an order no longer needs is unlocked.
 */
export class Settlement {
  constructor(private readonly ledger: Ledger) {}

  /** Settles one fill of `order` (`quantity` at `price`), updating its lock. */
  fill(
    order: OrderRecord,
    account: AccountRecord,
    units: SymbolUnits,
    price: bigint,
    quantity: bigint,
    isMaker: boolean,
    now: number,
  ): FillSettlement {
    const { baseAsset, quoteAsset } = units.rules;
    const base = units.base(quantity);
    const quote = units.quote(price, quantity);
    const rate = isMaker ? account.makerRate : account.takerRate;
    const paid = order.side === 'BUY' ? quote : base;
    const received = order.side === 'BUY' ? base : quote;
    const commissionAsset = order.side === 'BUY' ? baseAsset : quoteAsset;
    const commission = (received * rate + RATE_ONE / 2n) / RATE_ONE;
    this.ledger.spendLocked(order.account, order.lockAsset, paid, now);
    order.locked -= paid;
    this.ledger.credit(order.account, commissionAsset, received - commission, now);
    return { quote, commission, commissionAsset };
  }

  /** Unlocks what an order released by `quantity` (prevented, not filled) no longer needs at `price`. */
  releasePart(order: OrderRecord, units: SymbolUnits, quantity: bigint, price: bigint, now: number): void {
    const part = order.side === 'BUY' ? units.quote(price, quantity) : units.base(quantity);
    const amount = part < order.locked ? part : order.locked;
    this.ledger.unlock(order.account, order.lockAsset, amount, now);
    order.locked -= amount;
  }

  /** Unlocks everything the order still holds (it is done). */
  releaseAll(order: OrderRecord, now: number): void {
    this.ledger.unlock(order.account, order.lockAsset, order.locked, now);
    order.locked = 0n;
  }

  /** Locks `amount` more for the order from free funds, as much as there is; returns how much was locked. */
  topUp(order: OrderRecord, amount: bigint, now: number): bigint {
    const free = this.ledger.balance(order.account, order.lockAsset).free;
    const locked = amount < free ? amount : free;
    if (locked > 0n) this.ledger.lock(order.account, order.lockAsset, locked, now);
    order.locked += locked;
    return locked;
  }
}
