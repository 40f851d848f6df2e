import { expect } from 'chai';
import { textFrameHeader } from '../../../../src/simulator/streams/faults/textFrameHeader.js';

describe('textFrameHeader', () => {
  it('encodes the length in 7, 16 or 64 bits', () => {
    expect([...textFrameHeader(0)]).to.deep.equal([0x81, 0]);
    expect([...textFrameHeader(125)]).to.deep.equal([0x81, 125]);
    expect([...textFrameHeader(126)]).to.deep.equal([0x81, 126, 0, 126]);
    expect([...textFrameHeader(65_535)]).to.deep.equal([0x81, 126, 0xff, 0xff]);
    expect([...textFrameHeader(65_536)]).to.deep.equal([0x81, 127, 0, 0, 0, 0, 0, 1, 0, 0]);
  });
});
