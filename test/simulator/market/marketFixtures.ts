import { BigNumber } from 'bignumber.js';
import { MarketHub, type MarketHubOptions } from '../../../src/simulator/market/MarketHub.js';
import type { SymbolConfig } from '../../../src/simulator/market/SymbolConfig.js';

/** Two busy symbols whose notionals are exact at 8 decimals, and one without synthetic takers. */
export const TEST_SYMBOLS: readonly SymbolConfig[] = [
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
    symbol: 'QUIETUSDT',
    baseAsset: 'QUIET',
    quoteAsset: 'USDT',
    initialPrice: '2.5000',
    tickSize: '0.0001',
    stepSize: '0.1',
    activity: 0,
  },
];

/** Whole units only: one step costs the whole price (for a stop that cannot pay any more). Quiet: no synthetic takers. */
export const UNITS: SymbolConfig = {
  symbol: 'UNITUSDT',
  baseAsset: 'UNIT',
  quoteAsset: 'USDT',
  initialPrice: '10.00',
  tickSize: '0.01',
  stepSize: '1',
  activity: 0,
};

/** 2026-11-21 11:58:30.000 UTC: half a minute before a minute (and two before an hour) closes. */
export const T0 = Date.UTC(2026, 10, 21, 11, 58, 30);

/** A manual-mode hub on a controllable clock. */
export function manualHub(options: Partial<MarketHubOptions> = {}): { hub: MarketHub; step: (ms?: number) => number } {
  let now = T0;
  const hub = new MarketHub({
    symbols: TEST_SYMBOLS,
    seed: 11,
    autoStart: false,
    preHistoryMs: 0,
    now: () => now,
    ...options,
  });
  return {
    hub,
    step: (ms = 100) => {
      now += ms;
      hub.step(now);
      return now;
    },
  };
}

/** Collects every payload of the given streams, in order. */
export function record(hub: MarketHub, names: readonly string[]): Map<string, Record<string, unknown>[]> {
  const log = new Map<string, Record<string, unknown>[]>();
  for (const name of names) {
    const events: Record<string, unknown>[] = [];
    log.set(name, events);
    hub.subscribe(name, (payload) => events.push(payload as Record<string, unknown>));
  }
  return log;
}

/** A raw trade event, as the tests read it. */
export interface TradeEvent {
  readonly t: number;
  readonly p: string;
  readonly q: string;
  readonly T: number;
  readonly m: boolean;
}

/** The statistics of some trades, computed independently with BigNumber and formatted like Binance. */
export function summarize(trades: readonly TradeEvent[]): Record<string, string | number> {
  const first = trades[0] as TradeEvent;
  const last = trades[trades.length - 1] as TradeEvent;
  const prices = trades.map((t) => new BigNumber(t.p));
  let volume = new BigNumber(0);
  let quote = new BigNumber(0);
  let takerBuy = new BigNumber(0);
  let takerBuyQuote = new BigNumber(0);
  for (const t of trades) {
    const notional = new BigNumber(t.p).times(t.q);
    volume = volume.plus(t.q);
    quote = quote.plus(notional);
    if (!t.m) {
      takerBuy = takerBuy.plus(t.q);
      takerBuyQuote = takerBuyQuote.plus(notional);
    }
  }
  return {
    open: first.p,
    high: BigNumber.max(...prices).toFixed(8),
    low: BigNumber.min(...prices).toFixed(8),
    close: last.p,
    volume: volume.toFixed(8),
    quoteVolume: quote.toFixed(8, BigNumber.ROUND_DOWN),
    takerBuyVolume: takerBuy.toFixed(8),
    takerBuyQuoteVolume: takerBuyQuote.toFixed(8, BigNumber.ROUND_DOWN),
    weightedAvgPrice: quote.div(volume).toFixed(8, BigNumber.ROUND_HALF_UP),
    count: trades.length,
    firstId: first.t,
    lastId: last.t,
  };
}
