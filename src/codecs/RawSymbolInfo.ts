import type * as t from 'io-ts';
import { OrderTypeValue, SelfTradePreventionModeValue, SymbolStatusValue } from './enumCodecs.js';
import { RawFilterArray } from './RawFilter.js';
import { Count, Flag, Text } from './primitives.js';
import { wireArray } from './wireArray.js';
import { optional, wireType } from './wireType.js';

/** The order types a symbol accepts, e.g. `["LIMIT","LIMIT_MAKER","MARKET"]`. */
export const RawOrderTypeArray = wireArray('RawOrderTypeArray', OrderTypeValue);

/** The self-trade prevention modes a symbol allows. */
export const RawSelfTradePreventionModeArray = wireArray(
  'RawSelfTradePreventionModeArray',
  SelfTradePreventionModeValue,
);

/** A list of names, such as permissions. */
export const RawTextArray = wireArray('RawTextArray', Text);

/** `permissionSets`: an AND of ORs, `[["SPOT","MARGIN"]]`. */
export const RawPermissionSets = wireArray('RawPermissionSets', RawTextArray);

/**
 * One entry of `exchangeInfo.symbols`: the trading rules of a symbol.
 *
 * ```json
 * {"symbol":"ETHBTC","status":"TRADING","baseAsset":"ETH","baseAssetPrecision":8,"quoteAsset":"BTC",
 *  "quotePrecision":8,"quoteAssetPrecision":8,"baseCommissionPrecision":8,"quoteCommissionPrecision":8,
 *  "orderTypes":["LIMIT","LIMIT_MAKER","MARKET","STOP_LOSS","STOP_LOSS_LIMIT","TAKE_PROFIT","TAKE_PROFIT_LIMIT"],
 *  "icebergAllowed":true,"ocoAllowed":true,"otoAllowed":true,"quoteOrderQtyMarketAllowed":true,
 *  "allowTrailingStop":false,"cancelReplaceAllowed":false,"amendAllowed":false,"isSpotTradingAllowed":true,
 *  "isMarginTradingAllowed":true,"filters":[…],"permissions":[],"permissionSets":[["SPOT","MARGIN"]],
 *  "defaultSelfTradePreventionMode":"NONE","allowedSelfTradePreventionModes":["NONE"]}
 * ```
 * The flags Binance added over the years (`otoAllowed`, `allowTrailingStop`, `amendAllowed`, …) are optional;
 * `quotePrecision` is announced for removal.
 * See https://developers.binance.com/docs/binance-spot-api-docs/rest-api/general-endpoints#exchange-information
 */
export const RawSymbolInfo = wireType('RawSymbolInfo', {
  symbol: Text,
  status: SymbolStatusValue,
  baseAsset: Text,
  baseAssetPrecision: Count,
  quoteAsset: Text,
  quotePrecision: optional(Count),
  quoteAssetPrecision: Count,
  baseCommissionPrecision: Count,
  quoteCommissionPrecision: Count,
  orderTypes: RawOrderTypeArray,
  icebergAllowed: Flag,
  ocoAllowed: Flag,
  otoAllowed: optional(Flag),
  quoteOrderQtyMarketAllowed: Flag,
  allowTrailingStop: optional(Flag),
  cancelReplaceAllowed: optional(Flag),
  amendAllowed: optional(Flag),
  isSpotTradingAllowed: Flag,
  isMarginTradingAllowed: optional(Flag),
  filters: RawFilterArray,
  permissions: optional(RawTextArray),
  permissionSets: optional(RawPermissionSets),
  defaultSelfTradePreventionMode: optional(SelfTradePreventionModeValue),
  allowedSelfTradePreventionModes: optional(RawSelfTradePreventionModeArray),
});
export type RawSymbolInfo = t.TypeOf<typeof RawSymbolInfo>;

/** The `symbols` array of `exchangeInfo`. */
export const RawSymbolInfoArray = wireArray('RawSymbolInfoArray', RawSymbolInfo);
