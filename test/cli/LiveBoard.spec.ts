import { expect } from 'chai';
import { filter, firstValueFrom } from 'rxjs';
import { describeConnection, LiveBoard } from '../../src/cli/LiveBoard.js';
import type { BinanceSimulator } from '../../src/simulator/BinanceSimulator.js';
import { clientOf, startSimulator } from '../integration/harness.js';

describe('LiveBoard', function () {
  this.timeout(15_000);
  let sim: BinanceSimulator;

  beforeEach(async () => {
    sim = await startSimulator();
  });
  afterEach(async () => {
    await sim.close();
  });

  it('fills each symbol with its ticker, top of book and latest trades from the live streams', async () => {
    const binance = clientOf(sim);
    const board = new LiveBoard(binance, ['BTCUSDT', 'ETHUSDT'], 'test');
    board.start();
    try {
      // The board subscribed first, so by the time these values reach us they have reached the board too.
      for (const symbol of ['BTCUSDT', 'ETHUSDT']) {
        await firstValueFrom(binance.market.ticker(symbol));
        await firstValueFrom(binance.market.bookTicker(symbol));
      }
      await firstValueFrom(binance.market.trades('BTCUSDT'));
      const state = board.snapshot();
      expect(state.rows.map((r) => r.symbol)).to.deep.equal(['BTCUSDT', 'ETHUSDT']);
      for (const row of state.rows) {
        expect(row.ticker?.lastPrice.isGreaterThan(0), row.symbol).to.equal(true);
        expect(row.book?.askPrice.isGreaterThan(row.book.bidPrice), row.symbol).to.equal(true);
      }
      expect(state.rows[0]?.trades.length).to.be.within(1, 8);
      expect(state.connection).to.match(/^open/);
    } finally {
      board.stop();
      binance.close();
    }
  });

  it('logs connection trouble and notes, and keeps extra sections', async () => {
    const binance = clientOf(sim);
    const board = new LiveBoard(binance, ['BTCUSDT'], 'test');
    board.start();
    try {
      await firstValueFrom(binance.market.trades('BTCUSDT'));
      const reconnecting = firstValueFrom(binance.connection$.pipe(filter((e) => e.type === 'reconnecting')));
      sim.faults.dropConnections();
      await reconnecting;
      board.note('demo order placed');
      board.setSection('orders', ['BUY 1 BTCUSDT']);
      const state = board.snapshot();
      expect(state.log.some((line) => /reconnecting in [\d.]+ s: socket closed/.test(line))).to.equal(true);
      expect(state.log.at(-1)).to.match(/demo order placed$/);
      expect(state.sections).to.deep.equal([{ title: 'orders', lines: ['BUY 1 BTCUSDT'] }]);
    } finally {
      board.stop();
      binance.close();
    }
  });
});

describe('describeConnection', () => {
  it('says what each connection event means in a few words', () => {
    const at = 0;
    expect(describeConnection({ type: 'connecting', connection: 1, socket: 1, url: 'u', attempt: 2, at })).to.equal(
      'connecting (connection 1, attempt 2)',
    );
    expect(describeConnection({ type: 'open', connection: 1, socket: 1, url: 'u', streams: 3, at })).to.equal(
      'open (connection 1, 3 streams)',
    );
    expect(
      describeConnection({ type: 'reconnecting', connection: 1, reason: 'gone', attempt: 1, delayMs: 1500, at }),
    ).to.equal('reconnecting in 1.5 s: gone');
    expect(describeConnection({ type: 'rotating', connection: 1, socket: 1, reason: 'age', at })).to.equal(
      'rotating (age)',
    );
    expect(describeConnection({ type: 'rotated', connection: 2, socket: 3, at })).to.equal(
      'open (connection 2, rotated)',
    );
    expect(describeConnection({ type: 'circuit', connection: 1, state: 'open', at })).to.equal('circuit open');
    expect(describeConnection({ type: 'closed', connection: 1, reason: 'idle', at })).to.equal('closed: idle');
  });
});
