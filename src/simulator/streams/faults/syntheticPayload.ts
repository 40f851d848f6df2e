import { parseStreamKind } from './parseStreamKind.js';

/** The value that replaces one decimal field of a broken payload. */
export const NOT_A_NUMBER = 'not-a-number';

/**
 * A complete, made-up payload of `stream`'s kind (PROTOCOL §1.6). With `broken`, exactly one decimal field is
 * {@link NOT_A_NUMBER} (the price of a trade, the first bid of a book, the close of a candle or ticker...), so the
 * payload is valid JSON that fails validation on that field alone.
 */
export function syntheticPayload(stream: string, at: number, broken: boolean): object {
  const bad = (value: string): string => (broken ? NOT_A_NUMBER : value);
  const kind = parseStreamKind(stream);
  switch (kind.kind) {
    case 'trade':
      return { e: 'trade', E: at, s: kind.symbol, t: 1, p: bad('100.00'), q: '1.000', T: at, m: true, M: true };
    case 'aggTrade':
      return {
        e: 'aggTrade',
        E: at,
        s: kind.symbol,
        a: 1,
        p: bad('100.00'),
        q: '1.000',
        f: 1,
        l: 1,
        T: at,
        m: true,
        M: true,
      };
    case 'blockTrade':
      return { e: 'blockTrade', E: at, s: kind.symbol, t: 1, p: bad('100.00'), q: '1.000', T: at, m: true };
    case 'bookTicker':
      return { u: 1, s: kind.symbol, b: bad('99.99'), B: '1.000', a: '100.01', A: '1.000' };
    case 'avgPrice':
      return { e: 'avgPrice', E: at, s: kind.symbol, i: '5m', w: bad('100.00'), T: at };
    case 'referencePrice':
      return { e: 'referencePrice', s: kind.symbol, r: bad('100.00'), t: at };
    case 'depthUpdate':
      return { e: 'depthUpdate', E: at, s: kind.symbol, U: 1, u: 1, b: [[bad('99.99'), '1.000']], a: [] };
    case 'partialDepth':
      return { lastUpdateId: 1, bids: [[bad('99.99'), '1.000']], asks: [['100.01', '1.000']] };
    case 'kline':
      return { e: 'kline', E: at, s: kind.symbol, k: candle(kind.symbol, kind.interval, at, bad) };
    case 'miniTicker':
      return miniTicker(kind.symbol, at, bad);
    case 'allMiniTickers':
      return [miniTicker('BTCUSDT', at, bad)];
    case 'ticker':
      return ticker('24hrTicker', kind.symbol, at, bad);
    case 'windowTicker':
      return windowTicker(kind.window, kind.symbol, at, bad);
    case 'allTickers':
      return [
        kind.window === undefined
          ? ticker('24hrTicker', 'BTCUSDT', at, bad)
          : windowTicker(kind.window, 'BTCUSDT', at, bad),
      ];
    case 'unknown':
      return { e: 'trade', E: at, s: kind.symbol, t: 1, p: bad('100.00'), q: '1.000', T: at, m: true, M: true };
  }
}

type Bad = (value: string) => string;

function candle(symbol: string, interval: string, at: number, bad: Bad): object {
  const open = at - (at % 60_000);
  return {
    t: open,
    T: open + 59_999,
    s: symbol,
    i: interval,
    f: 1,
    L: 2,
    o: bad('100.00'),
    c: '100.01',
    h: '100.02',
    l: '99.99',
    v: '2.000',
    n: 2,
    x: false,
    q: '200.01',
    V: '1.000',
    Q: '100.00',
    B: '0',
  };
}

function miniTicker(symbol: string, at: number, bad: Bad): object {
  return {
    e: '24hrMiniTicker',
    E: at,
    s: symbol,
    c: bad('100.00'),
    o: '99.00',
    h: '101.00',
    l: '98.00',
    v: '10.000',
    q: '1000.00',
  };
}

function windowStats(symbol: string, at: number, bad: Bad): Record<string, unknown> {
  return {
    s: symbol,
    p: '1.00',
    P: '1.010',
    w: '100.00',
    o: '99.00',
    h: '101.00',
    l: '98.00',
    c: bad('100.00'),
    v: '10.000',
    q: '1000.00',
    O: at - 86_400_000,
    C: at,
    F: 1,
    L: 10,
    n: 10,
  };
}

function ticker(type: string, symbol: string, at: number, bad: Bad): object {
  return {
    e: type,
    E: at,
    ...windowStats(symbol, at, bad),
    x: '99.00',
    Q: '1.000',
    b: '99.99',
    B: '1.000',
    a: '100.01',
    A: '1.000',
  };
}

function windowTicker(window: string, symbol: string, at: number, bad: Bad): object {
  return { e: `${window}Ticker`, E: at, ...windowStats(symbol, at, bad) };
}
