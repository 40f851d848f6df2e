import { normalizeSymbol } from './normalizeSymbol.js';

/** The kinds of data a topic can name. */
export type TopicType =
  'ticker' | 'miniTicker' | 'trades' | 'aggTrades' | 'klines' | 'depth' | 'diffDepth' | 'bookTicker' | 'avgPrice';

/** A parsed topic: what, for which symbol, with which parameter (kline interval or depth levels). */
export interface Topic {
  readonly type: TopicType;
  readonly symbol: string;
  readonly param: string | undefined;
}

// Singular spellings are accepted too, as the seeds' topics use both.
const TYPES: Readonly<Record<string, TopicType>> = {
  ticker: 'ticker',
  miniticker: 'miniTicker',
  trade: 'trades',
  trades: 'trades',
  aggtrade: 'aggTrades',
  aggtrades: 'aggTrades',
  kline: 'klines',
  klines: 'klines',
  depth: 'depth',
  diffdepth: 'diffDepth',
  bookticker: 'bookTicker',
  avgprice: 'avgPrice',
};

/**
 * Parses a topic string of the form `binance:<type>:<SYMBOL>[:<param>]`, e.g. `binance:ticker:BTCUSDT`,
 * `binance:klines:ETHUSDT:5m`, `binance:depth:BTCUSDT:10`.
 *
 * @throws TypeError for anything else, naming the accepted types.
 */
export function parseTopic(topic: string): Topic {
  const parts = typeof topic === 'string' ? topic.split(':') : [];
  const [exchange, rawType, rawSymbol, param, ...rest] = parts;
  const type = rawType === undefined ? undefined : TYPES[rawType.toLowerCase()];
  if (exchange !== 'binance' || type === undefined || rawSymbol === undefined || rest.length > 0) {
    throw new TypeError(
      `Invalid topic ${JSON.stringify(topic)}: expected "binance:<type>:<SYMBOL>[:<param>]" with type one of ${[
        ...new Set(Object.values(TYPES)),
      ].join(', ')}`,
    );
  }
  return { type, symbol: normalizeSymbol(rawSymbol), param };
}
