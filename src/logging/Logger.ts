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
}
