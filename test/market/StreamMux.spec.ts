import { expect } from 'chai';
import type { Subscription } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import type { ExchangeError } from '../../src/errors/ExchangeError.js';
import type { StreamSpec } from '../../src/market/StreamSpec.js';
import { streamDecoders } from '../../src/market/streamDecoders.js';
import type { Trade } from '../../src/models/Trade.js';
import type { FakeWebSocket } from '../fakes/FakeWebSocket.js';
import { countingTradeDecoder, createTestMux, tradePayload } from './muxHarness.js';

const spec = (symbol: string): StreamSpec => ({ kind: 'trade', symbol, name: `${symbol.toLowerCase()}@trade` });
const BTC = spec('BTCUSDT');
const ETH = spec('ETHUSDT');

function newScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => {
    expect(actual).to.deep.equal(expected);
  });
}

function methods(socket: FakeWebSocket): string[] {
  return socket.sent.map(({ message }) => `${message.method} ${(message.params ?? []).join(',')}`.trim());
}

/** The largest number of messages sent within any closed window of `windowMs`. */
function peakPerWindow(times: readonly number[], windowMs = 1000): number {
  let peak = 0;
  for (const start of times) peak = Math.max(peak, times.filter((t) => t >= start && t <= start + windowMs).length);
  return peak;
}

