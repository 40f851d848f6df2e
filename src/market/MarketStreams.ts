import { map, type Observable } from 'rxjs';
import type { OrderBookView } from '../book/OrderBookView.js';
import type { AggTrade } from '../models/AggTrade.js';
import type { AvgPrice } from '../models/AvgPrice.js';
import type { BlockTrade } from '../models/BlockTrade.js';
import type { BookTicker } from '../models/BookTicker.js';
import type { DepthSnapshot } from '../models/DepthSnapshot.js';
import type { DepthUpdate } from '../models/DepthUpdate.js';
import type { Kline } from '../models/Kline.js';
import type { KlineInterval } from '../models/KlineInterval.js';
import type { MiniTicker } from '../models/MiniTicker.js';
import type { ReferencePrice } from '../models/ReferencePrice.js';
import type { Ticker } from '../models/Ticker.js';
import type { TickerWindow } from '../models/TickerWindow.js';
import type { Trade } from '../models/Trade.js';
import type { WindowTicker } from '../models/WindowTicker.js';
import type { MarketEvent } from './MarketEvent.js';
import { normalizeSymbol } from './normalizeSymbol.js';
import { parseTopic } from './parseTopic.js';
import { streamDecoders } from './streamDecoders.js';
import {
  aggTradeStream,
  allMiniTickersStream,
  allWindowTickersStream,
  avgPriceStream,
  blockTradeStream,
  bookTickerStream,
  type DepthLevels,
  type DepthOptions,
  diffDepthStream,
  klineStream,
  type KlineOptions,
  miniTickerStream,
  partialDepthStream,
  rawStream,
  referencePriceStream,
  tickerStream,
  tradeStream,
  windowTickerStream,
} from './streamNames.js';
import type { OrderBookOptions, OrderBooks } from './OrderBooks.js';
import type { StreamMux } from './StreamMux.js';

/**
 * Every Binance spot market stream as a typed Observable (`binance.market`).
 *
 * Each method validates its arguments at once (a `TypeError` names the problem) and returns a cold Observable over
 * a shared stream: the first subscriber of a stream sends SUBSCRIBE, further subscribers share it, the last one
 * leaving sends UNSUBSCRIBE. Values are decoded once per frame; prices and quantities are exact `BigNumber`s.
 * Reconnection is invisible to subscribers except as a pause; watch `binance.connection$` for the details, and
 * `binance.errors$` for frames that failed validation (they are skipped, the stream goes on).
 *
 * @example
 * ```ts
 * binance.market.trades('BTCUSDT').pipe(bufferTime(1000)).subscribe((trades) => console.log(trades.length));
 * binance.market.klines('ETHUSDT', '1m').pipe(filter((k) => k.closed)).subscribe(drawCandle);
 * ```
 */
export class MarketStreams {
  /** @internal */
  constructor(
    private readonly mux: StreamMux,
    private readonly books: OrderBooks,
  ) {}

  /** Every trade of `symbol` (`<symbol>@trade`, real time). */
  trades(symbol: string): Observable<Trade> {
    return this.mux.stream(tradeStream(symbol), streamDecoders.trade);
  }

  /** Trades aggregated per taker order and price (`<symbol>@aggTrade`, real time). */
  aggTrades(symbol: string): Observable<AggTrade> {
    return this.mux.stream(aggTradeStream(symbol), streamDecoders.aggTrade);
  }

  /** Block trades of `symbol` (`<symbol>@blockTrade`). */
  blockTrades(symbol: string): Observable<BlockTrade> {
    return this.mux.stream(blockTradeStream(symbol), streamDecoders.blockTrade);
  }

  /**
   * Candles of `symbol` (`<symbol>@kline_<interval>`): the current candle every 2 s (1 s for `1s`), and once more
   * with `closed: true` when it ends.
   *
   * @param interval - one of `1s 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 3d 1w 1M` (`1M` is a month); default `1m`.
   */
  klines(symbol: string, interval: KlineInterval = '1m', options?: KlineOptions): Observable<Kline> {
    return this.mux.stream(klineStream(symbol, interval, options), streamDecoders.kline);
  }

  /** Rolling 24 h mini ticker of `symbol`, each second (`<symbol>@miniTicker`). */
  miniTicker(symbol: string): Observable<MiniTicker> {
    return this.mux.stream(miniTickerStream(symbol), streamDecoders.miniTicker);
  }

  /** Mini tickers of every symbol that changed, each second (`!miniTicker@arr`). */
  allMiniTickers(): Observable<readonly MiniTicker[]> {
    return this.mux.stream(allMiniTickersStream(), streamDecoders.allMiniTickers);
  }

  /** Rolling 24 h ticker of `symbol`, each second (`<symbol>@ticker`). */
  ticker(symbol: string): Observable<Ticker> {
    return this.mux.stream(tickerStream(symbol), streamDecoders.ticker);
  }

  /** Rolling-window ticker of `symbol` over 1h, 4h or 1d, each second (`<symbol>@ticker_<window>`). */
  windowTicker(symbol: string, window: TickerWindow): Observable<WindowTicker> {
    return this.mux.stream(windowTickerStream(symbol, window), streamDecoders.windowTicker);
  }

