// Stream payloads exactly as PROTOCOL §1.6 lists them: decimals as strings, ids and times as numbers, keys in
// Binance's order. Every builder takes already computed state; none of them changes anything.
import type { KlineInterval } from './klineIntervals.js';
import type { Candle } from './marketStatistics.js';
import type { Level, LevelChange } from './OrderBook.js';
import type { TickerWindow } from './streamName.js';
import type { SymbolRules } from './SymbolRules.js';
import type { BlockTradeRecord, SyntheticMarket } from './SyntheticMarket.js';
import type { TickerFigures } from './tickerFigures.js';
import type { AggTradeRecord, TradeRecord } from './TradeRecord.js';

/** `<symbol>@trade`. */
export function tradePayload(rules: SymbolRules, trade: TradeRecord, eventTime: number): object {
  const { price, quantity } = trade;
  return {
    e: 'trade',
    E: eventTime,
    s: rules.symbol,
    t: trade.id,
    p: rules.price(price),
    q: rules.quantity(quantity),
    T: trade.time,
    m: trade.buyerIsMaker,
    M: true,
  };
}

/** `<symbol>@aggTrade`. */
export function aggTradePayload(rules: SymbolRules, agg: AggTradeRecord, eventTime: number): object {
  return {
    e: 'aggTrade',
    E: eventTime,
    s: rules.symbol,
    a: agg.id,
    p: rules.price(agg.price),
    q: rules.quantity(agg.quantity),
    f: agg.firstTradeId,
    l: agg.lastTradeId,
    T: agg.time,
    m: agg.buyerIsMaker,
    M: true,
  };
}

/** `<symbol>@blockTrade`. */
export function blockTradePayload(rules: SymbolRules, block: BlockTradeRecord, eventTime: number): object {
  const { id, price, quantity, time, buyerIsMaker } = block;
  const p = rules.price(price);
  return {
    e: 'blockTrade',
    E: eventTime,
    s: rules.symbol,
    t: id,
    p,
    q: rules.quantity(quantity),
    T: time,
    m: buyerIsMaker,
  };
}

/** `<symbol>@bookTicker`: `u` is the book's last update id. An empty side shows zeros. */
export function bookTickerPayload(market: SyntheticMarket): object {
  const { rules, book } = market;
  const bid = book.bestBid() ?? [0n, 0n];
  const ask = book.bestAsk() ?? [0n, 0n];
  return {
    u: book.lastUpdateId,
    s: rules.symbol,
    b: rules.price(bid[0]),
    B: rules.quantity(bid[1]),
    a: rules.price(ask[0]),
    A: rules.quantity(ask[1]),
  };
}

/** `<symbol>@kline_<interval>`; a candle without trades has `f` = `L` = -1 and is flat at the previous close. */
export function klinePayload(
  rules: SymbolRules,
  interval: KlineInterval,
  candle: Candle,
  closed: boolean,
  eventTime: number,
): object {
  const { stats, flatPrice } = candle;
  return {
    e: 'kline',
    E: eventTime,
    s: rules.symbol,
    k: {
      t: candle.openTime,
      T: candle.closeTime,
      s: rules.symbol,
      i: interval,
      f: stats?.firstId ?? -1,
      L: stats?.lastId ?? -1,
      o: rules.price(stats?.open ?? flatPrice),
      c: rules.price(stats?.close ?? flatPrice),
      h: rules.price(stats?.high ?? flatPrice),
      l: rules.price(stats?.low ?? flatPrice),
      v: rules.quantity(stats?.volume ?? 0n),
      n: stats?.count ?? 0,
      x: closed,
      q: rules.quote(stats?.quoteVolume ?? 0n),
      V: rules.quantity(stats?.takerBuyVolume ?? 0n),
      Q: rules.quote(stats?.takerBuyQuoteVolume ?? 0n),
      B: '0',
    },
  };
}

/** `<symbol>@miniTicker` (and the entries of `!miniTicker@arr`). */
export function miniTickerPayload(symbol: string, f: TickerFigures, eventTime: number): object {
  const { close: c, open: o, high: h, low: l, volume: v, quoteVolume: q } = f;
  return { e: '24hrMiniTicker', E: eventTime, s: symbol, c, o, h, l, v, q };
}

