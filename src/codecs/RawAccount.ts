import type * as t from 'io-ts';
import { RawBalanceArray } from './RawBalance.js';
import { Count, Decimal, Epoch, Flag, Id, Text } from './primitives.js';
import { wireArray } from './wireArray.js';
import { optional, wireType } from './wireType.js';

/** The `commissionRates` of the account: decimal fractions (`"0.00150000"` = 0.15 %). */
export const RawCommissionRates = wireType('RawCommissionRates', {
  maker: Decimal,
  taker: Decimal,
  buyer: Decimal,
  seller: Decimal,
});
export type RawCommissionRates = t.TypeOf<typeof RawCommissionRates>;

/** The `permissions` of the account, e.g. `["SPOT"]`. */
export const RawPermissionArray = wireArray('RawPermissionArray', Text);

/**
 * The answer of `GET /api/v3/account`.
 *
 * ```json
 * {"makerCommission":15,"takerCommission":15,"buyerCommission":0,"sellerCommission":0,
 *  "commissionRates":{"maker":"0.00150000","taker":"0.00150000","buyer":"0.00000000","seller":"0.00000000"},
 *  "canTrade":true,"canWithdraw":true,"canDeposit":true,"brokered":false,"requireSelfTradePrevention":false,
 *  "preventSor":false,"updateTime":123456789,"accountType":"SPOT",
 *  "balances":[{"asset":"BTC","free":"4723846.89208129","locked":"0.00000000"}],"permissions":["SPOT"],"uid":354937868}
 * ```
 * The integer commissions are in basis points. `omitZeroBalances=true` leaves out empty balances.
 * See https://developers.binance.com/docs/binance-spot-api-docs/rest-api/account-endpoints#account-information-user_data
 */
export const RawAccount = wireType('RawAccount', {
  makerCommission: Count,
  takerCommission: Count,
  buyerCommission: Count,
  sellerCommission: Count,
  commissionRates: RawCommissionRates,
  canTrade: Flag,
  canWithdraw: Flag,
  canDeposit: Flag,
  brokered: optional(Flag),
  requireSelfTradePrevention: optional(Flag),
  preventSor: optional(Flag),
  updateTime: Epoch,
  accountType: Text,
  balances: RawBalanceArray,
  permissions: RawPermissionArray,
  uid: Id,
});
export type RawAccount = t.TypeOf<typeof RawAccount>;
