import type { MarketFeed } from './MarketFeed.js';
import { createPeriodicStream, type PeriodicStream } from './periodicStreams.js';
import { parseStreamName, type StreamSpec } from './streamName.js';
import { aggTradePayload, blockTradePayload, bookTickerPayload, formatLevels, tradePayload } from './streamPayloads.js';
import type { SymbolConfig } from './SymbolConfig.js';
import { SymbolRules } from './SymbolRules.js';
import { type MarketEvents, SyntheticMarket } from './SyntheticMarket.js';
import type { TradeHistoryOptions } from './TradeHistory.js';

/** How to build a {@link MarketHub}. */
export interface MarketHubOptions {
  /** The symbols to trade (validated; a bad one throws a `TypeError`). */
  readonly symbols: readonly SymbolConfig[];
  /** Seed of every random decision (default 1). Same seed and same steps give the same market. */
  readonly seed?: number;
  /** Interval of the market's clock in real-time mode, ms (default 100). */
  readonly tickMs?: number;
  /** The clock (default `Date.now`). */
  readonly now?: () => number;
  /**
   * `true` (default): {@link MarketHub.start} runs the market on a `tickMs` timer. `false`: manual mode, `start()`
   * does nothing and only {@link MarketHub.step} moves the market, so tests need no timers.
   */
  readonly autoStart?: boolean;
  /** Synthetic past trades invented at creation (default 25 h, so 24 h statistics are full; 0 = none). */
  readonly preHistoryMs?: number;
  /** Memory bounds of each symbol's trade history. */
  readonly history?: TradeHistoryOptions;
}

/** A book snapshot as `/api/v3/depth` writes it. */
export interface BookSnapshot {
  readonly lastUpdateId: number;
  readonly bids: [string, string][];
  readonly asks: [string, string][];
}

/** Receives each payload of a stream the hub serves. */
export type Listener = (payload: object) => void;

interface Channel {
  readonly spec: StreamSpec;
  readonly listeners: Set<Listener>;
  readonly periodic: PeriodicStream | undefined;
}

const EVENT_KINDS: ReadonlySet<string> = new Set(['trade', 'aggTrade', 'bookTicker', 'blockTrade']);

/**
 * The simulator's market: one synthetic market per symbol, moved by one clock, and the {@link MarketFeed} the
 * stream server reads. A stream's payloads are computed only while it has listeners, once per event whatever the
 * number of listeners; the market itself evolves the same whether anybody listens or not.
 *
 * @example
 * ```ts
 * const hub = new MarketHub({ symbols: DEFAULT_SYMBOLS, seed: 7, autoStart: false, now: () => t });
 * const stop = hub.subscribe('btcusdt@trade', (trade) => seen.push(trade));
 * hub.step((t += 100));
 * ```
 */
export class MarketHub implements MarketFeed {
  readonly symbols: readonly string[];
  private readonly markets = new Map<string, SyntheticMarket>();
  private readonly channels = new Map<string, Channel>();
  // Event-driven channels by `<SYMBOL>|<kind>`, so a trade finds its listeners with one lookup.
  private readonly eventChannels = new Map<string, Channel>();
  private readonly periodicChannels = new Set<Channel>();
  private readonly clock: () => number;
  private readonly tickMs: number;
  private readonly autoStart: boolean;
  private timer: ReturnType<typeof setInterval> | undefined;
  private time: number;

  constructor(options: MarketHubOptions) {
    this.clock = options.now ?? Date.now;
    this.tickMs = options.tickMs ?? 100;
    this.autoStart = options.autoStart ?? true;
    if (!(this.tickMs > 0)) throw new TypeError('tickMs must be positive');
    this.time = this.clock();
    const events = this.marketEvents();
    for (const config of options.symbols) {
      const rules = SymbolRules.from(config);
      if (this.markets.has(rules.symbol)) throw new TypeError(`duplicate symbol ${rules.symbol}`);
      const market = new SyntheticMarket({
        rules,
        seed: options.seed ?? 1,
        now: this.time,
        events,
        ...(options.preHistoryMs === undefined ? {} : { preHistoryMs: options.preHistoryMs }),
        ...(options.history === undefined ? {} : { history: options.history }),
        ...(config.activity === undefined ? {} : { activity: config.activity }),
      });
      this.markets.set(rules.symbol, market);
    }
    this.symbols = [...this.markets.keys()];
  }

  /** The hub's clock. */
  now(): number {
    return this.clock();
  }

  /**
   * The market of a symbol (upper-case), if traded.
   *
   * @internal
   */
  market(symbol: string): SyntheticMarket | undefined {
    return this.markets.get(symbol);
  }

  /**
   * Every market, in configuration order.
   *
   * @internal
   */
  allMarkets(): SyntheticMarket[] {
    return [...this.markets.values()];
  }

  /** The streams that currently have listeners. */
  activeStreams(): string[] {
    return [...this.channels.keys()];
  }

