import { expect } from 'chai';
import { parseStreamName } from '../../../src/simulator/market/streamName.js';

describe('parseStreamName', () => {
  const valid: [string, object][] = [
    ['btcusdt@trade', { kind: 'trade', symbol: 'BTCUSDT' }],
    ['btcusdt@aggTrade', { kind: 'aggTrade', symbol: 'BTCUSDT' }],
    ['btcusdt@blockTrade', { kind: 'blockTrade', symbol: 'BTCUSDT' }],
    ['btcusdt@bookTicker', { kind: 'bookTicker', symbol: 'BTCUSDT' }],
    ['btcusdt@miniTicker', { kind: 'miniTicker', symbol: 'BTCUSDT' }],
    ['btcusdt@ticker', { kind: 'ticker', symbol: 'BTCUSDT' }],
    ['btcusdt@ticker_4h', { kind: 'windowTicker', symbol: 'BTCUSDT', window: '4h' }],
    ['btcusdt@avgPrice', { kind: 'avgPrice', symbol: 'BTCUSDT' }],
    ['btcusdt@referencePrice', { kind: 'referencePrice', symbol: 'BTCUSDT' }],
    ['btcusdt@kline_1M', { kind: 'kline', symbol: 'BTCUSDT', interval: '1M', offsetMs: 0 }],
    ['btcusdt@kline_1m@+08:00', { kind: 'kline', symbol: 'BTCUSDT', interval: '1m', offsetMs: 28_800_000 }],
    ['btcusdt@depth10', { kind: 'partialDepth', symbol: 'BTCUSDT', levels: 10, speedMs: 1000 }],
    ['btcusdt@depth20@100ms', { kind: 'partialDepth', symbol: 'BTCUSDT', levels: 20, speedMs: 100 }],
    ['btcusdt@depth', { kind: 'diffDepth', symbol: 'BTCUSDT', speedMs: 1000 }],
    ['btcusdt@depth@100ms', { kind: 'diffDepth', symbol: 'BTCUSDT', speedMs: 100 }],
    ['!miniTicker@arr', { kind: 'allMiniTickers' }],
    ['!ticker_1d@arr', { kind: 'allWindowTickers', window: '1d' }],
    ['xyzusdt@trade', { kind: 'trade', symbol: 'XYZUSDT' }],
    ['这是测试币456@trade', { kind: 'trade', symbol: '这是测试币456' }],
  ];
  for (const [name, spec] of valid) {
    it(`parses ${name}`, () => {
      expect(parseStreamName(name)).to.deep.equal(spec);
    });
  }

  const invalid = [
    'BTCUSDT@trade',
    'btcusdt@Trade',
    'btcusdt@trades',
    'btcusdt',
    '@trade',
    'btcusdt@kline_2m',
    'btcusdt@kline_1H',
    'btcusdt@kline_1m@+09:00',
    'btcusdt@depth15',
    'btcusdt@depth@1000ms',
    'btcusdt@depth5@250ms',
    'btcusdt@ticker_2h',
    '!ticker@arr',
    '!bookTicker',
    '!ticker_2h@arr',
    'btc usdt@trade',
    'btcusdt@trade/ethusdt@trade',
    'averyveryverylongsymbolname@trade',
  ];
  it('refuses malformed and retired names', () => {
    for (const name of invalid) expect(parseStreamName(name), name).to.equal(undefined);
  });
});
