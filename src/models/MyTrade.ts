import { BigNumber } from 'bignumber.js';
import type { RawMyTrade } from '../codecs/RawMyTrade.js';
import type { Plain } from './plainModel.js';
import { withPlainJson } from './withPlainJson.js';

/** One trade of the account (`GET /api/v3/myTrades`). */
export interface MyTrade {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  /** Trade id, per symbol. */
  readonly id: bigint;
  readonly orderId: bigint;
  /** `-1n` unless the order was part of an order list. */
  readonly orderListId: bigint;
  readonly price: BigNumber;
  readonly quantity: BigNumber;
  /** price × quantity, as Binance computed it. */
  readonly quoteQuantity: BigNumber;
  readonly commission: BigNumber;
  readonly commissionAsset: string;
  /** When the trade happened (epoch ms). */
  readonly time: number;
  /** True when the account bought. */
  readonly isBuyer: boolean;
  /** True when the account's order was resting on the book. */
  readonly isMaker: boolean;
  readonly isBestMatch: boolean;
  /** Exact strings for JSON. */
  toJSON(): Plain<MyTrade>;
}

/** Maps a decoded `RawMyTrade` to a {@link MyTrade}. */
export function toMyTrade(raw: RawMyTrade): MyTrade {
  return withPlainJson({
    symbol: raw.symbol,
    id: BigInt(raw.id),
    orderId: BigInt(raw.orderId),
    orderListId: BigInt(raw.orderListId),
    price: new BigNumber(raw.price),
    quantity: new BigNumber(raw.qty),
    quoteQuantity: new BigNumber(raw.quoteQty),
    commission: new BigNumber(raw.commission),
    commissionAsset: raw.commissionAsset,
    time: raw.time,
    isBuyer: raw.isBuyer,
    isMaker: raw.isMaker,
    isBestMatch: raw.isBestMatch,
  });
}
