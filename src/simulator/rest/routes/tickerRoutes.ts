import type { MarketHub } from '../../market/MarketHub.js';
import type { SymbolStatus } from '../../market/SymbolConfig.js';
import type { SyntheticMarket } from '../../market/SyntheticMarket.js';
import { type TickerFigures, tickerFigures } from '../../market/tickerFigures.js';
import type { ParamReader } from '../ParamReader.js';
import { RestError } from '../RestError.js';
import type { RestRoute } from '../RestRoute.js';

const STATUSES: readonly SymbolStatus[] = ['TRADING', 'HALT', 'BREAK'];
const TYPES = ['FULL', 'MINI'] as const;
const DAY = 86_400_000;
const WINDOW = /^([1-9][0-9]?)([mhd])$/;
const WINDOW_UNIT = { m: { ms: 60_000, max: 59 }, h: { ms: 3_600_000, max: 23 }, d: { ms: DAY, max: 7 } } as const;

/** How many symbols a request names, read leniently (weights are computed before validation). */
function symbolCount(params: ReadonlyMap<string, string>): number | undefined {
  if (params.has('symbol')) return 1;
  const symbols = params.get('symbols');
  if (symbols === undefined) return undefined;
  try {
    const list: unknown = JSON.parse(symbols);
    return Array.isArray(list) ? list.length : 1;
  } catch {
    return 1;
  }
}

/** Weight of `/api/v3/ticker/24hr`: one symbol or 1–20 → 2, 21–100 → 40, more or all → 80. */
export function ticker24hWeight(params: ReadonlyMap<string, string>): number {
  const count = symbolCount(params);
  if (count === undefined || count > 100) return 80;
  return count > 20 ? 40 : 2;
}

/**
 * The markets a ticker request asks for: `symbol` (one, answered as an object), `symbols` (a list), or all (when
 * `all` allows it; else -1102). `symbolStatus` refuses a single mismatching symbol (-1220) and filters lists.
 */
function selectMarkets(
  hub: MarketHub,
  params: ParamReader,
  all: boolean,
  readBetween: () => void = () => undefined,
): { markets: SyntheticMarket[]; single: boolean } {
  const symbol = params.symbol();
  const symbols = params.symbols();
  readBetween();
  const status = params.oneOf('symbolStatus', STATUSES, () => RestError.badSymbolStatus());
  if (symbol !== undefined && symbols !== undefined) throw RestError.badCombination();
  if (symbol === undefined && symbols === undefined && !all) throw RestError.eitherMandatory('symbol', 'symbols');
  const markets = (symbol === undefined ? (symbols ?? hub.symbols) : [symbol]).map(
    (s) => hub.market(s) as SyntheticMarket,
  );
  if (symbol !== undefined) {
    if (status !== undefined && (markets[0] as SyntheticMarket).rules.status !== status)
      throw RestError.statusMismatch();
    return { markets, single: true };
  }
  return { markets: markets.filter((m) => status === undefined || m.rules.status === status), single: false };
}

function answer(
  selection: { markets: SyntheticMarket[]; single: boolean },
  row: (m: SyntheticMarket) => object,
): unknown {
  const rows = selection.markets.map(row);
  return selection.single ? rows[0] : rows;
}

function statsFields(f: TickerFigures, time: (ms: number) => number): object {
  return {
    openPrice: f.open,
    highPrice: f.high,
    lowPrice: f.low,
    lastPrice: f.close,
    volume: f.volume,
    quoteVolume: f.quoteVolume,
    openTime: time(f.openTime),
    closeTime: time(f.closeTime),
    firstId: f.firstId,
    lastId: f.lastId,
    count: f.count,
  };
}

function topOfBook(market: SyntheticMarket): { bidPrice: string; bidQty: string; askPrice: string; askQty: string } {
  const { rules, book } = market;
  const bid = book.bestBid() ?? [0n, 0n];
  const ask = book.bestAsk() ?? [0n, 0n];
  return {
    bidPrice: rules.price(bid[0]),
    bidQty: rules.quantity(bid[1]),
    askPrice: rules.price(ask[0]),
    askQty: rules.quantity(ask[1]),
  };
}

/** `windowSize`: 1m…59m, 1h…23h, 1d…7d (default 1d). */
function windowMs(params: ParamReader): number {
  const value = params.string('windowSize');
  if (value === undefined) return DAY;
  const match = WINDOW.exec(value);
  const unit = match === null ? undefined : WINDOW_UNIT[match[2] as 'm' | 'h' | 'd'];
  const count = Number(match?.[1]);
  if (unit === undefined || count > unit.max) throw RestError.invalidParameter('windowSize');
  return count * unit.ms;
}

/** The ticker endpoints: `/api/v3/ticker/24hr`, `/ticker/price`, `/ticker/bookTicker` and the rolling `/ticker`. */
export function tickerRoutes({ hub }: { readonly hub: MarketHub }): RestRoute[] {
  const tickerType = (params: ParamReader) => params.oneOf('type', TYPES, () => RestError.badTickerType()) ?? 'FULL';
  return [
    {
      method: 'GET',
      path: '/api/v3/ticker/24hr',
      security: 'NONE',
      weight: ticker24hWeight,
      handle: ({ params, now, time }) => {
        let type: 'FULL' | 'MINI' = 'FULL';
        const selection = selectMarkets(hub, params, true, () => (type = tickerType(params)));
        return answer(selection, (market) => {
          const f = tickerFigures(market, DAY, now);
          const stats = statsFields(f, time);
          if (type === 'MINI') return { symbol: market.symbol, ...stats };
          const { bidPrice, bidQty, askPrice, askQty } = topOfBook(market);
          const { priceChange, priceChangePercent, weightedAvgPrice, prevClose: prevClosePrice } = f;
          const last = { lastPrice: f.close, lastQty: f.lastQty, bidPrice, bidQty, askPrice, askQty };
          return {
            symbol: market.symbol,
            priceChange,
            priceChangePercent,
            weightedAvgPrice,
            prevClosePrice,
            ...last,
            ...stats,
          };
        });
      },
    },
    {
      method: 'GET',
      path: '/api/v3/ticker/price',
      security: 'NONE',
      weight: (params) => (params.has('symbol') ? 2 : 4),
      handle: ({ params }) =>
        answer(selectMarkets(hub, params, true), (m) => ({ symbol: m.symbol, price: m.rules.price(m.lastPrice) })),
    },
    {
      method: 'GET',
      path: '/api/v3/ticker/bookTicker',
      security: 'NONE',
      weight: (params) => (params.has('symbol') ? 2 : 4),
      handle: ({ params }) => answer(selectMarkets(hub, params, true), (m) => ({ symbol: m.symbol, ...topOfBook(m) })),
    },
    {
      method: 'GET',
      path: '/api/v3/ticker',
      security: 'NONE',
      weight: (params) => Math.min(200, 4 * (symbolCount(params) ?? 1)),
      handle: ({ params, now, time }) => {
        let window = DAY;
        let type: 'FULL' | 'MINI' = 'FULL';
        const selection = selectMarkets(hub, params, false, () => {
          window = windowMs(params);
          type = tickerType(params);
        });
        if (selection.markets.length > 100) throw RestError.tooManyParameters(100, selection.markets.length);
        return answer(selection, (market) => {
          const f = tickerFigures(market, window, now);
          const stats = statsFields(f, time);
          if (type === 'MINI') return { symbol: market.symbol, ...stats };
          const { priceChange, priceChangePercent, weightedAvgPrice } = f;
          return { symbol: market.symbol, priceChange, priceChangePercent, weightedAvgPrice, ...stats };
        });
      },
    },
  ];
}
