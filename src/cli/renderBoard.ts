import type { BigNumber } from 'bignumber.js';
import type { BoardState, SymbolRow } from './BoardState.js';

/** How the board is drawn. */
export interface RenderOptions {
  /** ANSI colours (green up, red down). */
  readonly color: boolean;
}

const RESET = '\x1b[0m';
const GREEN = '\x1b[32m';
const RED = '\x1b[31m';
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';

function paint(text: string, code: string, options: RenderOptions): string {
  return options.color ? `${code}${text}${RESET}` : text;
}

function decimal(value: BigNumber | undefined, places?: number): string {
  if (value === undefined) return '—';
  return places === undefined ? value.toFixed() : value.toFixed(places);
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function tickerLine(row: SymbolRow, options: RenderOptions): string {
  const { ticker, book } = row;
  const change = ticker?.priceChangePercent;
  const changeText = change === undefined ? '—' : `${change.isNegative() ? '' : '+'}${change.toFixed(2)}%`;
  const padded = pad(changeText, 9, true);
  return [
    paint(pad(row.symbol, 10), BOLD, options),
    pad(decimal(ticker?.lastPrice), 16, true),
    change === undefined ? padded : paint(padded, change.isNegative() ? RED : GREEN, options),
    pad(decimal(book?.bidPrice), 16, true),
    pad(decimal(book?.askPrice), 16, true),
    pad(decimal(ticker?.volume, 4), 16, true),
  ].join(' ');
}

function tradeLine(row: SymbolRow, options: RenderOptions): string {
  const trades = row.trades
    .slice(0, 4)
    .map((t) =>
      paint(
        `${t.takerSide === 'BUY' ? '▲' : '▼'} ${t.quantity.toFixed()} @ ${t.price.toFixed()}`,
        t.takerSide === 'BUY' ? GREEN : RED,
        options,
      ),
    );
  return `  ${paint('trades', DIM, options)} ${trades.length === 0 ? '—' : trades.join('  ')}`;
}

/**
 * Draws the live view as text: one block per symbol (last price, 24 h change, best bid and ask, 24 h volume, the
 * latest trades), the connection state, extra sections and recent events. Pure: the same state gives the same text.
 */
export function renderBoard(state: BoardState, options: RenderOptions): string {
  const header = [
    pad('symbol', 10),
    pad('last', 16, true),
    pad('24h', 9, true),
    pad('bid', 16, true),
    pad('ask', 16, true),
    pad('24h volume', 16, true),
  ].join(' ');
  const lines = [
    `${paint('crypto-exchange', BOLD, options)} — live market (${state.source})`,
    `connection: ${state.connection}`,
    '',
    paint(header, DIM, options),
  ];
  for (const row of state.rows) lines.push(tickerLine(row, options), tradeLine(row, options));
  for (const section of state.sections)
    lines.push('', paint(section.title, BOLD, options), ...section.lines.map((l) => `  ${l}`));
  if (state.log.length > 0) lines.push('', paint('events', BOLD, options), ...state.log.slice(-6).map((l) => `  ${l}`));
  lines.push('', paint('Ctrl-C to quit', DIM, options));
  return lines.join('\n');
}
