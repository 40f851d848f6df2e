import { isKlineInterval } from '../../market/klineIntervals.js';
import type { MarketHub } from '../../market/MarketHub.js';
import { AVG_PRICE_MINUTES, averagePrice, candlesIn } from '../../market/marketStatistics.js';
import type { SymbolStatus } from '../../market/SymbolConfig.js';
import type { SymbolRules } from '../../market/SymbolRules.js';
import type { SyntheticMarket } from '../../market/SyntheticMarket.js';
import type { TradeRecord } from '../../market/TradeRecord.js';
import { formatLevels } from '../../market/streamPayloads.js';
import type { ParamReader } from '../ParamReader.js';
import { RestError } from '../RestError.js';
import type { RestRequest, RestRoute } from '../RestRoute.js';

const STATUSES: readonly SymbolStatus[] = ['TRADING', 'HALT', 'BREAK'];
const TIME_ZONE = /^([+-]?)(\d{1,2})(?::(\d{2}))?$/;

/** The market of a mandatory `symbol` (validated by the reader: -1100, -1102, -1121). */
function requiredMarket(hub: MarketHub, params: ParamReader): SyntheticMarket {
  return hub.market(params.requiredSymbol()) as SyntheticMarket;
}

/** Reads `symbolStatus` and refuses a symbol whose status differs (-1220). */
function checkStatus(market: SyntheticMarket, params: ParamReader): void {
  const status = params.oneOf('symbolStatus', STATUSES, () => RestError.badSymbolStatus());
  if (status !== undefined && market.rules.status !== status) throw RestError.statusMismatch();
}

/** Weight of `/api/v3/depth` by `limit`: 1–100 → 5, 101–500 → 25, 501–1000 → 50, more → 250. */
export function depthWeight(params: ReadonlyMap<string, string>): number {
  const limit = Number(params.get('limit') ?? '100');
  if (!(limit > 100)) return 5;
  if (limit <= 500) return 25;
  return limit <= 1000 ? 50 : 250;
}

function tradeJson(rules: SymbolRules, trade: TradeRecord, time: (ms: number) => number): object {
  return {
    id: trade.id,
    price: rules.price(trade.price),
    qty: rules.quantity(trade.quantity),
    quoteQty: rules.quote(trade.quoteQuantity),
    time: time(trade.time),
    isBuyerMaker: trade.buyerIsMaker,
    isBestMatch: true,
  };
}

/** Parses `timeZone` (`-1:00`, `05:45`, `8`; −12:00 … +14:00) into an offset in ms. */
function timeZoneOffset(params: ParamReader): number {
  const value = params.string('timeZone');
  if (value === undefined) return 0;
  const match = TIME_ZONE.exec(value);
  if (match === null) throw RestError.invalidParameter('timeZone');
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? '0');
  const signed = match[1] === '-' ? -minutes : minutes;
  if (Number(match[3] ?? '0') >= 60 || signed < -12 * 60 || signed > 14 * 60)
    throw RestError.invalidParameter('timeZone');
  return signed * 60_000;
}

function klines({ params, now, time }: RestRequest, hub: MarketHub): unknown[] {
  const market = requiredMarket(hub, params);
  const interval = params.requiredString('interval');
  if (!isKlineInterval(interval)) throw RestError.badInterval();
  const startTime = params.time('startTime');
  const endTime = params.time('endTime');
  const offset = timeZoneOffset(params);
  const limit = params.integer('limit', { min: 1, max: 1000 }) ?? 500;
  const range = {
    limit,
    ...(startTime === undefined ? {} : { startTime }),
    ...(endTime === undefined ? {} : { endTime }),
  };
  const { rules } = market;
  return candlesIn(market.history, interval, offset, range, now).map(({ openTime, closeTime, stats, flatPrice }) => [
    time(openTime),
    rules.price(stats?.open ?? flatPrice),
    rules.price(stats?.high ?? flatPrice),
    rules.price(stats?.low ?? flatPrice),
    rules.price(stats?.close ?? flatPrice),
    rules.quantity(stats?.volume ?? 0n),
    time(closeTime),
    rules.quote(stats?.quoteVolume ?? 0n),
    stats?.count ?? 0,
    rules.quantity(stats?.takerBuyVolume ?? 0n),
    rules.quote(stats?.takerBuyQuoteVolume ?? 0n),
    '0',
  ]);
}

