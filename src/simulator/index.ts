/* Simulator */
export { BinanceSimulator } from './BinanceSimulator.js';
export type {
  SimulatorBackend,
  SimulatorBackendConfig,
  SimulatorBackendFactory,
  SimulatorRestStats,
  WeightWindowStats,
} from './BinanceSimulator.js';
export type { ResolvedSimulatorOptions, SimulatorOptions } from './SimulatorOptions.js';

/* Market and REST configuration */
export { DEFAULT_SYMBOLS } from './market/defaultSymbols.js';
export type { MarketFeed } from './market/MarketFeed.js';
export type { BookSnapshot, Listener, MarketHub } from './market/MarketHub.js';
export type { SymbolConfig, SymbolStatus } from './market/SymbolConfig.js';
export { DEFAULT_RATE_LIMITS } from './rest/RateLimitConfig.js';
export type { RateLimitConfig, RateLimitRule } from './rest/RateLimitConfig.js';
export type { RestHandler, RestStats } from './rest/RestHandler.js';
export type { RestError } from './rest/RestError.js';
export type {
  ChargeOptions,
  IpRateLimiter,
  RateDecision,
  RateLimiterStats,
  RuleUsage,
  RuleWindowStats,
} from './rest/IpRateLimiter.js';

/* Exchange: accounts, orders, user data events */
export { Exchange } from './exchange/Exchange.js';
export type { CanceledOrder, OrderRef, PlacedOrder } from './exchange/Exchange.js';
export type { OrderCountLimiter, OrderCountStats, OrderCountUsage } from './exchange/OrderCountLimiter.js';
export type {
  CancelRestriction,
  ExecutionType,
  ExpiryReason,
  OrderSide,
  OrderStatus,
  OrderType,
  RejectReason,
  ResponseType,
  StpMode,
  TimeInForce,
} from './exchange/orderEnums.js';
export type { AccountTrade, FillRecord, PreventedMatchRecord, TimeConversion } from './exchange/orderJson.js';
export type { HistoryQuery } from './exchange/selectHistory.js';
export { SimulatorAccounts } from './exchange/SimulatorAccounts.js';
export type { BalanceView, OrderCountView } from './exchange/SimulatorAccounts.js';
export type {
  AccountCredentials,
  AccountOptions,
  ApiKeyType,
  CommissionRates,
  CreatedAccount,
} from './exchange/AccountRegistry.js';
export type { OrderRecord } from './exchange/OrderRecord.js';
export type { NewOrderRequest } from './exchange/readNewOrder.js';
export type {
  AccountPositionEvent,
  BalanceUpdateEvent,
  ExchangeEvents,
  ExecutionReportEvent,
  UserDataEvent,
} from './exchange/userEvents.js';
export type { RestFaultHooks, ForcedReply } from './rest/createRestHandler.js';

/* Introspection and faults */
export type { ConnectionInfo } from './streams/ConnectionInfo.js';
export type { ControlId, ControlLogEntry } from './streams/ControlLogEntry.js';
export type { MarketIntrospection } from './streams/MarketIntrospection.js';
export type { MarketStreamEvents } from './streams/MarketStreamEvents.js';
export type {
  HighRateOptions,
  HighRateRun,
  MalformedFrameOptions,
  SkipFramesOptions,
} from './streams/faults/SimulatorFaults.js';
export { SimulatorFaults } from './streams/faults/SimulatorFaults.js';
export { TradingFaults } from './exchange/TradingFaults.js';
export type {
  DelayNextOptions,
  FailNextOrderOptions,
  ForceStatusOptions,
  TradingFaultStats,
} from './exchange/TradingFaults.js';

/* WebSocket API */
export type { WsApiIntrospection } from './wsapi/WsApiIntrospection.js';
export type { WsApiConnectionInfo } from './wsapi/WsApiConnectionInfo.js';
export type { WsApiRequestLogEntry } from './wsapi/WsApiRequestLogEntry.js';
export type { WsApiEvents } from './wsapi/WsApiEvents.js';
export type { WsApiId } from './wsapi/parseWsApiRequest.js';
export type { SubscriptionKind } from './wsapi/UserDataSubscription.js';
