import { expect } from 'chai';
import { ExchangeError } from '../../src/errors/ExchangeError.js';
import type { Logger } from '../../src/logging/Logger.js';
import { redactForLog, redactingLogger } from '../../src/logging/redactingLogger.js';

function recording(lines: unknown[], bindings: Record<string, unknown> = {}): Logger {
  const at = (level: string) => (fields: Readonly<Record<string, unknown>>, message: string) => {
    lines.push({ level, ...bindings, ...fields, message });
  };
  return {
    trace: at('trace'),
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    fatal: at('fatal'),
    child: (more) => recording(lines, { ...bindings, ...more }),
  };
}

const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';

describe('redactingLogger', () => {
  it('replaces values under credential-like names, at any depth and in child bindings', () => {
    const lines: unknown[] = [];
    const logger = redactingLogger(recording(lines)).child({ apiKey: SECRET, userId: 'alice' });
    logger.info(
      { request: { headers: { 'X-MBX-APIKEY': SECRET }, signature: SIGNATURE, privateKey: 'pem' }, weight: 1 },
      'sent',
    );
    const text = JSON.stringify(lines);
    expect(text).to.not.include(SECRET);
    expect(text).to.not.include(SIGNATURE);
    expect(lines[0]).to.deep.include({
      level: 'info',
      userId: 'alice',
      weight: 1,
      message: 'sent',
      apiKey: '[REDACTED]',
    });
  });

  it('redacts secrets inside free text, in fields and in the message', () => {
    const lines: unknown[] = [];
    const logger = redactingLogger(recording(lines));
    logger.warn({ url: `https://x/api/v3/order?symbol=BTCUSDT&signature=${SIGNATURE}` }, `failed with key ${SECRET}`);
    const text = JSON.stringify(lines);
    expect(text).to.not.include(SECRET);
    expect(text).to.not.include(SIGNATURE);
    expect(text).to.include('symbol=BTCUSDT');
  });

  it('logs errors as their safe JSON, and every level passes through', () => {
    const lines: { level: string; error?: unknown }[] = [];
    const logger = redactingLogger(recording(lines));
    const error = new ExchangeError({
      category: 'auth',
      severity: 'critical',
      retryable: false,
      userMessage: 'bad key',
      details: 'd',
    });
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const) logger[level]({ error }, level);
    expect(lines.map((l) => l.level)).to.deep.equal(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);
    expect(lines[0]?.error).to.deep.include({ category: 'auth', userMessage: 'bad key' });
  });

  it('copies without touching the original and stops at a fixed depth', () => {
    const original = { nested: { token: 'x', deep: { a: { b: { c: { d: { e: { f: 1 } } } } } } } };
    const copy = redactForLog(original) as typeof original;
    expect(original.nested.token).to.equal('x');
    expect(copy.nested.token).to.equal('[REDACTED]');
    expect(JSON.stringify(copy)).to.include('[…]');
    expect(redactForLog(12n)).to.equal('12');
  });
});
