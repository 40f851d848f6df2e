import { formatScaled } from '../market/scaledDecimal.js';
import type { AccountRecord } from './AccountRegistry.js';
import type { Ledger } from './Ledger.js';
import type { TimeConversion } from './orderJson.js';

const RATE_DECIMALS = 8;
/** Rate atoms (10^-8) per basis point. */
const PER_BASIS_POINT = 10_000n;

/**
 * `GET /api/v3/account` (PROTOCOL §3.7): commissions in basis points and as decimal rates, permissions, and one
 * balance per asset — every asset the exchange trades, then any other the account holds; zero balances are left out
 * when `omitZeroBalances`.
 */
export function accountJson(
  account: AccountRecord,
  ledger: Ledger,
  tradedAssets: readonly string[],
  omitZeroBalances: boolean,
  time: TimeConversion,
): Record<string, unknown> {
  const held = ledger.balances(account.id).map(([asset]) => asset);
  const assets = [...new Set([...tradedAssets, ...held])];
  const balances = assets
    .map((asset) => ({ asset, ...ledger.balance(account.id, asset) }))
    .filter(({ free, locked }) => !omitZeroBalances || free + locked > 0n)
    .map(({ asset, free, locked }) => ({
      asset,
      free: ledger.format(asset, free),
      locked: ledger.format(asset, locked),
    }));
  return {
    makerCommission: Number(account.makerRate / PER_BASIS_POINT),
    takerCommission: Number(account.takerRate / PER_BASIS_POINT),
    buyerCommission: 0,
    sellerCommission: 0,
    commissionRates: {
      maker: rate(account.makerRate),
      taker: rate(account.takerRate),
      buyer: rate(0n),
      seller: rate(0n),
    },
    canTrade: account.canTrade,
    canWithdraw: true,
    canDeposit: true,
    brokered: false,
    requireSelfTradePrevention: false,
    preventSor: false,
    updateTime: time(ledger.updateTime(account.id)),
    accountType: 'SPOT',
    balances,
    permissions: ['SPOT'],
    uid: account.uid,
  };
}

/** `POST /api/v3/order/test` with `computeCommissionRates=true`: the rates that would apply to the order. */
export function commissionJson(account: AccountRecord): Record<string, unknown> {
  const zero = { maker: rate(0n), taker: rate(0n) };
  return {
    standardCommissionForOrder: { maker: rate(account.makerRate), taker: rate(account.takerRate) },
    specialCommissionForOrder: zero,
    taxCommissionForOrder: zero,
    discount: { enabledForAccount: false, enabledForSymbol: false, discountAsset: 'BNB', discount: rate(0n) },
  };
}

function rate(atoms: bigint): string {
  return formatScaled(atoms, RATE_DECIMALS);
}
