import { BigNumber } from 'bignumber.js';
import type { RawBalance } from '../codecs/RawBalance.js';
import { withPlainJson } from './withPlainJson.js';

/** The balance of one asset of an account. Serialises to exact strings. */
export interface Balance {
  /** Asset name, e.g. `BTC`. */
  readonly asset: string;
  /** Available for new orders and withdrawals. */
  readonly free: BigNumber;
  /** Held by open orders (and other locks). */
  readonly locked: BigNumber;
  /** `free + locked`. */
  readonly total: BigNumber;
}

/** Maps a decoded `RawBalance` to a {@link Balance}. */
export function toBalance(raw: RawBalance): Balance {
  const free = new BigNumber(raw.free);
  const locked = new BigNumber(raw.locked);
  return withPlainJson<Balance>({ asset: raw.asset, free, locked, total: free.plus(locked) });
}
