import { expect } from 'chai';
import { ExchangeError } from '../../src/errors/ExchangeError.js';
import { type LogLevel, logsAt } from '../../src/logging/Logger.js';
import { redactForLog, redactingLogger } from '../../src/logging/redactingLogger.js';
import { silentLogger } from '../../src/logging/silentLogger.js';
import { RecordingLogger } from '../fakes/RecordingLogger.js';

/** The lines `inner` recorded, each flat: level, bindings and fields, message. */
function flat(inner: RecordingLogger): Record<string, unknown>[] {
  return inner.lines.map((line) => ({ level: line.level, ...line.fields, message: line.message }));
}

const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';

describe('redactingLogger', () => {
  it('replaces values under credential-like names, at any depth and in child bindings', () => {
    const inner = new RecordingLogger();
    const logger = redactingLogger(inner).child({ apiKey: SECRET, userId: 'alice' });
    logger.info(
      { request: { headers: { 'X-MBX-APIKEY': SECRET }, signature: SIGNATURE, privateKey: 'pem' }, weight: 1 },
      'sent',
    );
    const lines = flat(inner);
    const text = JSON.stringify(flat(inner));
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
    const inner = new RecordingLogger();
    const logger = redactingLogger(inner);
    logger.warn({ url: `https://x/api/v3/order?symbol=BTCUSDT&signature=${SIGNATURE}` }, `failed with key ${SECRET}`);
    const text = JSON.stringify(flat(inner));
    expect(text).to.not.include(SECRET);
    expect(text).to.not.include(SIGNATURE);
    expect(text).to.include('symbol=BTCUSDT');
  });

  it('logs errors as their safe JSON, and every level passes through', () => {
    const inner = new RecordingLogger();
    const logger = redactingLogger(inner);
    const error = new ExchangeError({
      category: 'auth',
      severity: 'critical',
      retryable: false,
      userMessage: 'bad key',
      details: 'd',
    });
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const) logger[level]({ error }, level);
    const lines = flat(inner);
    expect(lines.map((l) => l['level'])).to.deep.equal(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);
    expect(lines[0]?.['error']).to.deep.include({ category: 'auth', userMessage: 'bad key' });
  });

  it('asks the logger which levels it writes, and redacts nothing for a level it drops', () => {
    const inner = Object.assign(new RecordingLogger(), { isLevelEnabled: (level: LogLevel) => level !== 'debug' });
    const logger = redactingLogger(inner);
    const fields = {
      get secret(): string {
        throw new Error('a dropped line must not be read');
      },
    };
    logger.debug(fields, 'dropped');
    logger.info({ weight: 1 }, 'kept');
    expect(flat(inner)).to.deep.equal([{ level: 'info', weight: 1, message: 'kept' }]);
    expect(logger.isLevelEnabled?.('debug')).to.equal(false);
    expect(logger.isLevelEnabled?.('info')).to.equal(true);
    // A logger without the method is taken to write every level.
    expect(redactingLogger(new RecordingLogger()).isLevelEnabled?.('trace')).to.equal(true);
  });

  it('knows that the silent logger writes nothing', () => {
    expect(logsAt(silentLogger, 'fatal')).to.equal(false);
    expect(logsAt(new RecordingLogger(), 'trace')).to.equal(true);
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