describe('StreamMux', () => {
  it('shares a stream: two subscribers cause one SUBSCRIBE, one decode per frame, and the last one leaving one UNSUBSCRIBE', () => {
    const scheduler = newScheduler();
    const decoder = countingTradeDecoder();
    const seen: string[] = [];
    scheduler.run(() => {
      const { mux, server, at } = createTestMux(scheduler);
      const stream = mux.stream(BTC, decoder);
      const keep = mux.stream(ETH, decoder).subscribe();
      let a: Subscription | undefined;
      let b: Subscription | undefined;
      at(0, () => {
        a = stream.subscribe((t: Trade) => seen.push(`a${t.id}`));
        b = stream.subscribe((t: Trade) => seen.push(`b${t.id}`));
      });
      at(10, () => server.last.open());
      at(20, () => {
        server.last.ackAll();
        server.last.frame('btcusdt@trade', tradePayload(1));
      });
      at(30, () => a?.unsubscribe());
      at(2000, () => b?.unsubscribe());
      at(3000, () => {
        server.last.ackAll();
        expect(methods(server.last)).to.deep.equal([
          'SUBSCRIBE ethusdt@trade,btcusdt@trade',
          'UNSUBSCRIBE btcusdt@trade',
        ]);
        keep.unsubscribe();
        mux.close();
      });
    });
    expect(seen).to.deep.equal(['a1', 'b1']);
    expect(decoder.built).to.equal(1);
  });

  it('logs when a stream starts and ends, with its name (debug), once however many subscribers share it', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { mux, logger, at } = createTestMux(scheduler);
      const stream = mux.stream(BTC, countingTradeDecoder());
      const a = stream.subscribe();
      const b = stream.subscribe();
      at(10, () => a.unsubscribe());
      at(20, () => b.unsubscribe());
      at(30, () => {
        const lines = logger.lines.filter((line) => line.fields['stream'] !== undefined);
        expect(lines.map((l) => [l.level, l.message, l.fields['stream'], l.fields['shard']])).to.deep.equal([
          ['debug', 'stream started', 'btcusdt@trade', 1],
          ['debug', 'stream ended', 'btcusdt@trade', 1],
        ]);
      });
    });
  });

  it('delivers partial depth frames of the exact valid shape, and still reports a malformed one (the stream lives on)', () => {
    const scheduler = newScheduler();
    const depth: StreamSpec = { kind: 'partialDepth', symbol: 'BTCUSDT', name: 'btcusdt@depth5' };
    const seen: string[] = [];
    let reported: readonly ExchangeError[] = [];
    scheduler.run(() => {
      const { mux, server, errors, at } = createTestMux(scheduler);
      reported = errors;
      const sub = mux.stream(depth, streamDecoders.partialDepth).subscribe((book) => {
        seen.push(`${book.lastUpdateId}:${book.bestBid?.price.toFixed() ?? '-'}`);
      });
      at(10, () => server.last.open());
      at(20, () => {
        server.last.ackAll();
        server.last.frame('btcusdt@depth5', { lastUpdateId: 1, bids: [['100.50', '2']], asks: [['101', '1']] });
        server.last.frame('btcusdt@depth5', { lastUpdateId: 2, bids: [['1e5', '2']], asks: [] });
        server.last.frame('btcusdt@depth5', { lastUpdateId: 3, bids: [], asks: [] });
      });
      at(30, () => {
        sub.unsubscribe();
        mux.close();
      });
    });
    expect(seen).to.deep.equal(['1:100.5', '3:-']);
    expect(reported.map((e) => e.context.stream)).to.deep.equal(['btcusdt@depth5']);
  });

  it('batches a burst of subscriptions into one SUBSCRIBE and never sends more than 4 messages in a second', () => {
    const scheduler = newScheduler();
    let sent: number[] = [];
    scheduler.run(() => {
      const { mux, server, at } = createTestMux(scheduler);
      const decoder = countingTradeDecoder();
      const subs: Subscription[] = [];
      at(0, () => {
        for (let i = 0; i < 10; i++) subs.push(mux.stream(spec(`SYM${i}USDT`), decoder).subscribe());
      });
      at(5, () => server.last.open());
      // Churn: every 50 ms one stream leaves and another comes, for two seconds.
      for (let i = 0; i < 40; i++) {
        at(100 + i * 50, () => {
          subs.shift()?.unsubscribe();
          subs.push(mux.stream(spec(`NEW${i}USDT`), decoder).subscribe());
        });
      }
      at(10_000, () => {
        sent = server.last.sent.map((s) => s.at);
        expect(server.last.sent[0]?.message.params).to.have.length(10);
        mux.close();
      });
    });
    expect(sent.length).to.be.greaterThan(4);
    expect(peakPerWindow(sent)).to.be.at.most(4);
  });

  it('subscribes every stream again after the server drops the socket, after the backoff delay', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { mux, server, events, at } = createTestMux(scheduler);
      const decoder = countingTradeDecoder();
      const received: bigint[] = [];
      mux.stream(BTC, decoder).subscribe((t) => received.push(t.id));
      mux.stream(ETH, decoder).subscribe();
      at(1, () => server.last.open());
      at(2, () => server.last.ackAll());
      at(100, () => server.last.serverClose(1006, 'gone'));
      at(1099, () => expect(server.sockets).to.have.length(1));
      at(1101, () => {
        expect(server.sockets).to.have.length(2);
        server.last.open();
      });
      at(1102, () => {
        expect(server.last.subscriptions()).to.deep.equal(['btcusdt@trade', 'ethusdt@trade']);
        server.last.ackAll();
        server.last.frame('btcusdt@trade', tradePayload(7));
      });
      at(2000, () => {
        expect(received).to.deep.equal([7n]);
        const reconnecting = events.find((e) => e.type === 'reconnecting');
        expect(reconnecting).to.include({ attempt: 1, delayMs: 1000 });
        expect(reconnecting?.type === 'reconnecting' && reconnecting.reason).to.match(/gone/);
        mux.close();
      });
    });
  });

  it('backs off exponentially while connections fail, and opens the circuit after 5 failures', () => {
    const scheduler = newScheduler();
    const delays: number[] = [];
    const circuit: string[] = [];
    scheduler.run(() => {
      const { mux, server, events, at } = createTestMux(scheduler, {
        circuitBreaker: { failureThreshold: 5, cooldown: 60_000 },
      });
      mux.stream(BTC, countingTradeDecoder()).subscribe();
      // Every new socket fails 1 ms after it is created.
      let handled = 0;
      const failNew = (): void => {
        while (handled < server.sockets.length) server.sockets[handled++]?.fail();
      };
      for (let t = 1; t < 200_000; t += 500) at(t, failNew);
      at(200_000, () => {
        for (const e of events) {
          if (e.type === 'reconnecting') delays.push(e.delayMs);
          if (e.type === 'circuit') circuit.push(e.state);
        }
        mux.close();
      });
    });
    expect(delays.slice(0, 5)).to.deep.equal([1000, 2000, 4000, 8000, 16000]);
    expect(circuit[0]).to.equal('open');
    expect(circuit).to.include('half-open');
  });

  it('probes a silent socket, then declares it dead and replaces it', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { mux, server, events, at } = createTestMux(scheduler, { staleAfterMs: 4000 });
      mux.stream(BTC, countingTradeDecoder()).subscribe();
      at(1, () => server.last.open());
      at(2, () => server.last.ackAll());
      at(5000, () => {
        // Half-way through the silence the socket asked the server for a sign of life.
        expect(methods(server.sockets[0] as FakeWebSocket)).to.include('LIST_SUBSCRIPTIONS');
      });
      at(8000, () => {
        expect((server.sockets[0] as FakeWebSocket).closedByClient).to.not.equal(undefined);
        const lost = events.find((e) => e.type === 'reconnecting');
        expect(lost?.type === 'reconnecting' && lost.reason).to.match(/no data, ping or reply/);
        mux.close();
      });
    });
  });

  it('keeps a socket alive on server pings alone', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { mux, server, events, at } = createTestMux(scheduler, { staleAfterMs: 4000 });
      mux.stream(BTC, countingTradeDecoder()).subscribe();
      at(1, () => server.last.open());
      at(2, () => server.last.ackAll());
      for (let t = 1000; t < 60_000; t += 1000) at(t, () => server.last.ping());
      at(60_000, () => {
        expect(server.sockets).to.have.length(1);
        expect(events.some((e) => e.type === 'reconnecting')).to.equal(false);
        mux.close();
      });
    });
  });

  it('rotates make-before-break: no gap and no duplicate across the two sockets', () => {
    const scheduler = newScheduler();
    const ids: bigint[] = [];
    scheduler.run(() => {
      const { mux, server, events, at } = createTestMux(scheduler, { rotateAfterMs: 10_000, handoffTimeoutMs: 2000 });
      mux.stream(BTC, countingTradeDecoder()).subscribe((t) => ids.push(t.id));
      at(1, () => server.last.open());
      at(2, () => server.last.ackAll());
      let next = 1;
      const old = (): FakeWebSocket => server.sockets[0] as FakeWebSocket;
      const fresh = (): FakeWebSocket => server.sockets[1] as FakeWebSocket;
      for (let t = 100; t < 10_001; t += 100) at(t, () => old().frame('btcusdt@trade', tradePayload(next++)));
      at(10_002, () => {
        expect(server.sockets).to.have.length(2);
        fresh().open();
      });
      // The new socket is ahead of the old one (ids 102..) before the old one has delivered 101.
      at(10_010, () => {
        fresh().ackAll();
        fresh().frame('btcusdt@trade', tradePayload(102));
        fresh().frame('btcusdt@trade', tradePayload(103));
      });
      at(10_020, () => {
        old().frame('btcusdt@trade', tradePayload(101));
        old().frame('btcusdt@trade', tradePayload(102));
      });
      at(10_030, () => {
        fresh().frame('btcusdt@trade', tradePayload(104));
        old().frame('btcusdt@trade', tradePayload(103));
        old().frame('btcusdt@trade', tradePayload(104));
      });
      at(12_100, () => {
        expect(old().closedByClient).to.not.equal(undefined);
        expect(fresh().closedByClient).to.equal(undefined);
        fresh().frame('btcusdt@trade', tradePayload(105));
        expect(events.map((e) => e.type)).to.include.members(['rotating', 'rotated']);
        mux.close();
      });
    });
    expect(ids).to.deep.equal(Array.from({ length: 105 }, (_, i) => BigInt(i + 1)));
  });

  it('rotates on serverShutdown', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { mux, server, events, at } = createTestMux(scheduler);
      mux.stream(BTC, countingTradeDecoder()).subscribe();
      at(1, () => server.last.open());
      at(2, () => server.last.ackAll());
      at(50, () => server.last.frame('!serverShutdown', { e: 'serverShutdown', E: 1 }));
      at(60, () => {
        expect(server.sockets).to.have.length(2);
        expect(events.find((e) => e.type === 'rotating')).to.include({ reason: 'serverShutdown' });
        mux.close();
      });
    });
  });

  it('reports a frame that fails to decode with its stream name and keeps the stream alive', () => {
    const scheduler = newScheduler();
    const ids: bigint[] = [];
    let errors: ExchangeError[] = [];
    scheduler.run(() => {
      const h = createTestMux(scheduler);
      errors = h.errors;
      h.mux.stream(BTC, countingTradeDecoder()).subscribe((t) => ids.push(t.id));
      h.at(1, () => h.server.last.open());
      h.at(2, () => {
        h.server.last.frame('btcusdt@trade', { ...tradePayload(1), p: 'not-a-number' });
        h.server.last.receive('{"stream":"btcusdt@trade","data":{"e":');
        h.server.last.frame('btcusdt@trade', tradePayload(2));
      });
      h.at(3, () => h.mux.close());
    });
    expect(ids).to.deep.equal([2n]);
    expect(errors).to.have.length(2);
    expect(errors[0]?.category).to.equal('decode');
    expect(errors[0]?.context.stream).to.equal('btcusdt@trade');
    expect(errors[0]?.details).to.match(/p: expected a decimal string/);
    expect(errors[1]?.details).to.match(/not valid JSON/);
  });

  it('keeps ids beyond 2^53 exact', () => {
    const scheduler = newScheduler();
    const ids: bigint[] = [];
    scheduler.run(() => {
      const h = createTestMux(scheduler);
      h.mux.stream(BTC, countingTradeDecoder()).subscribe((t) => ids.push(t.id));
      h.at(1, () => h.server.last.open());
      h.at(2, () => {
        h.server.last.receive(
          JSON.stringify({ stream: 'btcusdt@trade', data: tradePayload(0) }).replace(
            '"t":0',
            '"t":1152921504606846977',
          ),
        );
      });
      h.at(3, () => h.mux.close());
    });
    expect(ids).to.deep.equal([1152921504606846977n]);
  });

  it('opens another socket when one reaches maxStreamsPerConnection', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { mux, server, at } = createTestMux(scheduler, { maxStreamsPerConnection: 2 });
      const decoder = countingTradeDecoder();
      for (const symbol of ['AAAUSDT', 'BBBUSDT', 'CCCUSDT', 'DDDUSDT', 'EEEUSDT'])
        mux.stream(spec(symbol), decoder).subscribe();
      at(1, () => {
        expect(server.sockets).to.have.length(3);
        for (const socket of server.sockets) socket.open();
      });
      at(10, () => {
        expect(server.sockets.map((s) => s.subscriptions().length)).to.deep.equal([2, 2, 1]);
        mux.close();
      });
    });
  });

  it('ends a stream the server refuses to carry, with the reason (control error codes start at 0)', () => {
    const scheduler = newScheduler();
    let failure: unknown;
    scheduler.run(() => {
      const { mux, server, at } = createTestMux(scheduler);
      mux.stream(BTC, countingTradeDecoder()).subscribe({ error: (e: unknown) => (failure = e) });
      at(1, () => server.last.open());
      at(2, () => {
        const id = server.last.sent[0]?.message.id;
        server.last.receive({ code: 0, msg: 'Unknown property', id });
      });
      at(3, () => mux.close());
    });
    expect((failure as ExchangeError).category).to.equal('stream');
    expect((failure as ExchangeError).code).to.equal(0);
  });

  it('unsubscribe(symbol) completes every stream of that symbol and no other', () => {
    const scheduler = newScheduler();
    const completed: string[] = [];
    scheduler.run(() => {
      const { mux, server, at } = createTestMux(scheduler);
      const decoder = countingTradeDecoder();
      mux.stream(BTC, decoder).subscribe({ complete: () => completed.push('btc trade') });
      mux
        .rawStream({ kind: 'raw', symbol: 'BTCUSDT', name: 'btcusdt@depth' })
        .subscribe({ complete: () => completed.push('btc raw') });
      mux.stream(ETH, decoder).subscribe({ complete: () => completed.push('eth trade') });
      at(1, () => server.last.open());
      at(2, () => server.last.ackAll());
      at(10, () => {
        expect(mux.unsubscribeSymbol('BTCUSDT')).to.equal(2);
        expect(mux.activeStreams()).to.deep.equal(['ethusdt@trade']);
      });
      at(2000, () => {
        expect(methods(server.last).at(-1)).to.equal('UNSUBSCRIBE btcusdt@trade,btcusdt@depth');
        completed.push('-- closing --');
        mux.close();
      });
    });
    expect(completed).to.deep.equal(['btc trade', 'btc raw', '-- closing --', 'eth trade']);
  });

  it('close() closes every socket, completes every stream, and later subscriptions error', () => {
    const scheduler = newScheduler();
    let completed = false;
    let late: unknown;
    let sockets: FakeWebSocket[] = [];
    scheduler.run(() => {
      const { mux, server, at } = createTestMux(scheduler);
      mux.stream(BTC, countingTradeDecoder()).subscribe({ complete: () => (completed = true) });
      at(1, () => server.last.open());
      at(5, () => {
        mux.close();
        sockets = server.sockets;
        mux.stream(ETH, countingTradeDecoder()).subscribe({ error: (e: unknown) => (late = e) });
      });
    });
    expect(completed).to.equal(true);
    expect(sockets.every((s) => s.closedByClient !== undefined)).to.equal(true);
    expect(late).to.be.instanceOf(Error);
  });

  it('spaces connection attempts by the shared attempt limiter', () => {
    const scheduler = newScheduler();
    let created: number[] = [];
    scheduler.run(() => {
      const { mux, server, at } = createTestMux(scheduler, {
        maxStreamsPerConnection: 1,
        connectionAttempts: { limit: 2, windowMs: 10_000 },
      });
      const decoder = countingTradeDecoder();
      const times: number[] = [];
      for (const symbol of ['AAAUSDT', 'BBBUSDT', 'CCCUSDT']) mux.stream(spec(symbol), decoder).subscribe();
      for (let t = 0; t <= 20_000; t += 1000) at(t, () => times.push(server.sockets.length));
      at(20_000, () => {
        created = times;
        mux.close();
      });
    });
    // Two sockets at once, the third only once the 10 s window has passed.
    expect(created[0]).to.equal(2);
    expect(created[10]).to.equal(2);
    expect(created[11]).to.equal(3);
  });
});
