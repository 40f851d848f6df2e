import { BigNumber } from 'bignumber.js';
import type { RawFill } from '../codecs/RawFill.js';
import { withPlainJson } from './withPlainJson.js';

/** One trade made by an order when it was placed (the `fills` of a FULL order response). */
export interface Fill {
  readonly price: BigNumber;
  readonly quantity: BigNumber;
  /** The commission charged for this fill, in `commissionAsset`. */
  readonly commission: BigNumber;
  readonly commissionAsset: string;
  readonly tradeId: bigint;
}

/** Maps a decoded `RawFill` to a {@link Fill}. */
export function toFill(raw: RawFill): Fill {
  return withPlainJson<Fill>({
    price: new BigNumber(raw.price),
    quantity: new BigNumber(raw.qty),
    commission: new BigNumber(raw.commission),
    commissionAsset: raw.commissionAsset,
    tradeId: BigInt(raw.tradeId),
  });
}
