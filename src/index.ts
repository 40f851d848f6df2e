// The public API of crypto-exchange: every name a user may import, grouped. Nothing else is part of the API.

/* Client */
export { Binance } from './Binance.js';
export type { BinanceConfig } from './config/BinanceConfig.js';
export { ENDPOINT_PRESETS, type EndpointPreset, type Endpoints } from './config/endpoints.js';
export type { MarketConfig } from './config/MarketConfig.js';

/* Market streams */
export type { ConnectionEvent } from './market/ConnectionEvent.js';
export type { MarketEvent, TopicData } from './market/MarketEvent.js';
export { MarketStreams } from './market/MarketStreams.js';
export type { TopicType } from './market/parseTopic.js';
export type { DepthLevels, DepthOptions, DepthSpeed, KlineOptions } from './market/streamNames.js';

/* Local order books */
export type { BookLevel } from './book/BookLevel.js';
export { LocalOrderBook, type LocalOrderBookConfig, type ApplyResult } from './book/LocalOrderBook.js';
export { OrderBookSync, type OrderBookSyncConfig } from './book/OrderBookSync.js';
export type { OrderBookState, OrderBookView } from './book/OrderBookView.js';
export { PriceScale } from './book/PriceScale.js';
export type { OrderBookOptions, OrderBookStatus } from './market/OrderBooks.js';

/* Market models */
export type { AggTrade } from './models/AggTrade.js';
export type { AvgPrice } from './models/AvgPrice.js';
export type { BlockTrade } from './models/BlockTrade.js';
export type { BookTicker } from './models/BookTicker.js';
export type { DepthSnapshot } from './models/DepthSnapshot.js';
export type { DepthUpdate } from './models/DepthUpdate.js';
export type { Kline } from './models/Kline.js';
export { isKlineInterval, KLINE_INTERVALS, type KlineInterval } from './models/KlineInterval.js';
export type { MiniTicker } from './models/MiniTicker.js';
export type { Plain } from './models/plainModel.js';
export type { PriceLevel } from './models/PriceLevel.js';
export type { ReferencePrice } from './models/ReferencePrice.js';
export type { Ticker } from './models/Ticker.js';
export { isTickerWindow, TICKER_WINDOWS, type TickerWindow } from './models/TickerWindow.js';
export type { Side, Trade } from './models/Trade.js';
export type { WindowTicker } from './models/WindowTicker.js';

/* Wire codecs (Binance's payloads, for `market.stream(name).pipe(decodeWith(RawXxx))`) */
export { RawAggTrade } from './codecs/RawAggTrade.js';
export { RawAvgPrice } from './codecs/RawAvgPrice.js';
export { RawBlockTrade } from './codecs/RawBlockTrade.js';
export { RawBookTicker } from './codecs/RawBookTicker.js';
export { RawDepthSnapshot } from './codecs/RawDepthSnapshot.js';
export { RawDepthUpdate } from './codecs/RawDepthUpdate.js';
export { RawKline } from './codecs/RawKline.js';
export { RawMiniTicker, RawMiniTickerArray } from './codecs/RawMiniTicker.js';
export { RawReferencePrice } from './codecs/RawReferencePrice.js';
export { RawTicker } from './codecs/RawTicker.js';
export { RawTrade } from './codecs/RawTrade.js';
export { RawWindowTicker, RawWindowTickerArray } from './codecs/RawWindowTicker.js';
export { RawAccount } from './codecs/RawAccount.js';
export { RawCancelledOrder } from './codecs/RawCancelledOrder.js';
export { RawExchangeInfo } from './codecs/RawExchangeInfo.js';
export { KNOWN_FILTER_CODECS, RawFilter, type RawKnownFilter, type RawUnknownFilter } from './codecs/RawFilter.js';
export { RawMyTrade, RawMyTradeArray } from './codecs/RawMyTrade.js';
export { RawOrder, RawOrderArray } from './codecs/RawOrder.js';
export { RawOrderAck } from './codecs/RawOrderAck.js';
export { RawOrderFull } from './codecs/RawOrderFull.js';
export { RawOrderResult } from './codecs/RawOrderResult.js';
export type { DecimalString, WireId, WireLevel } from './codecs/primitives.js';
export type { WindowTickerEvent } from './codecs/RawWindowTicker.js';
export type { WireArray } from './codecs/wireArray.js';
export type { WireFields, WireOf, WireType } from './codecs/wireType.js';

/* Trading */
export type { TradingConfig } from './config/BinanceConfig.js';
export type { Credentials, HmacCredentials, PrivateKeyCredentials } from './session/Credentials.js';
export { Secret } from './session/Secret.js';
export type { OrderApi, SessionConfig } from './session/SessionConfig.js';
export { UserRegistry } from './session/UserRegistry.js';
export { type HistoryRange, type OrderRef, UserSession } from './session/UserSession.js';
export type {
  DecimalInput,
  LimitLeg,
  NewLimitMakerOrder,
  NewLimitOrder,
  NewMarketOrder,
  NewMarketOrderByQuantity,
  NewMarketOrderByQuote,
  NewOrder,
  NewOrderBase,
  NewStopLossLimitOrder,
  NewStopLossOrder,
  NewTakeProfitLimitOrder,
  NewTakeProfitOrder,
  StopTrigger,
} from './trading/NewOrder.js';
export {
  type OpenEnum,
  ORDER_RESPONSE_TYPES,
  ORDER_SIDES,
  ORDER_STATUSES,
  ORDER_TYPES,
  type OrderResponseType,
  type OrderSide,
  type OrderStatus,
  type OrderType,
  SELF_TRADE_PREVENTION_MODES,
  type SelfTradePreventionMode,
  SYMBOL_STATUSES,
  type SymbolStatus,
  TIME_IN_FORCE_VALUES,
  type TimeInForce,
} from './trading/orderEnums.js';
export { formatDecimal } from './trading/formatDecimal.js';
export { type OrderValidationMarket, validateOrder } from './trading/validateOrder.js';
export type { KeyType, Signer } from './signing/Signer.js';
export { createSigner } from './signing/createSigner.js';

