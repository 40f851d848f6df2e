import type { BookTicker } from '../models/BookTicker.js';
import type { Ticker } from '../models/Ticker.js';
import type { Trade } from '../models/Trade.js';

/** What the live view shows for one symbol. */
export interface SymbolRow {
  readonly symbol: string;
  readonly ticker: Ticker | undefined;
  readonly book: BookTicker | undefined;
  /** Most recent first. */
  readonly trades: readonly Trade[];
}

/** Everything the live view shows, at one moment. */
export interface BoardState {
  /** Where the data comes from, e.g. `embedded simulator at ws://127.0.0.1:51234`. */
  readonly source: string;
  readonly rows: readonly SymbolRow[];
  /** The latest connection state, e.g. `open (connection 1)`. */
  readonly connection: string;
  /** Recent notable events (reconnects, errors, demo orders), most recent last. */
  readonly log: readonly string[];
  /** Extra sections (the trading demo adds its orders and balances). */
  readonly sections: readonly { readonly title: string; readonly lines: readonly string[] }[];
}
