import { expect } from 'chai';
import { filter, firstValueFrom, type Subscription } from 'rxjs';
import type { Binance } from '../../src/Binance.js';
import type { ExchangeError } from '../../src/errors/ExchangeError.js';
import type { Trade } from '../../src/models/Trade.js';
import type { BinanceSimulator } from '../../src/simulator/BinanceSimulator.js';
import { clientOf, firstValues, simulatorCondition, startSimulator } from './harness.js';

/** Control messages of one method received by the simulator, with their stream names. */
function controls(sim: BinanceSimulator, method: string): string[][] {
  return sim.market
    .controlLog()
    .filter((entry) => entry.method === method)
    .map((entry) => entry.params as string[]);
}

function openConnections(sim: BinanceSimulator) {
  return sim.market.connections().filter((c) => c.closedAt === undefined);
}

describe('market streams against the simulator', function () {
  this.timeout(20_000);
  let sim: BinanceSimulator;
  let binance: Binance | undefined;
  const subscriptions: Subscription[] = [];

  beforeEach(async () => {
    sim = await startSimulator();
  });

  afterEach(async () => {
    for (const s of subscriptions.splice(0)) s.unsubscribe();
    binance?.close();
    binance = undefined;
    await sim.close();
  });

  it('shares a stream between subscribers: one SUBSCRIBE, and one UNSUBSCRIBE when the last one leaves', async () => {
    binance = clientOf(sim);
    const trades = binance.market.trades('BTCUSDT');
    const a: Trade[] = [];
    const b: Trade[] = [];
    const keep = binance.market.ticker('ETHUSDT').subscribe();
    subscriptions.push(keep);
    const subA = trades.subscribe((t) => a.push(t));
    const subB = trades.subscribe((t) => b.push(t));
    await firstValues(trades, 3, 'trades');
    expect(
      controls(sim, 'SUBSCRIBE')
        .flat()
        .filter((name) => name === 'btcusdt@trade'),
    ).to.have.length(1);
    expect(a.length).to.be.greaterThan(0);
    expect(b.map((t) => t.id)).to.deep.equal(a.map((t) => t.id).slice(-b.length));

    subA.unsubscribe();
    subB.unsubscribe();
    await simulatorCondition(sim, () => controls(sim, 'UNSUBSCRIBE').length > 0, 'the UNSUBSCRIBE');
    expect(controls(sim, 'UNSUBSCRIBE')).to.deep.equal([['btcusdt@trade']]);
    expect(openConnections(sim)[0]?.streams).to.deep.equal(['ethusdt@ticker']);
  });

  it('decodes every kind of stream from the simulator', async () => {
    binance = clientOf(sim);
    const { market } = binance;
    const [trade] = await firstValues(market.trades('BTCUSDT'), 1, 'trade');
    const [agg] = await firstValues(market.aggTrades('BTCUSDT'), 1, 'aggTrade');
    const [kline] = await firstValues(market.klines('BTCUSDT', '1s'), 1, 'kline');
    const [ticker] = await firstValues(market.ticker('BTCUSDT'), 1, 'ticker');
    const [mini] = await firstValues(market.miniTicker('BTCUSDT'), 1, 'miniTicker');
    const [window] = await firstValues(market.windowTicker('BTCUSDT', '1h'), 1, 'window ticker');
    const [book] = await firstValues(market.bookTicker('BTCUSDT'), 1, 'bookTicker');
    const [avg] = await firstValues(market.avgPrice('BTCUSDT'), 1, 'avgPrice');
    const [depth] = await firstValues(market.depth('BTCUSDT', 10, { speedMs: 100 }), 1, 'depth10');
    const [diff] = await firstValues(market.diffDepth('BTCUSDT', { speedMs: 100 }), 1, 'diff depth');
    const [all] = await firstValues(market.allMiniTickers(), 1, 'all mini tickers');
    expect(trade?.symbol).to.equal('BTCUSDT');
    expect(trade?.price.isGreaterThan(0)).to.equal(true);
    expect(agg?.lastTradeId).to.be.a('bigint');
    expect(kline?.interval).to.equal('1s');
    expect(ticker?.lastPrice.isGreaterThan(0)).to.equal(true);
    expect(mini?.lastPrice.isGreaterThan(0)).to.equal(true);
    expect(window?.window).to.equal('1h');
    expect(book?.askPrice.isGreaterThan(book.bidPrice)).to.equal(true);
    expect(avg?.price.isGreaterThan(0)).to.equal(true);
    expect(depth?.symbol).to.equal('BTCUSDT');
    expect(depth?.bids).to.have.length(10);
    expect(diff?.finalUpdateId).to.be.a('bigint');
    expect(all?.length).to.be.greaterThan(0);
  });

  it('subscribes every stream again after the server drops the socket, and the data continues', async () => {
    binance = clientOf(sim);
    const received: Trade[] = [];
    subscriptions.push(binance.market.trades('BTCUSDT').subscribe((t) => received.push(t)));
    subscriptions.push(binance.market.bookTicker('ETHUSDT').subscribe());
    await simulatorCondition(sim, () => openConnections(sim)[0]?.streams.length === 2, 'both streams subscribed');
    const reconnecting = firstValueFrom(binance.connection$.pipe(filter((e) => e.type === 'reconnecting')));
    expect(sim.faults.dropConnections()).to.equal(1);
    const event = await reconnecting;
    expect(event.reason).to.match(/socket closed/);
    await simulatorCondition(
      sim,
      () => openConnections(sim).some((c) => c.id > 1 && c.streams.length === 2),
      'the streams subscribed again on a new connection',
    );
    const before = received.length;
    await firstValues(binance.market.trades('BTCUSDT'), 2, 'trades after the reconnect');
    expect(received.length).to.be.greaterThan(before);
    expect(
      controls(sim, 'SUBSCRIBE')
        .flat()
        .filter((n) => n === 'btcusdt@trade'),
    ).to.have.length(2);
  });

  it('declares a stalled socket dead (watchdog) and reconnects', async () => {
    binance = clientOf(sim, { market: { staleAfterMs: 800 } });
    subscriptions.push(binance.market.trades('BTCUSDT').subscribe());
    await simulatorCondition(sim, () => openConnections(sim)[0]?.streams.length === 1, 'the subscription');
    const lost = firstValueFrom(binance.connection$.pipe(filter((e) => e.type === 'reconnecting')));
    sim.faults.stall();
    const event = await lost;
    expect(event.reason).to.match(/no data, ping or reply for 800 ms/);
    await firstValues(binance.market.trades('BTCUSDT'), 2, 'trades after the stall');
  });

  it('rotates to a new socket before the limit without a gap or a duplicate', async () => {
    binance = clientOf(sim, { market: { rotateAfterMs: 1500, handoffTimeoutMs: 400 } });
    const ids: bigint[] = [];
    subscriptions.push(binance.market.trades('BTCUSDT').subscribe((t) => ids.push(t.id)));
    await firstValueFrom(binance.connection$.pipe(filter((e) => e.type === 'rotated')));
    const countAtRotation = ids.length;
    await firstValues(binance.market.trades('BTCUSDT'), 20, 'trades after the rotation');
    expect(ids.length).to.be.greaterThan(countAtRotation);
    expect(ids.length).to.be.greaterThan(20);
    for (let i = 1; i < ids.length; i++) expect(ids[i], `trade ${i}`).to.equal((ids[i - 1] as bigint) + 1n);
    const first = sim.market.connections()[0];
    expect(first?.closedAt).to.not.equal(undefined);
  });

  it('rotates on serverShutdown before the server closes the socket', async () => {
    binance = clientOf(sim, { market: { handoffTimeoutMs: 300 } });
    const ids: bigint[] = [];
    subscriptions.push(binance.market.trades('BTCUSDT').subscribe((t) => ids.push(t.id)));
    await firstValues(binance.market.trades('BTCUSDT'), 3, 'trades');
    const rotated = firstValueFrom(binance.connection$.pipe(filter((e) => e.type === 'rotated')));
    sim.faults.serverShutdown();
    await rotated;
    await firstValues(binance.market.trades('BTCUSDT'), 10, 'trades after the rotation');
    for (let i = 1; i < ids.length; i++) expect(ids[i], `trade ${i}`).to.equal((ids[i - 1] as bigint) + 1n);
  });

  it('reports a malformed frame on errors$ with its stream, and the stream goes on', async () => {
    binance = clientOf(sim);
    const errors: ExchangeError[] = [];
    subscriptions.push(binance.errors$.subscribe((e) => errors.push(e)));
    const trades: Trade[] = [];
    subscriptions.push(binance.market.trades('BTCUSDT').subscribe((t) => trades.push(t)));
    await firstValues(binance.market.trades('BTCUSDT'), 1, 'a trade');
    sim.faults.malformedFrame({ stream: 'btcusdt@trade', kind: 'bad-payload' });
    sim.faults.malformedFrame({ stream: 'btcusdt@trade', kind: 'invalid-json' });
    const before = trades.length;
    await firstValues(binance.market.trades('BTCUSDT'), 3, 'trades after the bad frames');
    expect(trades.length).to.be.greaterThan(before);
    expect(errors.map((e) => e.category)).to.deep.equal(['decode', 'decode']);
    expect(errors[0]?.context.stream).to.equal('btcusdt@trade');
    expect(errors[0]?.details).to.match(/p: expected a decimal string/);
  });

  it('opens another socket past maxStreamsPerConnection', async () => {
    binance = clientOf(sim, { market: { maxStreamsPerConnection: 3 } });
    const { market } = binance;
    for (const symbol of ['BTCUSDT', 'ETHUSDT', 'BNBUSDT']) {
      subscriptions.push(
        market.trades(symbol).subscribe(),
        market.bookTicker(symbol).subscribe(),
        market.ticker(symbol).subscribe(),
      );
    }
    subscriptions.push(market.avgPrice('BTCUSDT').subscribe());
    await simulatorCondition(
      sim,
      () => openConnections(sim).reduce((n, c) => n + c.streams.length, 0) === 10,
      'ten streams subscribed',
    );
    expect(openConnections(sim).map((c) => c.streams.length)).to.deep.equal([3, 3, 3, 1]);
  });

  it('never sends more than 5 messages in a second on a socket, even under subscription churn', async () => {
    binance = clientOf(sim);
    const { market } = binance;
    const kinds = [
      (s: string) => market.trades(s),
      (s: string) => market.aggTrades(s),
      (s: string) => market.bookTicker(s),
      (s: string) => market.ticker(s),
      (s: string) => market.miniTicker(s),
      (s: string) => market.avgPrice(s),
    ];
    const symbols = ['BTCUSDT', 'ETHUSDT', 'BNBUSDT'];
    const live: Subscription[] = [];
    // Each round changes the subscriptions and waits only until the simulator has seen the resulting message, so the
    // client sends as fast as its own pacing lets it.
    for (let round = 0; round < 14; round++) {
      const sent = sim.market.controlLog().length;
      const make = kinds[round % kinds.length] as (s: string) => ReturnType<typeof market.trades>;
      live.push(make(symbols[Math.floor(round / kinds.length)] as string).subscribe());
      if (round % 2 === 1) live.shift()?.unsubscribe();
      await simulatorCondition(sim, () => sim.market.controlLog().length > sent, `control message ${round + 1}`);
    }
    subscriptions.push(...live);
    const connections = sim.market.connections();
    expect(sim.market.controlLog().length).to.be.at.least(14);
    for (const connection of connections) {
      expect(connection.rateLimited, `connection ${connection.id}`).to.equal(false);
      expect(connection.peakMessagesPerSecond, `connection ${connection.id}`).to.be.at.most(5);
    }
    expect(
      connections.some((c) => c.peakMessagesPerSecond >= 4),
      'the churn reached the pacing limit',
    ).to.equal(true);
  });

  it('unsubscribe(symbol) completes every stream of that symbol only', async () => {
    binance = clientOf(sim);
    const { market } = binance;
    const ended: string[] = [];
    subscriptions.push(
      market.trades('BTCUSDT').subscribe({ complete: () => ended.push('btc trades') }),
      market.depth('BTCUSDT', 5).subscribe({ complete: () => ended.push('btc depth') }),
      market.trades('ETHUSDT').subscribe({ complete: () => ended.push('eth trades') }),
    );
    await simulatorCondition(sim, () => openConnections(sim)[0]?.streams.length === 3, 'three streams');
    expect(market.unsubscribe('btcusdt')).to.equal(2);
    expect(ended).to.deep.equal(['btc trades', 'btc depth']);
    await simulatorCondition(sim, () => openConnections(sim)[0]?.streams.length === 1, 'one stream left');
    expect(openConnections(sim)[0]?.streams).to.deep.equal(['ethusdt@trade']);
  });

  it('serves topics as { type, symbol, data }', async () => {
    binance = clientOf(sim);
    const [event] = await firstValues(binance.market.topic('binance:ticker:BTCUSDT'), 1, 'ticker topic');
    expect(event?.type).to.equal('ticker');
    expect(event?.symbol).to.equal('BTCUSDT');
    expect(event?.type === 'ticker' && event.data.lastPrice.isGreaterThan(0)).to.equal(true);
    const [kline] = await firstValues(binance.market.topic('binance:klines:ETHUSDT:1s'), 1, 'kline topic');
    expect(kline?.type === 'klines' && kline.data.interval).to.equal('1s');
    expect(() => binance?.market.topic('binance:nope:BTCUSDT')).to.throw(TypeError, /Invalid topic/);
  });

  it('close() releases every socket and timer: the process has nothing left open', async () => {
    // After one turn of the event loop, so that mocha's own timer for this test is part of the baseline.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const baseline = activeHandles();
    const client = clientOf(sim);
    const done: string[] = [];
    client.market.trades('BTCUSDT').subscribe({ complete: () => done.push('trades') });
    client.connection$.subscribe({ complete: () => done.push('connection$') });
    await firstValues(client.market.trades('BTCUSDT'), 2, 'trades');
    client.close();
    await simulatorCondition(sim, () => openConnections(sim).length === 0, 'the socket closed');
    expect(done).to.deep.equal(['trades', 'connection$']);
    // The socket's close handshake finishes on both ends shortly after; nothing of the client may outlive it.
    await eventually(() => JSON.stringify(activeHandles()) === JSON.stringify(baseline), 'every handle released');
    expect(activeHandles()).to.deep.equal(baseline);
  });
});

/**
 * Resolves when `condition` holds, checked after each turn of the event loop (with `setImmediate`, which is not one of
 * the timers being counted); rejects after `timeoutMs`.
 */
async function eventually(condition: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(activeHandles())}`);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Counts of the process's sockets and timers (the simulator's own included, which the test does not close). */
function activeHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