/** `<symbol>@ticker`: the 24-hour ticker with the top of the book. */
export function tickerPayload(market: SyntheticMarket, f: TickerFigures, eventTime: number): object {
  const { rules, book } = market;
  const bid = book.bestBid() ?? [0n, 0n];
  const ask = book.bestAsk() ?? [0n, 0n];
  return {
    e: '24hrTicker',
    E: eventTime,
    s: rules.symbol,
    p: f.priceChange,
    P: f.priceChangePercent,
    w: f.weightedAvgPrice,
    x: f.prevClose,
    c: f.close,
    Q: f.lastQty,
    b: rules.price(bid[0]),
    B: rules.quantity(bid[1]),
    a: rules.price(ask[0]),
    A: rules.quantity(ask[1]),
    o: f.open,
    h: f.high,
    l: f.low,
    v: f.volume,
    q: f.quoteVolume,
    O: f.openTime,
    C: f.closeTime,
    F: f.firstId,
    L: f.lastId,
    n: f.count,
  };
}

/** `<symbol>@ticker_<w>` (and the entries of `!ticker_<w>@arr`). */
export function windowTickerPayload(symbol: string, window: TickerWindow, f: TickerFigures, eventTime: number): object {
  return {
    e: `${window}Ticker`,
    E: eventTime,
    s: symbol,
    p: f.priceChange,
    P: f.priceChangePercent,
    o: f.open,
    h: f.high,
    l: f.low,
    c: f.close,
    w: f.weightedAvgPrice,
    v: f.volume,
    q: f.quoteVolume,
    O: f.openTime,
    C: f.closeTime,
    F: f.firstId,
    L: f.lastId,
    n: f.count,
  };
}

/** `<symbol>@avgPrice`. */
export function avgPricePayload(rules: SymbolRules, price: bigint, lastTradeTime: number, eventTime: number): object {
  return { e: 'avgPrice', E: eventTime, s: rules.symbol, i: '5m', w: rules.price(price), T: lastTradeTime };
}

/** `<symbol>@referencePrice` (no `E`; `t` is when the price became valid). */
export function referencePricePayload(rules: SymbolRules, price: bigint | undefined, time: number): object {
  return { e: 'referencePrice', s: rules.symbol, r: price === undefined ? null : rules.price(price), t: time };
}

/** `[[price, quantity], ...]` as strings. */
export function formatLevels(rules: SymbolRules, levels: readonly Level[]): [string, string][] {
  return levels.map(([price, quantity]) => [rules.price(price), rules.quantity(quantity)]);
}

/** `<symbol>@depth<N>[@100ms]`: the top N levels per side (no symbol, no event type). */
export function partialDepthPayload(market: SyntheticMarket, levels: number): object {
  const { rules, book } = market;
  return {
    lastUpdateId: book.lastUpdateId,
    bids: formatLevels(rules, book.levels('BUY', levels)),
    asks: formatLevels(rules, book.levels('SELL', levels)),
  };
}

/**
 * `<symbol>@depth[@100ms]`: every level changed by the given updates, with its final absolute quantity (`0` =
 * removed); `U`/`u` are the first/last update ids. `changes` must not be empty.
 */
export function diffDepthPayload(rules: SymbolRules, changes: readonly LevelChange[], eventTime: number): object {
  const latest = new Map<string, LevelChange>();
  for (const change of changes) latest.set(`${change.side}${change.price}`, change);
  const ordered = [...latest.values()].sort((x, y) => (x.price === y.price ? 0 : x.price < y.price ? -1 : 1));
  const side = (s: 'BUY' | 'SELL'): [string, string][] =>
    formatLevels(
      rules,
      ordered.filter((c) => c.side === s).map((c) => [c.price, c.quantity] as const),
    );
  return {
    e: 'depthUpdate',
    E: eventTime,
    s: rules.symbol,
    U: (changes[0] as LevelChange).updateId,
    u: (changes[changes.length - 1] as LevelChange).updateId,
    b: side('BUY').reverse(),
    a: side('SELL'),
  };
}
