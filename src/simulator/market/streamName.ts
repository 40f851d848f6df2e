import { isKlineInterval, type KlineInterval } from './klineIntervals.js';

/** The rolling windows of `@ticker_<w>` streams. */
export type TickerWindow = '1h' | '4h' | '1d';

/** A market stream name, parsed. Symbols are upper-case here (stream names carry them lower-case). */
export type StreamSpec =
  | {
      readonly kind:
        'trade' | 'aggTrade' | 'blockTrade' | 'bookTicker' | 'miniTicker' | 'ticker' | 'avgPrice' | 'referencePrice';
      readonly symbol: string;
    }
  | { readonly kind: 'kline'; readonly symbol: string; readonly interval: KlineInterval; readonly offsetMs: number }
  | { readonly kind: 'windowTicker'; readonly symbol: string; readonly window: TickerWindow }
  | { readonly kind: 'partialDepth'; readonly symbol: string; readonly levels: 5 | 10 | 20; readonly speedMs: number }
  | { readonly kind: 'diffDepth'; readonly symbol: string; readonly speedMs: number }
  | { readonly kind: 'allMiniTickers' }
  | { readonly kind: 'allWindowTickers'; readonly window: TickerWindow };

// Lower-case ASCII symbols as Binance spells them in stream names, plus non-ASCII letters and digits (Unicode
// symbols exist); upper-case ASCII is not a valid stream name.
const SYMBOL = /^[a-z0-9\-_.\p{Lo}\p{Nd}]{1,20}$/u;
const WINDOWS: readonly string[] = ['1h', '4h', '1d'];
const SIMPLE = ['trade', 'aggTrade', 'blockTrade', 'bookTicker', 'miniTicker', 'ticker', 'avgPrice', 'referencePrice'];
const UTC_PLUS_8 = 8 * 3_600_000;

/**
 * Parses a spot market stream name (PROTOCOL §1.5): `<symbol>@trade`, `@aggTrade`, `@blockTrade`, `@bookTicker`,
 * `@miniTicker`, `@ticker`, `@ticker_<1h|4h|1d>`, `@avgPrice`, `@referencePrice`, `@kline_<interval>[@+08:00]`,
 * `@depth<5|10|20>[@100ms]`, `@depth[@100ms]`, and `!miniTicker@arr`, `!ticker_<1h|4h|1d>@arr`. Retired names
 * (`!ticker@arr`, `!bookTicker`) and anything else give `undefined`.
 */
export function parseStreamName(name: string): StreamSpec | undefined {
  if (name === '!miniTicker@arr') return { kind: 'allMiniTickers' };
  const all = /^!ticker_(\w+)@arr$/.exec(name);
  if (all !== null)
    return WINDOWS.includes(all[1] as string)
      ? { kind: 'allWindowTickers', window: all[1] as TickerWindow }
      : undefined;

  const at = name.indexOf('@');
  if (at < 0) return undefined;
  const lower = name.slice(0, at);
  if (!SYMBOL.test(lower)) return undefined;
  const symbol = lower.toUpperCase();
  const rest = name.slice(at + 1);

  if (SIMPLE.includes(rest)) return { kind: rest as 'trade', symbol };
  const window = /^ticker_(\w+)$/.exec(rest);
  if (window !== null) {
    return WINDOWS.includes(window[1] as string)
      ? { kind: 'windowTicker', symbol, window: window[1] as TickerWindow }
      : undefined;
  }
  const kline = /^kline_([0-9]+[smhdwM])(@\+08:00)?$/.exec(rest);
  if (kline !== null) {
    const interval = kline[1] as string;
    if (!isKlineInterval(interval)) return undefined;
    return { kind: 'kline', symbol, interval, offsetMs: kline[2] === undefined ? 0 : UTC_PLUS_8 };
  }
  const depth = /^depth(5|10|20)?(@100ms)?$/.exec(rest);
  if (depth !== null) {
    const speedMs = depth[2] === undefined ? 1000 : 100;
    if (depth[1] === undefined) return { kind: 'diffDepth', symbol, speedMs };
    return { kind: 'partialDepth', symbol, levels: Number(depth[1]) as 5 | 10 | 20, speedMs };
  }
  return undefined;
}
