import { merge, type Subscription, tap } from 'rxjs';
import type { Binance } from '../Binance.js';
import type { ConnectionEvent } from '../market/ConnectionEvent.js';
import type { BookTicker } from '../models/BookTicker.js';
import type { Ticker } from '../models/Ticker.js';
import type { Trade } from '../models/Trade.js';
import type { BoardState, SymbolRow } from './BoardState.js';

interface MutableRow {
  ticker: Ticker | undefined;
  book: BookTicker | undefined;
  trades: Trade[];
}

/** Describes a connection event in a few words for the view. */
export function describeConnection(event: ConnectionEvent): string {
  switch (event.type) {
    case 'connecting':
      return `connecting (connection ${event.connection}, attempt ${event.attempt})`;
    case 'open':
      return `open (connection ${event.connection}, ${event.streams} streams)`;
    case 'reconnecting':
      return `reconnecting in ${Math.round(event.delayMs / 100) / 10} s: ${event.reason}`;
    case 'rotating':
      return `rotating (${event.reason})`;
    case 'rotated':
      return `open (connection ${event.connection}, rotated)`;
    case 'circuit':
      return `circuit ${event.state}`;
    case 'closed':
      return `closed: ${event.reason}`;
  }
}

/**
 * Collects what the live view shows: for each symbol its 24 h ticker, best bid and ask and latest trades, plus the
 * connection state and notable events. Other parts of the demo add sections and log lines.
 */
export class LiveBoard {
  private readonly rows = new Map<string, MutableRow>();
  private readonly log: string[] = [];
  private readonly sections = new Map<string, readonly string[]>();
  private connection = 'connecting';
  private subscription: Subscription | undefined;

  constructor(
    private readonly binance: Binance,
    private readonly symbols: readonly string[],
    private readonly source: string,
  ) {
    for (const symbol of symbols) this.rows.set(symbol, { ticker: undefined, book: undefined, trades: [] });
  }

  /** Subscribes to the streams of every symbol and to the client's connection events and errors. */
  start(): void {
    const { market } = this.binance;
    const streams = this.symbols.flatMap((symbol) => {
      const row = this.rows.get(symbol) as MutableRow;
      return [
        market.ticker(symbol).pipe(tap((ticker) => (row.ticker = ticker))),
        market.bookTicker(symbol).pipe(tap((book) => (row.book = book))),
        market.trades(symbol).pipe(
          tap((trade) => {
            row.trades.unshift(trade);
            row.trades.length = Math.min(row.trades.length, 8);
          }),
        ),
      ];
    });
    this.subscription = merge(...streams).subscribe();
    this.subscription.add(
      this.binance.connection$.subscribe((event) => {
        this.connection = describeConnection(event);
        if (event.type !== 'connecting' && event.type !== 'open') this.note(this.connection);
      }),
    );
    this.subscription.add(
      this.binance.errors$.subscribe((error) => this.note(`${error.category}: ${error.userMessage}`)),
    );
  }

  /** Adds a line to the events log. */
  note(line: string): void {
    this.log.push(`${new Date().toISOString().slice(11, 19)} ${line}`);
    if (this.log.length > 50) this.log.shift();
  }

  /** Sets (or replaces) a titled section of extra lines. */
  setSection(title: string, lines: readonly string[]): void {
    this.sections.set(title, lines);
  }

  /** What to draw now. */
  snapshot(): BoardState {
    const rows: SymbolRow[] = this.symbols.map((symbol) => {
      const row = this.rows.get(symbol) as MutableRow;
      return { symbol, ticker: row.ticker, book: row.book, trades: [...row.trades] };
    });
    return {
      source: this.source,
      rows,
      connection: this.connection,
      log: [...this.log],
      sections: [...this.sections].map(([title, lines]) => ({ title, lines })),
    };
  }

  /** Unsubscribes from everything. */
  stop(): void {
    this.subscription?.unsubscribe();
  }
}
