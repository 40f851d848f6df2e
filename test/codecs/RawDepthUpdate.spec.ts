import { expect } from 'chai';
import { RawDepthUpdate } from '../../src/codecs/RawDepthUpdate.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';
import { errorLines, wireCodecTable } from './wireCodecTable.js';

describe('RawDepthUpdate', () => {
  wireCodecTable(RawDepthUpdate, () => streamFixture('depthUpdate'));

  it('keeps U (first update id) and u (final update id) apart', () => {
    expect(errorLines(RawDepthUpdate, { ...streamFixture('depthUpdate'), U: '157' })).to.deep.equal([
      'U: expected an integer id, got "157"',
    ]);
  });

  it('names the side, level and member of a bad level', () => {
    expect(errorLines(RawDepthUpdate, { ...streamFixture('depthUpdate'), a: [['0.0026', '1e2']] })).to.deep.equal([
      'a.0.1: expected a decimal string, got "1e2"',
    ]);
  });

  it('accepts a zero quantity (a removal)', () => {
    expect(RawDepthUpdate.is({ ...streamFixture('depthUpdate'), b: [['0.0024', '0.00000000']] })).to.equal(true);
  });
});
