import { expect } from 'chai';
import { either } from 'fp-ts';
import fc from 'fast-check';
import type * as t from 'io-ts';
import { RawAggTrade } from '../../src/codecs/RawAggTrade.js';
import { RawAvgPrice } from '../../src/codecs/RawAvgPrice.js';
import { RawBlockTrade } from '../../src/codecs/RawBlockTrade.js';
import { RawBookTicker } from '../../src/codecs/RawBookTicker.js';
import { RawDepthSnapshot } from '../../src/codecs/RawDepthSnapshot.js';
import { RawDepthUpdate } from '../../src/codecs/RawDepthUpdate.js';
import { RawKline, RawKlineCandle } from '../../src/codecs/RawKline.js';
import { RawMiniTicker, RawMiniTickerArray } from '../../src/codecs/RawMiniTicker.js';
import { RawReferencePrice } from '../../src/codecs/RawReferencePrice.js';
import { RawTicker } from '../../src/codecs/RawTicker.js';
import { RawTrade } from '../../src/codecs/RawTrade.js';
import { RawWindowTicker, RawWindowTickerArray } from '../../src/codecs/RawWindowTicker.js';
import { formatValidationErrors } from '../../src/errors/formatValidationErrors.js';
import { mutatedArb } from './wireArbitraries.js';

const CODECS: readonly t.Mixed[] = [
  RawTrade,
  RawAggTrade,
  RawBlockTrade,
  RawKline,
  RawKlineCandle,
  RawMiniTicker,
  RawMiniTickerArray,
  RawTicker,
  RawWindowTicker,
  RawWindowTickerArray,
  RawBookTicker,
  RawAvgPrice,
  RawDepthSnapshot,
  RawDepthUpdate,
  RawReferencePrice,
];

const anything = fc.anything({
  withBigInt: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withSparseArray: true,
  withTypedArray: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
});

// Decodes, and on failure formats the errors too: the whole path a bad frame takes must not throw.
function decodeFully(codec: t.Mixed, u: unknown): boolean {
  const result = codec.decode(u);
  if (either.isLeft(result)) {
    expect(result.left).not.to.be.empty;
    for (const line of formatValidationErrors(result.left)) expect(line).to.be.a('string');
  }
  return either.isRight(result);
}

describe('decode never throws', () => {
  for (const codec of CODECS) {
    describe(codec.name, () => {
      it('on anything, null-prototype objects and bigints included, and agrees with is', () => {
        fc.assert(
          fc.property(anything, (u) => {
            expect(decodeFully(codec, u)).to.equal(codec.is(u));
          }),
        );
      });

      it('on valid payloads with one place mutated, and agrees with is', () => {
        fc.assert(
          fc.property(mutatedArb(codec), (u) => {
            expect(decodeFully(codec, u)).to.equal(codec.is(u));
          }),
          { numRuns: 300 },
        );
      });
    });
  }
});
