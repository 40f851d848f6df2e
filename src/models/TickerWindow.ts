/**
 * The windows of Binance's rolling-window ticker streams (`<symbol>@ticker_<w>`, `!ticker_<w>@arr`).
 *
 * See https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#individual-symbol-rolling-window-statistics-streams
 */
export const TICKER_WINDOWS = ['1h', '4h', '1d'] as const;

/** A rolling ticker window: `'1h'`, `'4h'` or `'1d'`. */
export type TickerWindow = (typeof TICKER_WINDOWS)[number];

const WINDOWS: ReadonlySet<unknown> = new Set(TICKER_WINDOWS);

/** True for one of the {@link TICKER_WINDOWS} (exact, case-sensitive match). */
export function isTickerWindow(u: unknown): u is TickerWindow {
  return WINDOWS.has(u);
}
