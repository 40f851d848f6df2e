import { expect } from 'chai';
import { either } from 'fp-ts';
import { RawTrade } from '../../src/codecs/RawTrade.js';
import { parseJsonLossless } from '../../src/internal/parseJsonLossless.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';
import { errorLines, wireCodecTable } from './wireCodecTable.js';

describe('RawTrade', () => {
  wireCodecTable(RawTrade, () => streamFixture('trade'));

  it('names the field and the bad value in the message', () => {
    expect(errorLines(RawTrade, { ...streamFixture('trade'), p: '1e-8' })).to.deep.equal([
      'p: expected a decimal string, got "1e-8"',
    ]);
    expect(errorLines(RawTrade, { ...streamFixture('trade'), e: 'aggTrade' })).to.deep.equal([
      'e: expected "trade", got "aggTrade"',
    ]);
  });

  it('reports every bad field, not only the first', () => {
    const lines = errorLines(RawTrade, { ...streamFixture('trade'), s: '', q: 100, m: 'true' });
    expect(lines).to.deep.equal([
      's: expected a non-empty string, got ""',
      'q: expected a decimal string, got 100',
      'm: expected a boolean, got "true"',
    ]);
  });

  it('accepts an id beyond 2^53 as a bigint and rejects one that lost precision', () => {
    const text = JSON.stringify(streamFixture('trade')).replace('"t":12345', '"t":1152921504606846977');
    expect(RawTrade.is(parseJsonLossless(text))).to.equal(true);
    expect(errorLines(RawTrade, JSON.parse(text))).to.deep.equal([
      't: expected an integer id, got 1152921504606847000',
    ]);
  });

  it('accepts microsecond timestamps and rejects negative or fractional ones', () => {
    expect(RawTrade.is({ ...streamFixture('trade'), E: 1672515782136123, T: 1672515782136000 })).to.equal(true);
    expect(errorLines(RawTrade, { ...streamFixture('trade'), E: -1 })).to.deep.equal([
      'E: expected an epoch timestamp, got -1',
    ]);
    expect(RawTrade.is({ ...streamFixture('trade'), T: 1672515782136.5 })).to.equal(false);
  });

  it('accepts a frame without the ignored M', () => {
    const withoutM = streamFixture('trade');
    delete withoutM['M'];
    expect(either.isRight(RawTrade.decode(withoutM))).to.equal(true);
  });
});
