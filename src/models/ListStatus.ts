import type {
  ContingencyType,
  ListOrderStatus,
  ListRejectReason,
  ListStatusType,
  RawListStatus,
} from '../codecs/RawListStatus.js';
import type { OpenEnum } from '../trading/orderEnums.js';
import type { Plain } from './plainModel.js';
import { withPlainJson } from './withPlainJson.js';

/** One order of an order list. */
export interface ListStatusOrder {
  /** Upper-case symbol (`s`). */
  readonly symbol: string;
  /** `i`. */
  readonly orderId: bigint;
  /** `c`. */
  readonly clientOrderId: string;
}

/**
 * The state of an order list — OCO, OTO, OPO … (`listStatus`), sent besides the execution reports of its orders.
 * Enum fields are {@link OpenEnum}s: a value Binance adds later arrives as sent.
 */
export interface ListStatus {
  readonly type: 'listStatus';
  /** When Binance sent the event (`E`). */
  readonly eventTime: number;
  /** Upper-case symbol (`s`). */
  readonly symbol: string;
  /** `g`. */
  readonly orderListId: bigint;
  /** `c`: `OCO`, `OTO`, `OPO`. */
  readonly contingencyType: OpenEnum<ContingencyType>;
  /** The stage the list reached (`l`): `RESPONSE`, `EXEC_STARTED`, `UPDATED`, `ALL_DONE`. */
  readonly listStatusType: OpenEnum<ListStatusType>;
  /** The state of the list as a whole (`L`): `EXECUTING`, `ALL_DONE`, `REJECT`. */
  readonly listOrderStatus: OpenEnum<ListOrderStatus>;
  /** Why the list was rejected (`r`); `NONE` when it was not. */
  readonly listRejectReason: OpenEnum<ListRejectReason>;
  /** The list's client id (`C`). */
  readonly listClientOrderId: string;
  /** When the list changed (`T`). */
  readonly transactionTime: number;
  /** The orders of the list (`O`). */
  readonly orders: readonly ListStatusOrder[];
  /** Exact strings for JSON. */
  toJSON(): Plain<ListStatus>;
}

/** Maps a decoded `RawListStatus` to a {@link ListStatus}. */
export function toListStatus(raw: RawListStatus): ListStatus {
  return withPlainJson({
    type: 'listStatus' as const,
    eventTime: raw.E,
    symbol: raw.s,
    orderListId: BigInt(raw.g),
    contingencyType: raw.c,
    listStatusType: raw.l,
    listOrderStatus: raw.L,
    listRejectReason: raw.r,
    listClientOrderId: raw.C,
    transactionTime: raw.T,
    orders: raw.O.map((o) => ({ symbol: o.s, orderId: BigInt(o.i), clientOrderId: o.c })),
  });
}