/** The public market-data endpoints: depth, trades, historicalTrades, aggTrades, klines, uiKlines, avgPrice. */
export function marketDataRoutes({ hub }: { readonly hub: MarketHub }): RestRoute[] {
  return [
    {
      method: 'GET',
      path: '/api/v3/depth',
      security: 'NONE',
      weight: depthWeight,
      handle: ({ params }) => {
        const market = requiredMarket(hub, params);
        const limit = params.integer('limit', { min: 1, max: 5000 }) ?? 100;
        checkStatus(market, params);
        const { book, rules } = market;
        return {
          lastUpdateId: book.lastUpdateId,
          bids: formatLevels(rules, book.levels('BUY', limit)),
          asks: formatLevels(rules, book.levels('SELL', limit)),
        };
      },
    },
    {
      method: 'GET',
      path: '/api/v3/trades',
      security: 'NONE',
      weight: 25,
      handle: ({ params, time }) => {
        const market = requiredMarket(hub, params);
        const limit = params.integer('limit', { min: 1, max: 1000 }) ?? 500;
        return market.history.trades.newest(limit).map((t) => tradeJson(market.rules, t, time));
      },
    },
    {
      method: 'GET',
      path: '/api/v3/historicalTrades',
      security: 'NONE',
      weight: 25,
      handle: ({ params, time }) => {
        const market = requiredMarket(hub, params);
        const limit = params.integer('limit', { min: 1, max: 1000 }) ?? 500;
        const fromId = params.integer('fromId');
        const { trades } = market.history;
        const list = fromId === undefined ? trades.newest(limit) : trades.fromId(fromId, limit);
        return list.map((t) => tradeJson(market.rules, t, time));
      },
    },
    {
      method: 'GET',
      path: '/api/v3/aggTrades',
      security: 'NONE',
      weight: 4,
      handle: ({ params, time }) => {
        const market = requiredMarket(hub, params);
        const fromId = params.integer('fromId');
        const startTime = params.time('startTime');
        const endTime = params.time('endTime');
        const limit = params.integer('limit', { min: 1, max: 1000 }) ?? 500;
        const { rules } = market;
        const query = {
          limit,
          ...(fromId === undefined ? {} : { fromId }),
          ...(startTime === undefined ? {} : { startTime }),
          ...(endTime === undefined ? {} : { endTime }),
        };
        return market.history.queryAggTrades(query).map((a) => ({
          a: a.id,
          p: rules.price(a.price),
          q: rules.quantity(a.quantity),
          f: a.firstTradeId,
          l: a.lastTradeId,
          T: time(a.time),
          m: a.buyerIsMaker,
          M: true,
        }));
      },
    },
    { method: 'GET', path: '/api/v3/klines', security: 'NONE', weight: 2, handle: (r) => klines(r, hub) },
    { method: 'GET', path: '/api/v3/uiKlines', security: 'NONE', weight: 2, handle: (r) => klines(r, hub) },
    {
      method: 'GET',
      path: '/api/v3/avgPrice',
      security: 'NONE',
      weight: 2,
      handle: ({ params, now, time }) => {
        const market = requiredMarket(hub, params);
        const average = averagePrice(market.history, now);
        return {
          mins: AVG_PRICE_MINUTES,
          price: market.rules.price(average?.price ?? 0n),
          closeTime: time(average?.time ?? 0),
        };
      },
    },
  ];
}
