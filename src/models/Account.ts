import { BigNumber } from 'bignumber.js';
import type { RawAccount } from '../codecs/RawAccount.js';
import { type Balance, toBalance } from './Balance.js';
import type { Plain } from './plainModel.js';
import { withPlainJson } from './withPlainJson.js';

/** Commission rates as decimal fractions (`0.001` = 0.1 %). */
export interface CommissionRates {
  readonly maker: BigNumber;
  readonly taker: BigNumber;
  readonly buyer: BigNumber;
  readonly seller: BigNumber;
}

/** A spot account: permissions, commissions and balances (`GET /api/v3/account`). */
export interface Account {
  /** Maker commission in basis points (legacy integer form; see `commissionRates`). */
  readonly makerCommission: number;
  /** Taker commission in basis points. */
  readonly takerCommission: number;
  /** Buyer commission in basis points. */
  readonly buyerCommission: number;
  /** Seller commission in basis points. */
  readonly sellerCommission: number;
  readonly commissionRates: CommissionRates;
  readonly canTrade: boolean;
  readonly canWithdraw: boolean;
  readonly canDeposit: boolean;
  readonly brokered?: boolean;
  readonly requireSelfTradePrevention?: boolean;
  readonly preventSor?: boolean;
  /** e.g. `SPOT`. */
  readonly accountType: string;
  /** The last change of the account (epoch ms). */
  readonly updateTime: number;
  readonly permissions: readonly string[];
  readonly uid: bigint;
  /** Every balance Binance returned, in its order (all assets, or the non-zero ones with `omitZeroBalances`). */
  readonly balances: readonly Balance[];
  /** Exact strings for JSON. */
  toJSON(): Plain<Account>;
}

/** Maps a decoded `RawAccount` to an {@link Account}. */
export function toAccount(raw: RawAccount): Account {
  const rates = raw.commissionRates;
  return withPlainJson({
    makerCommission: raw.makerCommission,
    takerCommission: raw.takerCommission,
    buyerCommission: raw.buyerCommission,
    sellerCommission: raw.sellerCommission,
    commissionRates: withPlainJson<CommissionRates>({
      maker: new BigNumber(rates.maker),
      taker: new BigNumber(rates.taker),
      buyer: new BigNumber(rates.buyer),
      seller: new BigNumber(rates.seller),
    }),
    canTrade: raw.canTrade,
    canWithdraw: raw.canWithdraw,
    canDeposit: raw.canDeposit,
    ...(raw.brokered === undefined ? {} : { brokered: raw.brokered }),
    ...(raw.requireSelfTradePrevention === undefined
      ? {}
      : { requireSelfTradePrevention: raw.requireSelfTradePrevention }),
    ...(raw.preventSor === undefined ? {} : { preventSor: raw.preventSor }),
    accountType: raw.accountType,
    updateTime: raw.updateTime,
    permissions: [...raw.permissions],
    uid: BigInt(raw.uid),
    balances: raw.balances.map(toBalance),
  });
}
