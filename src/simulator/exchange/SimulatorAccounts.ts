import type { AccountOptions, CreatedAccount } from './AccountRegistry.js';
import type { Exchange } from './Exchange.js';

/** One asset's balance as decimal strings. */
export interface BalanceView {
  readonly free: string;
  readonly locked: string;
}

/** One ORDERS window of an account, as `GET /api/v3/rateLimit/order` reports it. */
export interface OrderCountView {
  readonly rateLimitType: 'ORDERS';
  readonly interval: string;
  readonly intervalNum: number;
  readonly limit: number;
  readonly count: number;
}

/**
 * The accounts of a running simulator (`sim.accounts`): open one with balances and an API key of any type, read its
 * balances, deposit, revoke a key.
 *
 * @example
 * ```ts
 * const { credentials } = sim.accounts.create({ balances: { USDT: '10000' }, keyType: 'ED25519' });
 * // credentials = { apiKey, privateKey: '-----BEGIN PRIVATE KEY-----…' }
 * ```
 */
export class SimulatorAccounts {
  /** @internal The simulator builds it; users reach it as `sim.accounts`. */
  constructor(
    private readonly exchange: Exchange,
    private readonly now: () => number,
  ) {}

  /**
   * Opens an account (defaults: no balances, an HMAC key, may trade, 0.1 % commissions).
   *
   * @throws TypeError for a malformed balance or commission rate.
   */
  create(options: AccountOptions = {}): CreatedAccount {
    return this.exchange.openAccount(options, this.now());
  }

  /** Every asset the account has held, with its free and locked amounts. @throws RangeError for an unknown id. */
  balances(accountId: string): Record<string, BalanceView> {
    const { ledger } = this.exchange;
    const out: Record<string, BalanceView> = {};
    for (const [asset, { free, locked }] of ledger.balances(accountId)) {
      out[asset] = { free: ledger.format(asset, free), locked: ledger.format(asset, locked) };
    }
    return out;
  }

  /** Credits an account (a `balanceUpdate` event follows). @throws TypeError for a malformed amount. */
  deposit(accountId: string, asset: string, amount: string): void {
    this.exchange.deposit(accountId, asset, amount, this.now());
  }

  /** Revokes an API key: later requests signed with it answer -2015. @throws TypeError for an unknown key. */
  revoke(apiKey: string): void {
    if (!this.exchange.registry.revoke(apiKey)) throw new TypeError('unknown API key');
  }

  /** The account's unfilled order count in each ORDERS window now. */
  orderCounts(accountId: string): OrderCountView[] {
    return this.exchange.orderCounts.usage(accountId, this.now()).map(({ rule, count }) => ({
      rateLimitType: 'ORDERS',
      interval: rule.interval,
      intervalNum: rule.intervalNum,
      limit: rule.limit,
      count,
    }));
  }
}
