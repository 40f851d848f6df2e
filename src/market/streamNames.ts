import { isKlineInterval, KLINE_INTERVALS, type KlineInterval } from '../models/KlineInterval.js';
import { isTickerWindow, TICKER_WINDOWS, type TickerWindow } from '../models/TickerWindow.js';
import { normalizeSymbol } from './normalizeSymbol.js';
import type { StreamKind, StreamSpec } from './StreamSpec.js';

/** Levels of a partial depth stream. */
export type DepthLevels = 5 | 10 | 20;

/** Update speed of depth streams: 1000 ms (Binance's default) or 100 ms. */
export type DepthSpeed = 1000 | 100;

/** Options of depth streams. */
export interface DepthOptions {
  /** Update speed in ms; default 1000. */
  readonly speedMs?: DepthSpeed;
}

/** Options of kline streams. */
export interface KlineOptions {
  /** `'+08:00'` aligns candles to UTC+8 (times stay UTC epochs); default UTC. */
  readonly timeZone?: '+08:00';
}

const DEPTH_LEVELS: readonly number[] = [5, 10, 20];

function spec(kind: StreamKind, symbol: string | undefined, name: string): StreamSpec {
  return { kind, symbol, name };
}

function symbolStream(kind: StreamKind, symbol: unknown, suffix: string): StreamSpec {
  const upper = normalizeSymbol(symbol);
  return spec(kind, upper, `${upper.toLowerCase()}@${suffix}`);
}

function speedSuffix(options: DepthOptions | undefined): string {
  // Checked at run time too: JavaScript callers are not held to the type.
  const speed: number = options?.speedMs ?? 1000;
  if (speed !== 1000 && speed !== 100)
    throw new TypeError(`Invalid depth speed ${String(speed)}: expected 1000 or 100`);
  return speed === 100 ? '@100ms' : '';
}

/** `<symbol>@trade`. */
export function tradeStream(symbol: string): StreamSpec {
  return symbolStream('trade', symbol, 'trade');
}

/** `<symbol>@aggTrade`. */
export function aggTradeStream(symbol: string): StreamSpec {
  return symbolStream('aggTrade', symbol, 'aggTrade');
}

/** `<symbol>@blockTrade`. */
export function blockTradeStream(symbol: string): StreamSpec {
  return symbolStream('blockTrade', symbol, 'blockTrade');
}

/** `<symbol>@kline_<interval>` (optionally `@+08:00`). */
export function klineStream(symbol: string, interval: KlineInterval, options?: KlineOptions): StreamSpec {
  if (!isKlineInterval(interval)) {
    throw new TypeError(
      `Invalid kline interval ${JSON.stringify(interval)}: expected one of ${KLINE_INTERVALS.join(' ')}`,
    );
  }
  const zone: string | undefined = options?.timeZone;
  if (zone !== undefined && zone !== '+08:00')
    throw new TypeError(`Invalid kline time zone ${JSON.stringify(zone)}: expected "+08:00"`);
  return symbolStream('kline', symbol, `kline_${interval}${zone === undefined ? '' : `@${zone}`}`);
}

/** `<symbol>@miniTicker`. */
export function miniTickerStream(symbol: string): StreamSpec {
  return symbolStream('miniTicker', symbol, 'miniTicker');
}

/** `!miniTicker@arr`: every symbol whose mini ticker changed, each second. */
export function allMiniTickersStream(): StreamSpec {
  return spec('allMiniTickers', undefined, '!miniTicker@arr');
}

/** `<symbol>@ticker`. */
export function tickerStream(symbol: string): StreamSpec {
  return symbolStream('ticker', symbol, 'ticker');
}

function checkWindow(window: TickerWindow): void {
  if (!isTickerWindow(window)) {
    throw new TypeError(`Invalid ticker window ${JSON.stringify(window)}: expected one of ${TICKER_WINDOWS.join(' ')}`);
  }
}

/** `<symbol>@ticker_<window>` (rolling 1h, 4h or 1d). */
export function windowTickerStream(symbol: string, window: TickerWindow): StreamSpec {
  checkWindow(window);
  return symbolStream('windowTicker', symbol, `ticker_${window}`);
}

/** `!ticker_<window>@arr`. */
export function allWindowTickersStream(window: TickerWindow): StreamSpec {
  checkWindow(window);
  return spec('allWindowTickers', undefined, `!ticker_${window}@arr`);
}

/** `<symbol>@bookTicker`. */
export function bookTickerStream(symbol: string): StreamSpec {
  return symbolStream('bookTicker', symbol, 'bookTicker');
}

/** `<symbol>@avgPrice`. */
export function avgPriceStream(symbol: string): StreamSpec {
  return symbolStream('avgPrice', symbol, 'avgPrice');
}

/** `<symbol>@referencePrice`. */
export function referencePriceStream(symbol: string): StreamSpec {
  return symbolStream('referencePrice', symbol, 'referencePrice');
}

/** `<symbol>@depth<levels>` (optionally `@100ms`): top-of-book snapshots. */
export function partialDepthStream(symbol: string, levels: DepthLevels, options?: DepthOptions): StreamSpec {
  if (!DEPTH_LEVELS.includes(levels))
    throw new TypeError(`Invalid depth levels ${String(levels)}: expected 5, 10 or 20`);
  return symbolStream('partialDepth', symbol, `depth${levels}${speedSuffix(options)}`);
}

/** `<symbol>@depth` (optionally `@100ms`): the diff stream that keeps a local order book. */
export function diffDepthStream(symbol: string, options?: DepthOptions): StreamSpec {
  return symbolStream('diffDepth', symbol, `depth${speedSuffix(options)}`);
}

// Lower-case letters and digits of any script, then `@`-separated parts; `!` starts all-market names. No character
// that could alter a URL or a JSON message.
const RAW_NAME = /^!?[\p{Ll}\p{Lo}\p{N}_]+(?:@[\p{Ll}\p{Lu}\p{N}_:+]+)*$/u;

/**
 * A stream given by its Binance name (`market.stream(name)`): checked for shape, never decoded.
 *
 * @throws TypeError for names with characters that have no place in a stream name.
 */
export function rawStream(name: string): StreamSpec {
  if (typeof name !== 'string' || name.length > 120 || !RAW_NAME.test(name)) {
    throw new TypeError(
      `Invalid stream name ${JSON.stringify(name)}: expected a Binance stream name such as "btcusdt@trade"`,
    );
  }
  const at = name.indexOf('@');
  return spec('raw', name.startsWith('!') || at < 0 ? undefined : name.slice(0, at).toUpperCase(), name);
}
