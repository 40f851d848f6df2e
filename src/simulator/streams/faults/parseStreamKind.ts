/** What a market stream carries, read from its name, for the payloads the faults make up. */
export type StreamKind =
  | {
      readonly kind:
        | 'trade'
        | 'aggTrade'
        | 'blockTrade'
        | 'bookTicker'
        | 'avgPrice'
        | 'referencePrice'
        | 'miniTicker'
        | 'ticker'
        | 'depthUpdate'
        | 'unknown';
      readonly symbol: string;
    }
  | { readonly kind: 'kline'; readonly symbol: string; readonly interval: string }
  | { readonly kind: 'windowTicker'; readonly symbol: string; readonly window: string }
  | { readonly kind: 'partialDepth'; readonly symbol: string; readonly levels: number }
  | { readonly kind: 'allMiniTickers' }
  | { readonly kind: 'allTickers'; readonly window: string | undefined };

const SIMPLE = new Set(['trade', 'aggTrade', 'blockTrade', 'bookTicker', 'avgPrice', 'referencePrice']);

/** Reads a stream name (`btcusdt@depth20@100ms`, `!ticker_1h@arr`, ...); names it does not know are `unknown`. */
export function parseStreamKind(stream: string): StreamKind {
  const arr = /^!(miniTicker|ticker)(?:_(1h|4h|1d))?@arr$/.exec(stream);
  if (arr !== null)
    return arr[1] === 'miniTicker' ? { kind: 'allMiniTickers' } : { kind: 'allTickers', window: arr[2] };
  const at = stream.indexOf('@');
  const symbol = (at < 0 ? stream : stream.slice(0, at)).toUpperCase();
  const rest = at < 0 ? '' : stream.slice(at + 1);
  if (SIMPLE.has(rest)) return { kind: rest as 'trade', symbol };
  if (rest === 'miniTicker' || rest === 'ticker') return { kind: rest, symbol };
  if (rest === 'depth' || rest === 'depth@100ms') return { kind: 'depthUpdate', symbol };
  const partial = /^depth(5|10|20)(?:@100ms)?$/.exec(rest);
  if (partial !== null) return { kind: 'partialDepth', symbol, levels: Number(partial[1]) };
  const kline = /^kline_([0-9]+[smhdwM])(?:@\+08:00)?$/.exec(rest);
  if (kline !== null) return { kind: 'kline', symbol, interval: kline[1] as string };
  const windowed = /^ticker_(1h|4h|1d)$/.exec(rest);
  if (windowed !== null) return { kind: 'windowTicker', symbol, window: windowed[1] as string };
  return { kind: 'unknown', symbol };
}
