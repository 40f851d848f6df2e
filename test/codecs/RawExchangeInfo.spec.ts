import { expect } from 'chai';
import { either } from 'fp-ts';
import { RawExchangeInfo } from '../../src/codecs/RawExchangeInfo.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { restFixture } from '../fixtures/rest/restFixture.js';

describe('RawExchangeInfo', () => {
  restCodecTable(RawExchangeInfo, () => restFixture('exchangeInfo'));

  it('keeps unknown symbol and exchange filters in the decoded answer', () => {
    const result = RawExchangeInfo.decode(restFixture('exchangeInfo'));
    if (either.isLeft(result)) expect.fail('rejected');
    const eth = result.right.symbols[1];
    expect(eth?.filters.map((f) => f.filterType)).to.include('FUTURE_FILTER');
    expect(result.right.exchangeFilters.map((f) => f.filterType)).to.include('EXCHANGE_FUTURE_RULE');
  });

  it('keeps an undecoded sors list', () => {
    const payload = { ...restFixture('exchangeInfo'), sors: [{ baseAsset: 'BTC', symbols: ['BTCUSDT'] }] };
    expect(RawExchangeInfo.is(payload)).to.equal(true);
  });

  it('names a bad field deep in a symbol', () => {
    const payload = restFixture('exchangeInfo');
    const symbols = payload['symbols'] as Record<string, unknown>[];
    const filters = (symbols[0] as { filters: Record<string, unknown>[] }).filters;
    filters[0] = { ...filters[0], tickSize: '0,01' };
    expect(restErrorLines(RawExchangeInfo, payload)).to.deep.equal([
      'symbols.0.filters.0.tickSize: expected a decimal string, got "0,01"',
    ]);
  });
});
