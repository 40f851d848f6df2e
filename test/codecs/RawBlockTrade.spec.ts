import { expect } from 'chai';
import { RawBlockTrade } from '../../src/codecs/RawBlockTrade.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';
import { errorLines, wireCodecTable } from './wireCodecTable.js';

describe('RawBlockTrade', () => {
  wireCodecTable(RawBlockTrade, () => streamFixture('blockTrade'));

  it('rejects a plain trade event', () => {
    expect(errorLines(RawBlockTrade, streamFixture('trade'))).to.deep.equal(['e: expected "blockTrade", got "trade"']);
  });

  it('does not need the M field that trades carry', () => {
    expect(streamFixture('blockTrade')).not.to.have.property('M');
    expect(RawBlockTrade.is(streamFixture('blockTrade'))).to.equal(true);
  });
});
