import { expect } from 'chai';
import { inspect } from 'node:util';
import { fromHttpResponse } from '../../src/errors/classifyError.js';
import { ExchangeError } from '../../src/errors/ExchangeError.js';
import { fromFilterViolation } from '../../src/errors/filterViolation.js';

describe('fromFilterViolation', () => {
  const details =
    'quantity 0.0000005 is not a multiple of stepSize 0.00001 from minQty 0.00001 (allowed: 0.00001 to 9000)';

  it('builds a validation error as Binance would send it: -1013, not retryable, the filter as reason', () => {
    const error = fromFilterViolation('LOT_SIZE', details, { symbol: 'BTCUSDT', operation: 'placeOrder' });
    expect(error).to.be.instanceOf(ExchangeError);
    expect(error.category).to.equal('validation');
    expect(error.severity).to.equal('error');
    expect(error.retryable).to.equal(false);
    expect(error.code).to.equal(-1013);
    expect(error.reason).to.equal('LOT_SIZE');
    expect(error.status).to.equal(undefined);
    expect(error.message).to.equal(`LOT_SIZE: ${details}`);
    expect(error.details).to.equal(error.message);
    expect(error.context).to.deep.equal({ symbol: 'BTCUSDT', operation: 'placeOrder' });
  });

  it('explains a known filter to an end user, with the details', () => {
    const error = fromFilterViolation('LOT_SIZE', details);
    expect(error.userMessage).to.equal(
      `The order was not sent: it breaks the LOT_SIZE filter (the quantity is too small, too large or not a multiple of stepSize): ${details}.`,
    );
    expect(fromFilterViolation('MARKET_CLOSED', 'BTCUSDT is HALT (allowed: TRADING)').userMessage).to.equal(
      'The order was not sent: BTCUSDT is HALT (allowed: TRADING).',
    );
  });

  it('takes the code and suggestions given, with a generic suggestion by default', () => {
    const precise = fromFilterViolation(
      'BAD_PRECISION',
      'price 1.123456789 has 9 decimals',
      {},
      {
        code: -1111,
        suggestions: ['Use price 1.12345678.'],
      },
    );
    expect(precise.code).to.equal(-1111);
    expect(precise.suggestions).to.deep.equal(['Use price 1.12345678.']);
    expect(fromFilterViolation('NOTIONAL', 'x').suggestions).to.deep.equal([
      'Check the NOTIONAL rule of the symbol in exchangeInfo and adjust the order.',
    ]);
    expect(fromFilterViolation('NOTIONAL', 'x').context).to.deep.equal({});
  });

  it('matches what the classifier makes of the same rejection from the server', () => {
    const server = fromHttpResponse({
      status: 400,
      body: { code: -1013, msg: 'Filter failure: LOT_SIZE' },
      operation: { name: 'placeOrder', method: 'POST', path: '/api/v3/order' },
      idempotent: false,
      now: 0,
    });
    const client = fromFilterViolation('LOT_SIZE', details);
    for (const key of ['category', 'code', 'reason', 'retryable'] as const)
      expect(client[key], key).to.equal(server[key]);
  });

  it('serialises and inspects safely', () => {
    const error = fromFilterViolation('LOT_SIZE', details, { symbol: 'BTCUSDT' });
    expect(JSON.parse(JSON.stringify(error))).to.deep.include({
      reason: 'LOT_SIZE',
      code: -1013,
      category: 'validation',
    });
    expect(inspect(error)).to.include('LOT_SIZE');
  });
});