  /** True for a well-formed stream name (PROTOCOL §1.5), whether or not its symbol is traded. */
  isStreamName(stream: string): boolean {
    return parseStreamName(stream) !== undefined;
  }

  /**
   * Listens to a stream; throws a `TypeError` for a malformed name. A name of an untraded symbol is accepted and stays
   * silent. Returns the function that ends this subscription (idempotent).
   */
  subscribe(stream: string, listener: Listener): () => void {
    const spec = parseStreamName(stream);
    if (spec === undefined) throw new TypeError(`not a stream name: ${JSON.stringify(stream)}`);
    let channel = this.channels.get(stream);
    if (channel === undefined) {
      const periodic = EVENT_KINDS.has(spec.kind) ? undefined : createPeriodicStream(spec, this.markets, this.time);
      channel = { spec, listeners: new Set(), periodic };
      this.channels.set(stream, channel);
      if (periodic !== undefined) this.periodicChannels.add(channel);
      else if (EVENT_KINDS.has(spec.kind) && 'symbol' in spec)
        this.eventChannels.set(`${spec.symbol}|${spec.kind}`, channel);
    }
    const { listeners } = channel;
    // A wrapper, so that the same function may listen twice and each subscription ends on its own.
    const entry: Listener = (payload) => {
      listener(payload);
    };
    listeners.add(entry);
    return () => {
      if (!listeners.delete(entry) || listeners.size > 0) return;
      const current = this.channels.get(stream);
      if (current === undefined) return;
      this.channels.delete(stream);
      this.periodicChannels.delete(current);
      if ('symbol' in current.spec) this.eventChannels.delete(`${current.spec.symbol}|${current.spec.kind}`);
    };
  }

  /** Starts the `tickMs` timer (unless in manual mode); idempotent. */
  start(): void {
    if (!this.autoStart || this.timer !== undefined) return;
    this.timer = setInterval(() => {
      this.step(this.clock());
    }, this.tickMs);
    // The server that uses the hub keeps the process alive; a forgotten hub must not.
    this.timer.unref();
  }

  /** Stops the timer; the hub can be started again. */
  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  /**
   * Moves every market to `now` (never backwards: an earlier time counts as the last one) and publishes what the
   * scheduled streams owe at that time. In manual mode this is the only thing that moves the market.
   */
  step(now: number): void {
    this.time = Math.max(this.time, now);
    for (const market of this.markets.values()) market.tick(this.time);
    for (const channel of this.periodicChannels) {
      for (const payload of (channel.periodic as PeriodicStream).poll(this.time)) this.publish(channel, payload);
    }
    this.forgetPublishedUpdates();
  }

  /**
   * The exact current book of a symbol, best levels first (all levels unless `limit`), with its last update id.
   * Throws a `RangeError` for a symbol the hub does not trade.
   */
  trueBook(symbol: string, limit?: number): BookSnapshot {
    const market = this.markets.get(symbol);
    if (market === undefined) throw new RangeError(`unknown symbol ${symbol}`);
    const { book, rules } = market;
    return {
      lastUpdateId: book.lastUpdateId,
      bids: formatLevels(rules, book.levels('BUY', limit)),
      asks: formatLevels(rules, book.levels('SELL', limit)),
    };
  }

  private marketEvents(): MarketEvents {
    const channelOf = (market: SyntheticMarket, kind: string): Channel | undefined =>
      this.eventChannels.get(`${market.symbol}|${kind}`);
    return {
      trade: (market, trade, time) => {
        const channel = channelOf(market, 'trade');
        if (channel !== undefined) this.publish(channel, tradePayload(market.rules, trade, time));
      },
      aggTrade: (market, agg, time) => {
        const channel = channelOf(market, 'aggTrade');
        if (channel !== undefined) this.publish(channel, aggTradePayload(market.rules, agg, time));
      },
      bookTop: (market) => {
        const channel = channelOf(market, 'bookTicker');
        if (channel !== undefined) this.publish(channel, bookTickerPayload(market));
      },
      blockTrade: (market, block, time) => {
        const channel = channelOf(market, 'blockTrade');
        if (channel !== undefined) this.publish(channel, blockTradePayload(market.rules, block, time));
      },
    };
  }

  private publish(channel: Channel, payload: object): void {
    for (const listener of channel.listeners) listener(payload);
  }

  /** Diff-depth streams read the book's change log; keep it only back to the oldest update one of them still owes. */
  private forgetPublishedUpdates(): void {
    const oldest = new Map<string, number>();
    for (const channel of this.periodicChannels) {
      const cursor = channel.periodic?.cursor;
      if (cursor === undefined || !('symbol' in channel.spec)) continue;
      const symbol = channel.spec.symbol;
      oldest.set(symbol, Math.min(oldest.get(symbol) ?? Number.POSITIVE_INFINITY, cursor()));
    }
    for (const market of this.markets.values()) {
      market.book.forgetChangesThrough(oldest.get(market.symbol) ?? market.book.lastUpdateId);
    }
  }
}
