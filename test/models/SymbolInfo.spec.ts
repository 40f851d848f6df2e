import { expect } from 'chai';
import { RawSymbolInfo } from '../../src/codecs/RawSymbolInfo.js';
import { toSymbolInfo } from '../../src/models/SymbolInfo.js';
import { restFixture } from '../fixtures/rest/restFixture.js';
import { decoded } from './modelHelpers.js';

const symbolAt = (i: number): Record<string, unknown> =>
  (restFixture('exchangeInfo')['symbols'] as Record<string, unknown>[])[i] as Record<string, unknown>;

describe('SymbolInfo', () => {
  it('maps a current symbol', () => {
    const info = toSymbolInfo(decoded(RawSymbolInfo, symbolAt(0)));
    expect(info.symbol).to.equal('BTCUSDT');
    expect(info.status).to.equal('TRADING');
    expect(info.baseAsset).to.equal('BTC');
    expect(info.quoteAsset).to.equal('USDT');
    expect({ ...info.precisions }).to.deep.equal({
      baseAsset: 8,
      quoteAsset: 8,
      baseCommission: 8,
      quoteCommission: 8,
    });
    expect(info.orderTypes).to.deep.equal([
      'LIMIT',
      'LIMIT_MAKER',
      'MARKET',
      'STOP_LOSS',
      'STOP_LOSS_LIMIT',
      'TAKE_PROFIT',
      'TAKE_PROFIT_LIMIT',
    ]);
    expect(info.icebergAllowed).to.equal(true);
    expect(info.ocoAllowed).to.equal(true);
    expect(info.quoteOrderQtyMarketAllowed).to.equal(true);
    expect(info.isSpotTradingAllowed).to.equal(true);
    expect(info.allowTrailingStop).to.equal(true);
    expect(info.cancelReplaceAllowed).to.equal(true);
    expect(info.amendAllowed).to.equal(true);
    expect(info.permissionSets).to.deep.equal([['SPOT', 'MARGIN', 'TRD_GRP_004']]);
    expect(info.defaultSelfTradePreventionMode).to.equal('EXPIRE_MAKER');
    expect(info.allowedSelfTradePreventionModes).to.deep.equal([
      'EXPIRE_TAKER',
      'EXPIRE_MAKER',
      'EXPIRE_BOTH',
      'DECREMENT',
    ]);
    expect(info.filters.lotSize?.stepSize.toFixed()).to.equal('0.00001');
  });

  it('leaves out the flags an older symbol does not have', () => {
    const info = toSymbolInfo(decoded(RawSymbolInfo, symbolAt(1)));
    expect(info.status).to.equal('BREAK');
    expect(info).not.to.have.any.keys('allowTrailingStop', 'cancelReplaceAllowed', 'amendAllowed');
  });

  it('serialises to exact strings', () => {
    const json = JSON.parse(JSON.stringify(toSymbolInfo(decoded(RawSymbolInfo, symbolAt(1))))) as {
      filters: { priceFilter: unknown; others: unknown[] };
    };
    expect(json.filters.priceFilter).to.deep.equal({ minPrice: '0.000001', maxPrice: '100000', tickSize: '0.000001' });
    expect(json.filters.others).to.have.length(1);
  });
});
