/** A log method: structured fields first, then a message, as pino takes them. */
export type LogMethod = (fields: Readonly<Record<string, unknown>>, message: string) => void;

/**
 * The logger the library writes to: pino's shape, so a pino (or bunyan-like) logger can be passed as is.
 * The library is silent unless one is given in the config.
 */
export interface Logger {
  trace: LogMethod;
  debug: LogMethod;
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
  fatal: LogMethod;
  /** A logger that adds `bindings` to every line (the user id of a session, a stream name, ...). */
  child(bindings: Readonly<Record<string, unknown>>): Logger;
  /**
   * Whether lines of `level` are written at all (pino's own method). Optional: when a logger has it, the library
   * builds no line for a level it reports off — the debug line of every REST request, say; without it, every line
   * is passed on and the logger filters.
   */
  isLevelEnabled?(level: LogLevel): boolean;
}

/** The levels of a {@link Logger}, lowest first. */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/** False only when `logger` says it writes nothing at `level` (see {@link Logger.isLevelEnabled}). */
export function logsAt(logger: Logger, level: LogLevel): boolean {
  return logger.isLevelEnabled?.(level) !== false;
}
