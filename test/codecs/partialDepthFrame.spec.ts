import { expect } from 'chai';
import fc from 'fast-check';
import { PARTIAL_DEPTH_FRAME } from '../../src/codecs/partialDepthFrame.js';
import { RawDepthSnapshot } from '../../src/codecs/RawDepthSnapshot.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';

/** A combined-stream frame's text, as Binance writes it. */
const frame = (data: unknown, stream = 'btcusdt@depth20@100ms'): string => JSON.stringify({ stream, data });

const decimal = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.option(fc.stringMatching(/^\d{1,8}$/)))
  .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`);
const level = fc.tuple(decimal, decimal);
const snapshot = fc.record({
  lastUpdateId: fc.nat({ max: 999_999_999_999_999 }),
  bids: fc.array(level, { maxLength: 20 }),
  asks: fc.array(level, { maxLength: 20 }),
});

describe('PARTIAL_DEPTH_FRAME', () => {
  it('matches the documented partial depth payload in its combined-stream frame, and empty sides', () => {
    expect(PARTIAL_DEPTH_FRAME.test(frame(streamFixture('partialDepth')))).to.equal(true);
    expect(PARTIAL_DEPTH_FRAME.test(frame({ lastUpdateId: 1, bids: [], asks: [] }))).to.equal(true);
  });

  it('does not match what the codec would refuse or what it cannot vouch for', () => {
    const valid = { lastUpdateId: 160, bids: [['0.0024', '10']], asks: [['0.0026', '100']] };
    const cases: Record<string, string> = {
      'an exponent': frame({ ...valid, bids: [['1e5', '10']] }),
      'a number instead of a string': frame({ ...valid, asks: [[0.0026, '100']] }),
      'a level of three': frame({ ...valid, bids: [['0.0024', '10', '1']] }),
      'an id beyond 15 digits (maybe not a safe integer)': frame(valid).replace('160', '9007199254740993'),
      'another key': frame({ ...valid, extra: 1 }),
      'a missing side': frame({ lastUpdateId: 160, bids: [] }),
      spaces: frame(valid).replace(',"asks"', ', "asks"'),
      'a duplicate key': frame(valid).replace('"bids":', '"bids":[["x","1"]],"bids":'),
    };
    for (const [name, text] of Object.entries(cases)) {
      expect(PARTIAL_DEPTH_FRAME.test(text), name).to.equal(false);
    }
  });

  it('matches every valid payload Binance would write', () => {
    fc.assert(fc.property(snapshot, (data) => PARTIAL_DEPTH_FRAME.test(frame(data))));
  });

  it('vouches only for valid payloads: whenever a (mutated) frame matches and parses, its data passes the codec', () => {
    const mutated = fc
      .tuple(snapshot, fc.nat(), fc.constantFrom('"', ',', '[', ']', 'e', '-', '.', '1', ' ', '{', '}', ':', 'x'))
      .map(([data, at, char]) => {
        const text = frame(data);
        const i = at % text.length;
        return text.slice(0, i) + char + text.slice(i + 1);
      });
    fc.assert(
      fc.property(mutated, (text) => {
        if (!PARTIAL_DEPTH_FRAME.test(text)) return true;
        let parsed: { data?: unknown };
        try {
          parsed = JSON.parse(text) as { data?: unknown };
        } catch {
          return true; // the mux reports a frame that does not parse before any decoder sees it
        }
        return RawDepthSnapshot.is(parsed.data);
      }),
      { numRuns: 2000 },
    );
  });
});
