import { expect } from 'chai';
import { either } from 'fp-ts';
import fc from 'fast-check';
import type * as t from 'io-ts';
import {
  KNOWN_FILTER_TYPES,
  RawExchangeMaxNumAlgoOrdersFilter,
  RawExchangeMaxNumIcebergOrdersFilter,
  RawExchangeMaxNumOrderListsFilter,
  RawExchangeMaxNumOrdersFilter,
  RawFilter,
  RawFilterArray,
  RawIcebergPartsFilter,
  RawLotSizeFilter,
  RawMarketLotSizeFilter,
  RawMaxAssetFilter,
  RawMaxNumAlgoOrdersFilter,
  RawMaxNumIcebergOrdersFilter,
  RawMaxNumOrderAmendsFilter,
  RawMaxNumOrderListsFilter,
  RawMaxNumOrdersFilter,
  RawMaxPositionFilter,
  RawMinNotionalFilter,
  RawNotionalFilter,
  RawPercentPriceBySideFilter,
  RawPercentPriceFilter,
  RawPriceFilter,
  RawTrailingDeltaFilter,
} from '../../src/codecs/RawFilter.js';
import type { WireFields } from '../../src/codecs/wireType.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import { restFixture } from '../fixtures/rest/restFixture.js';

const MAX_ASSET = { filterType: 'MAX_ASSET', asset: 'USDC', limit: '42.00000000' };

/** Every filter of the exchangeInfo fixture (both symbols and the exchange filters), plus MAX_ASSET. */
function allFilters(): Record<string, unknown>[] {
  const info = restFixture('exchangeInfo');
  const symbols = info['symbols'] as { filters: Record<string, unknown>[] }[];
  return [
    ...symbols.flatMap((s) => s.filters),
    ...(info['exchangeFilters'] as Record<string, unknown>[]),
    { ...MAX_ASSET },
  ];
}

function documented(filterType: string): () => Record<string, unknown> {
  return () => {
    const found = allFilters().find((f) => f['filterType'] === filterType);
    if (found === undefined) throw new Error(`no ${filterType} in the fixture`);
    return found;
  };
}

type FilterCodec = t.Mixed & { readonly fields: WireFields };

const CODECS: readonly FilterCodec[] = [
  RawPriceFilter,
  RawPercentPriceFilter,
  RawPercentPriceBySideFilter,
  RawLotSizeFilter,
  RawMarketLotSizeFilter,
  RawMinNotionalFilter,
  RawNotionalFilter,
  RawIcebergPartsFilter,
  RawMaxNumOrdersFilter,
  RawMaxNumAlgoOrdersFilter,
  RawMaxNumIcebergOrdersFilter,
  RawMaxNumOrderAmendsFilter,
  RawMaxNumOrderListsFilter,
  RawMaxPositionFilter,
  RawTrailingDeltaFilter,
  RawExchangeMaxNumOrdersFilter,
  RawExchangeMaxNumAlgoOrdersFilter,
  RawExchangeMaxNumIcebergOrdersFilter,
  RawExchangeMaxNumOrderListsFilter,
  RawMaxAssetFilter,
];

const typeOf = (codec: FilterCodec): string => (codec.fields['filterType'] as t.LiteralType<string>).value;

describe('RawFilter', () => {
  for (const codec of CODECS) {
    describe(codec.name, () => {
      restCodecTable(codec, documented(typeOf(codec)));
    });
  }

  it('knows every filter type of PROTOCOL §3.11, and the fixture has one of each', () => {
    expect([...KNOWN_FILTER_TYPES].sort()).to.deep.equal(CODECS.map(typeOf).sort());
    const inFixture = new Set(allFilters().map((f) => f['filterType']));
    for (const type of KNOWN_FILTER_TYPES) expect(inFixture.has(type), type).to.equal(true);
  });

  it('decodes every filter of the fixture, the unknown ones included, to itself', () => {
    const filters = allFilters();
    const result = RawFilterArray.decode(filters);
    expect(either.isRight(result) && result.right).to.equal(filters);
  });

  it('keeps a filter of an unknown type as sent, whatever its other fields', () => {
    const unknown = { filterType: 'FUTURE_FILTER', someLimit: '12.5', nested: { a: [1, null] }, n: Number.MAX_VALUE };
    const result = RawFilter.decode(unknown);
    expect(either.isRight(result) && result.right).to.equal(unknown);
  });

  it('treats prototype member names as unknown types, not as codecs', () => {
    for (const filterType of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(RawFilter.is({ filterType }), filterType).to.equal(true);
    }
  });

  it('rejects a known filter with a malformed field, naming it', () => {
    expect(
      restErrorLines(RawFilter, { filterType: 'LOT_SIZE', minQty: '0.001', maxQty: 1000, stepSize: '0.001' }),
    ).to.deep.equal(['maxQty: expected a decimal string, got 1000']);
    expect(restErrorLines(RawFilterArray, [{ filterType: 'ICEBERG_PARTS', limit: '10' }])).to.deep.equal([
      '0.limit: expected a non-negative integer, got "10"',
    ]);
  });

  it('rejects a filter without a filter type, or that is not an object', () => {
    expect(restErrorLines(RawFilter, { minPrice: '1' })).to.deep.equal([
      'filterType: expected a filter type, got undefined',
    ]);
    expect(restErrorLines(RawFilter, { filterType: '' })).to.deep.equal(['filterType: expected a filter type, got ""']);
    expect(restErrorLines(RawFilter, 'PRICE_FILTER')).to.deep.equal([
      '<root>: expected a filter object, got "PRICE_FILTER"',
    ]);
  });

  it('accepts any object with an unknown non-empty filter type, and is ≡ decode (property)', () => {
    const unknownType = fc.string({ minLength: 1 }).filter((s) => !KNOWN_FILTER_TYPES.includes(s));
    fc.assert(
      fc.property(unknownType, fc.dictionary(fc.string(), fc.jsonValue()), (filterType, rest) => {
        const filter = { ...rest, filterType };
        expect(RawFilter.is(filter)).to.equal(true);
        expect(either.isRight(RawFilter.decode(filter))).to.equal(true);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN_FILTER_TYPES), fc.dictionary(fc.string(), fc.jsonValue()), (type, rest) => {
        const filter = { ...rest, filterType: type };
        expect(either.isRight(RawFilter.decode(filter))).to.equal(RawFilter.is(filter));
      }),
    );
  });
});