/* Trading models */
export type { Account, CommissionRates } from './models/Account.js';
export type { Balance } from './models/Balance.js';
export type { ExchangeFilters, ExchangeInfo } from './models/ExchangeInfo.js';
export type { Fill } from './models/Fill.js';
export type { MyTrade } from './models/MyTrade.js';
export type { Order } from './models/Order.js';
export type { OrderAck } from './models/OrderAck.js';
export type { RateLimitCount, RateLimitRule } from './models/RateLimitRule.js';
export type {
  LotSizeFilter,
  MinNotionalFilter,
  NotionalFilter,
  PercentPriceBySideFilter,
  PercentPriceFilter,
  PriceFilter,
  SymbolFilters,
  TrailingDeltaFilter,
} from './models/SymbolFilters.js';
export type { SymbolInfo, SymbolPrecisions } from './models/SymbolInfo.js';

/* User data (session.userData$) */
export type { AccountPosition } from './models/AccountPosition.js';
export type { BalanceUpdate } from './models/BalanceUpdate.js';
export type { EventStreamTerminated } from './models/EventStreamTerminated.js';
export type { ExecutionReport } from './models/ExecutionReport.js';
export type { ExternalLockUpdate } from './models/ExternalLockUpdate.js';
export type { ListStatus, ListStatusOrder } from './models/ListStatus.js';
export type { UnknownUserDataEvent, UserDataEvent, UserDataEventType } from './models/UserDataEvent.js';
export {
  EXECUTION_TYPES,
  EXPIRY_REASONS,
  type ExecutionType,
  type ExpiryReason,
  ORDER_REJECT_REASONS,
  type OrderRejectReason,
  RawExecutionReport,
} from './codecs/RawExecutionReport.js';
export { RawOutboundAccountPosition } from './codecs/RawOutboundAccountPosition.js';
export { RawBalanceUpdate } from './codecs/RawBalanceUpdate.js';
export {
  CONTINGENCY_TYPES,
  type ContingencyType,
  LIST_ORDER_STATUSES,
  LIST_STATUS_TYPES,
  type ListOrderStatus,
  type ListStatusType,
  RawListStatus,
} from './codecs/RawListStatus.js';
export { RawEventStreamTerminated } from './codecs/RawEventStreamTerminated.js';
export { RawExternalLockUpdate } from './codecs/RawExternalLockUpdate.js';
export {
  type KnownRawUserDataEvent,
  type KnownUserDataEventType,
  type RawUnknownUserDataEvent,
  RawUserDataEvent,
} from './codecs/RawUserDataEvent.js';
export type { UserDataState } from './session/UserDataStream.js';

/* Health */
export {
  type ComponentHealth,
  HEALTH_COMPONENTS,
  type HealthComponent,
  type HealthReport,
  type HealthStatus,
} from './health/HealthReport.js';

/* HTTP */
export { AxiosTransport } from './http/AxiosTransport.js';
export type { HttpMethod, HttpRequest, HttpResponse, HttpTransport } from './http/HttpTransport.js';

/* Operators */
export { circuitBreaker } from './operators/circuitBreaker.js';
export { decodeWith } from './operators/decodeWith.js';
export { heartbeatWatchdog, type HeartbeatWatchdogConfig } from './operators/heartbeatWatchdog.js';
export { rateLimit } from './operators/rateLimit.js';
export { retryBackoff, type RetryBackoffConfig, type RetryInfo } from './operators/retryBackoff.js';

/* Resilience */
export { CircuitBreaker, type CircuitBreakerConfig, type CircuitState } from './resilience/CircuitBreaker.js';
export type { RateLimiter } from './resilience/RateLimiter.js';
export { SlidingWindowLimiter } from './resilience/SlidingWindowLimiter.js';
export { IntervalTokenBucket } from './resilience/IntervalTokenBucket.js';
export { TokenBucket } from './resilience/TokenBucket.js';

/* Errors */
export { DecodeError } from './errors/DecodeError.js';
export {
  type ErrorCategory,
  type ErrorContext,
  type ErrorSeverity,
  ExchangeError,
  type ExchangeErrorInit,
} from './errors/ExchangeError.js';

/* Logging */
export type { LogLevel, LogMethod, Logger } from './logging/Logger.js';
export { redactingLogger } from './logging/redactingLogger.js';
export { silentLogger } from './logging/silentLogger.js';

/* Transport */
export { setDefaultWebSocketFactory } from './transport/defaultWebSocketFactory.js';
export type { WebSocketFactory, WebSocketLike } from './transport/WebSocketLike.js';
