import { EventEmitter } from 'node:events';
import type { Ledger } from './Ledger.js';
import type { OrderRecord } from './OrderRecord.js';
import type { SymbolUnits } from './SymbolUnits.js';
import { type ExchangeEvents, type ExecutionDetails, executionReport } from './userEvents.js';

/**
 * Publishes the user data events of every account on one emitter (`user`, with the account id): an `executionReport`
 * per order change, an `outboundAccountPosition` per operation with the balances it changed, a `balanceUpdate` per
 * deposit. Listeners run synchronously and must not throw.
 */
export class UserEventPublisher {
  readonly events = new EventEmitter<ExchangeEvents>();
  private nextExecutionId = 1;

  constructor(
    private readonly ledger: Ledger,
    private readonly unitsOf: (symbol: string) => SymbolUnits,
  ) {}

  /** An `executionReport` for the order's current state. */
  order(order: OrderRecord, details: Omit<ExecutionDetails, 'executionId'>): void {
    const report = executionReport(order, this.unitsOf(order.symbol), {
      ...details,
      executionId: this.nextExecutionId++,
    });
    this.events.emit('user', order.account, report);
  }

  /** One `outboundAccountPosition` per account whose balances changed since the last call. */
  positions(now: number): void {
    for (const [account, assets] of this.ledger.takeChanges()) {
      this.events.emit('user', account, {
        e: 'outboundAccountPosition',
        E: now,
        u: this.ledger.updateTime(account),
        B: assets.map((asset) => {
          const { free, locked } = this.ledger.balance(account, asset);
          return { a: asset, f: this.ledger.format(asset, free), l: this.ledger.format(asset, locked) };
        }),
      });
    }
  }

  /** A `balanceUpdate` (deposit when positive). */
  balanceUpdate(account: string, asset: string, delta: bigint, now: number): void {
    this.events.emit('user', account, {
      e: 'balanceUpdate',
      E: now,
      a: asset,
      d: this.ledger.format(asset, delta),
      T: now,
    });
  }
}
