import { expect } from 'chai';
import { RawFilterArray } from '../../src/codecs/RawFilter.js';
import { toSymbolFilters } from '../../src/models/SymbolFilters.js';
import { restFixture } from '../fixtures/rest/restFixture.js';
import { decoded, expectDecimal } from './modelHelpers.js';

const filtersOf = (i: number) =>
  decoded(
    RawFilterArray,
    ((restFixture('exchangeInfo')['symbols'] as Record<string, unknown>[])[i] as { filters: unknown }).filters,
  );

describe('SymbolFilters', () => {
  it('types every filter of a current symbol', () => {
    const f = toSymbolFilters(filtersOf(0));
    expectDecimal(f.priceFilter?.minPrice, '0.01');
    expectDecimal(f.priceFilter?.maxPrice, '1000000');
    expectDecimal(f.priceFilter?.tickSize, '0.01');
    expectDecimal(f.lotSize?.minQty, '0.00001');
    expectDecimal(f.lotSize?.maxQty, '9000');
    expectDecimal(f.lotSize?.stepSize, '0.00001');
    expectDecimal(f.marketLotSize?.minQty, '0');
    expectDecimal(f.marketLotSize?.maxQty, '83.97695667');
    expectDecimal(f.marketLotSize?.stepSize, '0');
    expect(f.icebergParts).to.equal(100);
    expect(f.trailingDelta).to.deep.equal({
      minTrailingAboveDelta: 10,
      maxTrailingAboveDelta: 2000,
      minTrailingBelowDelta: 10,
      maxTrailingBelowDelta: 2000,
    });
    expectDecimal(f.percentPriceBySide?.bidMultiplierUp, '5');
    expectDecimal(f.percentPriceBySide?.bidMultiplierDown, '0.2');
    expectDecimal(f.percentPriceBySide?.askMultiplierUp, '5');
    expectDecimal(f.percentPriceBySide?.askMultiplierDown, '0.2');
    expect(f.percentPriceBySide?.avgPriceMins).to.equal(5);
    expectDecimal(f.notional?.minNotional, '5');
    expect(f.notional?.applyMinToMarket).to.equal(true);
    expectDecimal(f.notional?.maxNotional, '9000000');
    expect(f.notional?.applyMaxToMarket).to.equal(false);
    expect(f.notional?.avgPriceMins).to.equal(5);
    expect(f.maxNumOrders).to.equal(200);
    expect(f.maxNumAlgoOrders).to.equal(5);
    expect(f.others).to.deep.equal([]);
    expect(f).not.to.have.any.keys('minNotional', 'percentPrice', 'maxPosition');
  });

  it('types the legacy filters and keeps an unknown one in others, as sent', () => {
    const f = toSymbolFilters(filtersOf(1));
    expectDecimal(f.priceFilter?.tickSize, '0.000001');
    expectDecimal(f.percentPrice?.multiplierUp, '1.3');
    expectDecimal(f.percentPrice?.multiplierDown, '0.7');
    expect(f.percentPrice?.avgPriceMins).to.equal(5);
    expectDecimal(f.minNotional?.minNotional, '0.001');
    expect(f.minNotional?.applyToMarket).to.equal(true);
    expect(f.maxNumIcebergOrders).to.equal(5);
    expectDecimal(f.maxPosition, '10');
    expect(f.maxNumOrderAmends).to.equal(10);
    expect(f.maxNumOrderLists).to.equal(20);
    expect(f.others).to.deep.equal([{ filterType: 'FUTURE_FILTER', someLimit: '12.5', enabled: true }]);
  });

  it('puts known filters that belong elsewhere (exchange, asset) in others', () => {
    const raws = decoded(RawFilterArray, [
      { filterType: 'EXCHANGE_MAX_NUM_ORDERS', maxNumOrders: 1000 },
      { filterType: 'MAX_ASSET', asset: 'USDC', limit: '42.00000000' },
    ]);
    expect(toSymbolFilters(raws).others.map((o) => o.filterType)).to.deep.equal([
      'EXCHANGE_MAX_NUM_ORDERS',
      'MAX_ASSET',
    ]);
  });

  it('serialises a tick size of 1e-8 exactly', () => {
    const f = toSymbolFilters(
      decoded(RawFilterArray, [
        { filterType: 'PRICE_FILTER', minPrice: '0.00000001', maxPrice: '1000.00000000', tickSize: '0.00000001' },
      ]),
    );
    expect(JSON.stringify(f.priceFilter)).to.equal(
      '{"minPrice":"0.00000001","maxPrice":"1000","tickSize":"0.00000001"}',
    );
  });
});