  /** Rolling-window tickers of every symbol that changed, each second (`!ticker_<window>@arr`). */
  allWindowTickers(window: TickerWindow): Observable<readonly WindowTicker[]> {
    return this.mux.stream(allWindowTickersStream(window), streamDecoders.allWindowTickers);
  }

  /** Best bid and ask of `symbol` whenever they change (`<symbol>@bookTicker`, real time). */
  bookTicker(symbol: string): Observable<BookTicker> {
    return this.mux.stream(bookTickerStream(symbol), streamDecoders.bookTicker);
  }

  /** Average price of `symbol` over 5 minutes, each second (`<symbol>@avgPrice`). */
  avgPrice(symbol: string): Observable<AvgPrice> {
    return this.mux.stream(avgPriceStream(symbol), streamDecoders.avgPrice);
  }

  /** Reference price of `symbol`, each second (`<symbol>@referencePrice`). */
  referencePrice(symbol: string): Observable<ReferencePrice> {
    return this.mux.stream(referencePriceStream(symbol), streamDecoders.referencePrice);
  }

  /**
   * The top `levels` of `symbol`'s order book, every second or every 100 ms (`<symbol>@depth<levels>[@100ms]`).
   * Each value is a complete snapshot.
   *
   * @param levels - 5, 10 or 20; default 5.
   */
  depth(symbol: string, levels: DepthLevels = 5, options?: DepthOptions): Observable<DepthSnapshot> {
    return this.mux.stream(partialDepthStream(symbol, levels, options), streamDecoders.partialDepth);
  }

  /**
   * The changes of `symbol`'s order book, every second or every 100 ms (`<symbol>@depth[@100ms]`): the raw material
   * of a local order book. Quantities are absolute; zero removes a level.
   */
  diffDepth(symbol: string, options?: DepthOptions): Observable<DepthUpdate> {
    return this.mux.stream(diffDepthStream(symbol, options), streamDecoders.diffDepth);
  }

  /**
   * A local order book of `symbol`, kept in step with Binance from the diff stream and a REST snapshot (PROTOCOL §2):
   * an immutable view per update — sorted bids and asks, best bid and ask, spread, last update id — and its `state`
   * (`syncing`, `live`, `resyncing`): read it before trusting the levels. A gap in the updates resyncs this book alone.
   * Shared per symbol and depth; late subscribers get the current view at once.
   *
   * @example
   * ```ts
   * binance.market.orderBook('BTCUSDT').pipe(filter((book) => book.state === 'live'))
   *   .subscribe((book) => render(book.topBids(10), book.topAsks(10), book.spread));
   * ```
   */
  orderBook(symbol: string, options?: OrderBookOptions): Observable<OrderBookView> {
    return this.books.orderBook(symbol, options);
  }

  /**
   * A stream by topic, `binance:<type>:<SYMBOL>[:<param>]`, as `{ type, symbol, data }` values. Types: `ticker`,
   * `miniTicker`, `trades`, `aggTrades`, `klines` (param: interval, default `1m`), `depth` (param: levels, default 5),
   * `diffDepth`, `bookTicker`, `avgPrice`.
   *
   * @example
   * ```ts
   * binance.market.topic('binance:ticker:BTCUSDT').subscribe(({ symbol, data }) => console.log(symbol, data.lastPrice));
   * ```
   */
  topic(topic: string): Observable<MarketEvent> {
    const { type, symbol, param } = parseTopic(topic);
    if (param !== undefined && type !== 'klines' && type !== 'depth') {
      throw new TypeError(`Invalid topic ${JSON.stringify(topic)}: ${type} takes no parameter`);
    }
    return this.topicSource(type, symbol, param).pipe(map((data) => ({ type, symbol, data }) as MarketEvent));
  }

  private topicSource(type: MarketEvent['type'], symbol: string, param: string | undefined): Observable<unknown> {
    switch (type) {
      case 'klines':
        return this.klines(symbol, (param ?? '1m') as KlineInterval);
      case 'depth':
        return this.depth(symbol, (param === undefined ? 5 : Number(param)) as DepthLevels);
      case 'ticker':
        return this.ticker(symbol);
      case 'miniTicker':
        return this.miniTicker(symbol);
      case 'trades':
        return this.trades(symbol);
      case 'aggTrades':
        return this.aggTrades(symbol);
      case 'diffDepth':
        return this.diffDepth(symbol);
      case 'bookTicker':
        return this.bookTicker(symbol);
      case 'avgPrice':
        return this.avgPrice(symbol);
    }
  }

  /**
   * Completes every stream of `symbol` for all of its subscribers; each is unsubscribed from Binance. Subscribing
   * again later starts afresh. Returns how many streams ended.
   */
  unsubscribe(symbol: string): number {
    return this.mux.unsubscribeSymbol(normalizeSymbol(symbol));
  }

  /**
   * Any stream by its Binance name, undecoded: the `data` of each frame as parsed JSON. The escape hatch for streams
   * this library does not model; shared and refcounted like every other stream. Pair it with `decodeWith(codec)`.
   */
  stream(name: string): Observable<unknown> {
    return this.mux.rawStream(rawStream(name));
  }

  /** Names of the streams that currently have subscribers. */
  activeStreams(): string[] {
    return this.mux.activeStreams();
  }
}
