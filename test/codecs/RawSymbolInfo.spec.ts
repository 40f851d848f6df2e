import { expect } from 'chai';
import { RawSymbolInfo } from '../../src/codecs/RawSymbolInfo.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { restFixture } from '../fixtures/rest/restFixture.js';

const symbolAt = (i: number) => (): Record<string, unknown> =>
  (restFixture('exchangeInfo')['symbols'] as Record<string, unknown>[])[i] as Record<string, unknown>;

const OPTIONAL = [
  'quotePrecision',
  'otoAllowed',
  'allowTrailingStop',
  'cancelReplaceAllowed',
  'amendAllowed',
  'isMarginTradingAllowed',
  'permissions',
  'permissionSets',
  'defaultSelfTradePreventionMode',
  'allowedSelfTradePreventionModes',
] as const;

describe('RawSymbolInfo', () => {
  restCodecTable(RawSymbolInfo, symbolAt(0), OPTIONAL);

  it('decodes the legacy-filter symbol, with its unknown filter kept', () => {
    const symbol = symbolAt(1)();
    expect(RawSymbolInfo.is(symbol)).to.equal(true);
  });

  it('decodes an order type, symbol status or STP mode newer than this library', () => {
    const symbol = {
      ...symbolAt(0)(),
      status: 'AUCTION',
      orderTypes: ['LIMIT', 'PEGGED'],
      allowedSelfTradePreventionModes: ['NONE', 'EXPIRE_ALL'],
    };
    expect(RawSymbolInfo.is(symbol)).to.equal(true);
  });

  it('names a bad filter and a bad order type by path', () => {
    const symbol = symbolAt(0)();
    (symbol['filters'] as Record<string, unknown>[])[1] = { filterType: 'LOT_SIZE', minQty: '1', maxQty: '2' };
    symbol['orderTypes'] = ['LIMIT', 'market'];
    expect(restErrorLines(RawSymbolInfo, symbol)).to.deep.equal([
      'orderTypes.1: expected an upper-case enum value such as LIMIT or MARKET, got "market"',
      'filters.1.stepSize: expected a decimal string, got undefined',
    ]);
  });
});
