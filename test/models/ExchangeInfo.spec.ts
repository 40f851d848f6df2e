import { expect } from 'chai';
import { RawExchangeInfo } from '../../src/codecs/RawExchangeInfo.js';
import { toExchangeInfo } from '../../src/models/ExchangeInfo.js';
import { restFixture } from '../fixtures/rest/restFixture.js';
import { decoded } from './modelHelpers.js';

describe('ExchangeInfo', () => {
  const info = () => toExchangeInfo(decoded(RawExchangeInfo, restFixture('exchangeInfo')));

  it('maps the answer: time, zone, rules, exchange filters, symbols by name', () => {
    const exchange = info();
    expect(exchange.serverTime).to.equal(1565246363776);
    expect(exchange.timezone).to.equal('UTC');
    expect(exchange.rateLimits.map((r) => r.type)).to.deep.equal([
      'REQUEST_WEIGHT',
      'ORDERS',
      'ORDERS',
      'RAW_REQUESTS',
    ]);
    expect([...exchange.symbols.keys()]).to.deep.equal(['BTCUSDT', 'ETHBTC']);
    expect(exchange.symbols.get('ETHBTC')?.baseAsset).to.equal('ETH');
  });

  it('types the exchange filters and keeps an unknown one as sent', () => {
    const { exchangeFilters } = info();
    expect({ ...exchangeFilters }).to.deep.equal({
      maxNumOrders: 1000,
      maxNumAlgoOrders: 200,
      maxNumIcebergOrders: 10000,
      maxNumOrderLists: 20,
      others: [{ filterType: 'EXCHANGE_FUTURE_RULE', window: '1h' }],
    });
  });

  it('is usable as a map argument (a single-argument mapper)', () => {
    const mapped = [decoded(RawExchangeInfo, restFixture('exchangeInfo'))].map(toExchangeInfo);
    expect(mapped[0]?.symbols.size).to.equal(2);
  });

  it('serialises with symbols as an object keyed by symbol, decimals exact', () => {
    const json = JSON.parse(JSON.stringify(info())) as { symbols: Record<string, { filters: { lotSize: unknown } }> };
    expect(Object.keys(json.symbols)).to.deep.equal(['BTCUSDT', 'ETHBTC']);
    expect(json.symbols['BTCUSDT']?.filters.lotSize).to.deep.equal({
      minQty: '0.00001',
      maxQty: '9000',
      stepSize: '0.00001',
    });
  });
});
