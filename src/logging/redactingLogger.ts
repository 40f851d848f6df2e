import { ExchangeError } from '../errors/ExchangeError.js';
import { redact } from '../errors/redact.js';
import { type LogLevel, type LogMethod, type Logger, logsAt } from './Logger.js';

// Field names whose values are credentials, whatever their text looks like.
const SECRET_KEY = /secret|signature|api[-_]?key|private[-_]?key|password|passphrase|token|listen[-_]?key|credential/i;
const MAX_DEPTH = 6;

/** A copy of `value` fit for a log line: secrets under sensitive names replaced, every string redacted. */
export function redactForLog(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[…]';
  if (value instanceof ExchangeError) return value.toJSON();
  if (value instanceof Error) return { name: value.name, message: redact(value.message) };
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return redactForLog(withJson.toJSON(), depth + 1);
  if (Array.isArray(value)) return value.map((item) => redactForLog(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? '[REDACTED]' : redactForLog(item, depth + 1);
  }
  return out;
}

function method(inner: Logger, level: LogLevel): LogMethod {
  // Redacting walks every field: not for a line the logger would drop anyway.
  return (fields, message) => {
    if (logsAt(inner, level)) inner[level](redactForLog(fields) as Readonly<Record<string, unknown>>, redact(message));
  };
}

/**
 * Wraps the application's logger so that nothing the library logs — or anything a caller logs through the
 * library's child loggers — carries a secret: values under credential-like names are replaced, and every text goes
 * through the same redaction as error messages (signatures, keys, PEM blocks). The redaction happens at this
 * boundary, so a mistake anywhere else in the library still cannot leak.
 */
export function redactingLogger(inner: Logger): Logger {
  return {
    trace: method(inner, 'trace'),
    debug: method(inner, 'debug'),
    info: method(inner, 'info'),
    warn: method(inner, 'warn'),
    error: method(inner, 'error'),
    fatal: method(inner, 'fatal'),
    child: (bindings) => redactingLogger(inner.child(redactForLog(bindings) as Readonly<Record<string, unknown>>)),
    isLevelEnabled: (level) => logsAt(inner, level),
  };
}
