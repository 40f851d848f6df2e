import { expect } from 'chai';
import { inspect } from 'node:util';
import {
  bannedLocally,
  clientClosed,
  connectionGaveUp,
  connectionLost,
  orderNotFoundAfterUnknownOutcome,
  unknownSymbol,
  unreadableFrame,
} from '../../src/errors/clientErrors.js';
import { ExchangeError } from '../../src/errors/ExchangeError.js';
import { docKey } from '../fixtures/keys/testKeys.js';

const SECRET = docKey.apiSecret;
const SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';

/** Everything an error shows of itself. */
const shown = (error: ExchangeError): string =>
  [error.message, error.userMessage, JSON.stringify(error), inspect(error, { depth: Infinity })].join('\n');

describe('clientErrors', () => {
  it('connectionLost: a retryable network warning whose reason is redacted', () => {
    const error = connectionLost(`closed 1006 at wss://x/ws?signature=${SIGNATURE}`);
    expect(error).to.be.instanceOf(ExchangeError);
    expect(error).to.include({ category: 'network', severity: 'warning', retryable: true });
    expect(error.details).to.equal('closed 1006 at wss://x/ws?signature=[REDACTED]');
    expect(shown(error)).to.not.include(SIGNATURE);
  });

  describe('connectionGaveUp', () => {
    it('returns an ExchangeError cause as it is', () => {
      const cause = connectionLost('reset');
      expect(connectionGaveUp(cause)).to.equal(cause);
    });

    it('wraps anything else as a final network error with the redacted message', () => {
      const error = connectionGaveUp(new Error(`connect ECONNREFUSED secret=${SECRET}`));
      expect(error).to.include({ category: 'network', severity: 'error', retryable: false });
      expect(error.details).to.equal('connect ECONNREFUSED secret=[REDACTED]');
      expect(error.suggestions).to.have.length.greaterThan(0);
      expect(connectionGaveUp('gone').details).to.equal('gone');
      expect(shown(error)).to.not.include(SECRET);
    });
  });

  it('unreadableFrame: a decode warning that shows at most 120 characters of the frame, redacted', () => {
    const short = unreadableFrame('not JSON', '{oops');
    expect(short).to.include({ category: 'decode', severity: 'warning', retryable: false });
    expect(short.details).to.equal('not JSON: {oops');
    const long = unreadableFrame('unknown stream', `{"listenKey":"${SECRET}","data":"${'x '.repeat(100)}"}`);
    expect(long.details).to.match(/^unknown stream: \{"listenKey":"\[REDACTED\]","data":"(x )+…$/);
    expect(long.details).to.have.length('unknown stream: '.length + 120 + 1);
    expect(shown(long)).to.not.include(SECRET);
    // A token that the 120-character cut would split: not even its start is shown.
    const split = unreadableFrame('bad', `${'p '.repeat(52)}${SECRET}`);
    expect(split.details).to.not.include(SECRET.slice(0, 16));
  });

  it('clientClosed: a final network error with a sanitised context', () => {
    const error = clientClosed('placeOrder', { userId: 'alice', endpoint: 'https://h/api/v3/order?signature=1' });
    expect(error).to.include({ category: 'network', severity: 'error', retryable: false });
    expect(error.details).to.equal('placeOrder: the client was closed');
    expect(error.context).to.deep.equal({ userId: 'alice', endpoint: '/api/v3/order' });
    expect(clientClosed('x').context).to.deep.equal({});
  });

  it('bannedLocally: a critical `banned` error until the given time, naming the operation', () => {
    const until = Date.UTC(2026, 0, 2, 3, 4, 5);
    const error = bannedLocally(until, 'placeOrder', { userId: 'bob' });
    expect(error).to.include({ category: 'banned', severity: 'critical', retryable: false, retryAfter: until });
    expect(error.userMessage).to.include('2026-01-02T03:04:05.000Z');
    expect(error.details).to.equal('placeOrder not sent: the IP is banned (HTTP 418) until 2026-01-02T03:04:05.000Z');
    expect(error.context).to.deep.equal({ userId: 'bob', operation: 'placeOrder' });
    expect(error.suggestions).to.have.length(2);
  });

  it('unknownSymbol: a -1121 validation error with the symbol in the context', () => {
    const error = unknownSymbol('NOPEUSDT', { userId: 'carol' });
    expect(error).to.include({ category: 'validation', code: -1121, retryable: false });
    expect(error.userMessage).to.equal('NOPEUSDT is not a symbol of this exchange.');
    expect(error.details).to.equal('Invalid symbol: NOPEUSDT is not in exchangeInfo');
    expect(error.context).to.deep.equal({ userId: 'carol', symbol: 'NOPEUSDT' });
    expect(shown(unknownSymbol(SECRET))).to.not.include(SECRET);
  });

  it('orderNotFoundAfterUnknownOutcome: never retryable, with the lookups, the id and a minimal cause', () => {
    const cause = new ExchangeError({
      category: 'unknown-outcome',
      severity: 'error',
      retryable: false,
      code: -1007,
      userMessage: 'Timeout.',
      details: 'POST /api/v3/order (placeOrder) failed: HTTP status 500',
    });
    const error = orderNotFoundAfterUnknownOutcome('ce_abc', 4, cause, { symbol: 'BTCUSDT' });
    expect(error).to.include({ category: 'unknown-outcome', severity: 'error', retryable: false });
    expect(error.details).to.equal(
      'placing ce_abc failed (POST /api/v3/order (placeOrder) failed: HTTP status 500); 4 lookups by client order id found no such order',
    );
    expect(error.suggestions[0]).to.include("clientOrderId: 'ce_abc'");
    expect(error.context).to.deep.equal({ symbol: 'BTCUSDT', clientOrderId: 'ce_abc' });
    expect(error.cause).to.deep.equal({ name: 'ExchangeError', category: 'unknown-outcome', code: -1007 });
  });
});
