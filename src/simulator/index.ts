/* Simulator */
export { BinanceSimulator } from './BinanceSimulator.js';
export type { SimulatorBackend, SimulatorBackendConfig, SimulatorBackendFactory } from './BinanceSimulator.js';
export type { ResolvedSimulatorOptions, SimulatorOptions } from './SimulatorOptions.js';

/* Market and REST configuration */
export { DEFAULT_SYMBOLS } from './market/defaultSymbols.js';
export type { MarketFeed } from './market/MarketFeed.js';
export type { SymbolConfig, SymbolStatus } from './market/SymbolConfig.js';
export { DEFAULT_RATE_LIMITS } from './rest/RateLimitConfig.js';
export type { RateLimitConfig, RateLimitRule } from './rest/RateLimitConfig.js';
export type { RestHandler, RestStats } from './rest/RestHandler.js';

/* Introspection and faults */
export type { ConnectionInfo } from './streams/ConnectionInfo.js';
export type { ControlId, ControlLogEntry } from './streams/ControlLogEntry.js';
export type { MarketIntrospection } from './streams/MarketIntrospection.js';
export type { MarketStreamEvents } from './streams/MarketStreamEvents.js';
export type { HighRateOptions, HighRateRun, MalformedFrameOptions } from './streams/faults/SimulatorFaults.js';
export { SimulatorFaults } from './streams/faults/SimulatorFaults.js';
