import type { SymbolConfig } from './SymbolConfig.js';

/**
 * A handful of realistic symbols (Binance's filters for them, round starting prices): BTCUSDT, ETHUSDT, BNBUSDT,
 * SOLUSDT, and ETHBTC for a pair whose quote asset is not a stablecoin.
 */
export const DEFAULT_SYMBOLS: readonly SymbolConfig[] = [
  {
    symbol: 'BTCUSDT',
    baseAsset: 'BTC',
    quoteAsset: 'USDT',
    initialPrice: '67000.00',
    tickSize: '0.01',
    stepSize: '0.00001',
  },
  {
    symbol: 'ETHUSDT',
    baseAsset: 'ETH',
    quoteAsset: 'USDT',
    initialPrice: '3500.00',
    tickSize: '0.01',
    stepSize: '0.0001',
  },
  {
    symbol: 'BNBUSDT',
    baseAsset: 'BNB',
    quoteAsset: 'USDT',
    initialPrice: '600.00',
    tickSize: '0.01',
    stepSize: '0.001',
  },
  {
    symbol: 'SOLUSDT',
    baseAsset: 'SOL',
    quoteAsset: 'USDT',
    initialPrice: '150.00',
    tickSize: '0.01',
    stepSize: '0.001',
  },
  {
    symbol: 'ETHBTC',
    baseAsset: 'ETH',
    quoteAsset: 'BTC',
    initialPrice: '0.05220',
    tickSize: '0.00001',
    stepSize: '0.0001',
    minNotional: '0.0001',
  },
];
