import { BigNumber } from 'bignumber.js';
import type { RawFill } from '../codecs/RawFill.js';
import { inspectCustom, type Plain } from './plainModel.js';
import { plainFields } from './withPlainJson.js';

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
  return new FillRecord(raw);
}

/** A {@link Fill} as plain data, with JSON methods on its class (cheaper than defining them on each literal). */
class FillRecord implements Fill {
  readonly price: BigNumber;
  readonly quantity: BigNumber;
  readonly commission: BigNumber;
  readonly commissionAsset: string;
  readonly tradeId: bigint;

  constructor(raw: RawFill) {
    this.price = new BigNumber(raw.price);
    this.quantity = new BigNumber(raw.qty);
    this.commission = new BigNumber(raw.commission);
    this.commissionAsset = raw.commissionAsset;
    this.tradeId = BigInt(raw.tradeId);
  }

  /** Exact strings for JSON. */
  toJSON(): Plain<Fill> {
    return plainFields(this) as Plain<Fill>;
  }

  [inspectCustom](): Plain<Fill> {
    return this.toJSON();
  }
}
