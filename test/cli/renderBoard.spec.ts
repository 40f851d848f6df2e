import { expect } from 'chai';
import { renderBoard } from '../../src/cli/renderBoard.js';
import type { BoardState } from '../../src/cli/BoardState.js';
import { toBookTicker } from '../../src/models/BookTicker.js';
import { toTicker } from '../../src/models/Ticker.js';
import { toTrade } from '../../src/models/Trade.js';
import { RawBookTicker } from '../../src/codecs/RawBookTicker.js';
import { RawTicker } from '../../src/codecs/RawTicker.js';
import { RawTrade } from '../../src/codecs/RawTrade.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';

function decoded<A>(codec: { decode(u: unknown): { _tag: string; right?: A } }, value: unknown): A {
  const result = codec.decode(value);
  if (result._tag !== 'Right') throw new Error('fixture does not decode');
  return result.right as A;
}

const ticker = toTicker(
  decoded(RawTicker, { ...(streamFixture('ticker') as object), s: 'BTCUSDT', P: '-1.25', c: '50000.10' }),
);
const book = toBookTicker(
  decoded(RawBookTicker, { ...(streamFixture('bookTicker') as object), s: 'BTCUSDT', b: '49999.99', a: '50000.01' }),
);
const buy = toTrade(
  decoded(RawTrade, { ...(streamFixture('trade') as object), s: 'BTCUSDT', p: '50000.10', q: '0.002', m: false }),
);

const state: BoardState = {
  source: 'embedded simulator at ws://127.0.0.1:1',
  rows: [
    { symbol: 'BTCUSDT', ticker, book, trades: [buy] },
    { symbol: 'ETHUSDT', ticker: undefined, book: undefined, trades: [] },
  ],
  connection: 'open (connection 1, 6 streams)',
  log: ['12:00:00 reconnecting in 1 s: socket closed'],
  sections: [{ title: 'orders', lines: ['BUY 0.001 BTCUSDT @ 49000 NEW'] }],
};

describe('renderBoard', () => {
  it('draws each symbol with exact prices, its change, best bid and ask, and its latest trades', () => {
    const text = renderBoard(state, { color: false });
    expect(text).to.match(/BTCUSDT +50000\.1 +-1\.25% +49999\.99 +50000\.01/);
    expect(text).to.include('▲ 0.002 @ 50000.1');
    expect(text).to.match(/ETHUSDT +— +— +— +—/);
    expect(text).to.include('connection: open (connection 1, 6 streams)');
    expect(text).to.include('embedded simulator at ws://127.0.0.1:1');
  });

  it('draws extra sections and the recent events', () => {
    const text = renderBoard(state, { color: false });
    expect(text).to.include('orders\n  BUY 0.001 BTCUSDT @ 49000 NEW');
    expect(text).to.include('reconnecting in 1 s: socket closed');
  });

  it('colours a fall red and a rise green only when asked', () => {
    expect(renderBoard(state, { color: false })).to.not.include('\x1b[');
    const coloured = renderBoard(state, { color: true });
    expect(coloured).to.include('\x1b[31m   -1.25%\x1b[0m');
    expect(coloured).to.include('\x1b[32m▲ 0.002 @ 50000.1\x1b[0m');
  });
});
