import type { RawOutboundAccountPosition } from '../codecs/RawOutboundAccountPosition.js';
import { type Balance, toBalance } from './Balance.js';
import type { Plain } from './plainModel.js';
import { withPlainJson } from './withPlainJson.js';

/**
 * The balances that an account change touched (`outboundAccountPosition`): sent whenever a balance changed, with
 * the new free and locked amounts of the assets the change may have involved — not every asset of the account.
 */
export interface AccountPosition {
  readonly type: 'accountPosition';
  /** When Binance sent the event (`E`). */
  readonly eventTime: number;
  /** When the account last changed (`u`). */
  readonly lastUpdateTime: number;
  /** The new balances, in Binance's order (`B`). */
  readonly balances: readonly Balance[];
  /** Exact strings for JSON. */
  toJSON(): Plain<AccountPosition>;
}

/** Maps a decoded `RawOutboundAccountPosition` to an {@link AccountPosition}. */
export function toAccountPosition(raw: RawOutboundAccountPosition): AccountPosition {
  return withPlainJson({
    type: 'accountPosition' as const,
    eventTime: raw.E,
    lastUpdateTime: raw.u,
    balances: raw.B.map((b) => toBalance({ asset: b.a, free: b.f, locked: b.l })),
  });
}
