import { BigNumber } from 'bignumber.js';
import type { RawBalanceUpdate } from '../codecs/RawBalanceUpdate.js';
import type { Plain } from './plainModel.js';
import { withPlainJson } from './withPlainJson.js';

/** A deposit, withdrawal or transfer that changed one balance (`balanceUpdate`). */
export interface BalanceUpdate {
  readonly type: 'balanceUpdate';
  /** When Binance sent the event (`E`). */
  readonly eventTime: number;
  /** Asset name, e.g. `BTC` (`a`). */
  readonly asset: string;
  /** The signed change of the balance (`d`): positive for a deposit, negative for a withdrawal. */
  readonly delta: BigNumber;
  /** When the change cleared (`T`). */
  readonly clearTime: number;
  /** Exact strings for JSON. */
  toJSON(): Plain<BalanceUpdate>;
}

/** Maps a decoded `RawBalanceUpdate` to a {@link BalanceUpdate}. */
export function toBalanceUpdate(raw: RawBalanceUpdate): BalanceUpdate {
  return withPlainJson({
    type: 'balanceUpdate' as const,
    eventTime: raw.E,
    asset: raw.a,
    delta: new BigNumber(raw.d),
    clearTime: raw.T,
  });
}
