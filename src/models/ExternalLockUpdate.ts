import { BigNumber } from 'bignumber.js';
import type { RawExternalLockUpdate } from '../codecs/RawExternalLockUpdate.js';
import type { Plain } from './plainModel.js';
import { withPlainJson } from './withPlainJson.js';

/** Part of a spot balance was locked or unlocked by another system, e.g. as margin collateral (`externalLockUpdate`). */
export interface ExternalLockUpdate {
  readonly type: 'externalLockUpdate';
  /** When Binance sent the event (`E`). */
  readonly eventTime: number;
  /** Asset name, e.g. `BTC` (`a`). */
  readonly asset: string;
  /** The signed change of the externally locked amount (`d`). */
  readonly delta: BigNumber;
  /** When the lock changed (`T`). */
  readonly transactionTime: number;
  /** Exact strings for JSON. */
  toJSON(): Plain<ExternalLockUpdate>;
}

/** Maps a decoded `RawExternalLockUpdate` to an {@link ExternalLockUpdate}. */
export function toExternalLockUpdate(raw: RawExternalLockUpdate): ExternalLockUpdate {
  return withPlainJson({
    type: 'externalLockUpdate' as const,
    eventTime: raw.E,
    asset: raw.a,
    delta: new BigNumber(raw.d),
    transactionTime: raw.T,
  });
}
