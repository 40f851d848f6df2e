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
export type { DecimalString, WireId, WireLevel } from './codecs/primitives.js';
export type { WindowTickerEvent } from './codecs/RawWindowTicker.js';
export type { WireArray } from './codecs/wireArray.js';
export type { WireFields, WireOf, WireType } from './codecs/wireType.js';

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
export type { LogMethod, Logger } from './logging/Logger.js';

/* Transport */
export { setDefaultWebSocketFactory } from './transport/defaultWebSocketFactory.js';
export type { WebSocketFactory, WebSocketLike } from './transport/WebSocketLike.js';
