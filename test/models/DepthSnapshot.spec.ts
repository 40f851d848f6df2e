import { expect } from 'chai';
import { inspect } from 'node:util';
import { RawDepthSnapshot } from '../../src/codecs/RawDepthSnapshot.js';
import { toDepthSnapshot } from '../../src/models/DepthSnapshot.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';
import { BIG_ID, decoded, decodedText, expectDecimal, tracked } from './modelHelpers.js';

const depth20 = (): RawDepthSnapshot =>
  decoded(RawDepthSnapshot, {
    lastUpdateId: 160,
    bids: Array.from({ length: 20 }, (_, i) => [(100 - i).toFixed(2), `${i + 1}.5`]),
    asks: Array.from({ length: 20 }, (_, i) => [(101 + i).toFixed(2), `${i + 1}`]),
  });

describe('DepthSnapshot', () => {
  it('maps the documented payload, with the symbol from the stream name', () => {
    const depth = toDepthSnapshot(decoded(RawDepthSnapshot, streamFixture('partialDepth')), 'BNBBTC');
    expect(depth.symbol).to.equal('BNBBTC');
    expect(depth.lastUpdateId).to.equal(160n);
    expect(depth.bids).to.have.length(1);
    expectDecimal(depth.bids[0]?.price, '0.0024');
    expectDecimal(depth.bids[0]?.quantity, '10');
    expect(depth.asks).to.have.length(1);
    expectDecimal(depth.asks[0]?.price, '0.0026');
    expectDecimal(depth.asks[0]?.quantity, '100');
    expectDecimal(depth.bestBid?.price, '0.0024');
    expectDecimal(depth.bestAsk?.price, '0.0026');
  });

  it('reads nothing when built and builds each side once, on first read', () => {
    const { raw, reads } = tracked(depth20());
    const depth = toDepthSnapshot(raw, 'BTCUSDT');
    expect(reads).to.deep.equal([]);
    const bids = depth.bids;
    expect(bids).to.have.length(20);
    expect(depth.bids).to.equal(bids);
    expect(reads).to.deep.equal(['bids']);
  });

  it('gives the best levels without building the sides', () => {
    const { raw, reads } = tracked(depth20());
    const depth = toDepthSnapshot(raw, 'BTCUSDT');
    expectDecimal(depth.bestBid?.price, '100.00');
    expectDecimal(depth.bestAsk?.price, '101.00');
    expect(depth.bestBid).to.equal(depth.bestBid);
    expect(depth.bestAsk).to.equal(depth.bestAsk);
    expect(reads).to.deep.equal(['bids', 'asks']);
  });

  it('keeps bestBid and bids[0] the same object, whichever is read first', () => {
    const bestFirst = toDepthSnapshot(depth20(), 'BTCUSDT');
    const best = bestFirst.bestBid;
    expect(bestFirst.bids[0]).to.equal(best);
    const sideFirst = toDepthSnapshot(depth20(), 'BTCUSDT');
    expect(sideFirst.asks[0]).to.equal(sideFirst.bestAsk);
  });

  it('has no best level on an empty side', () => {
    const depth = toDepthSnapshot(decoded(RawDepthSnapshot, { lastUpdateId: 1, bids: [], asks: [] }), 'BTCUSDT');
    expect(depth.bestBid).to.equal(undefined);
    expect(depth.bestAsk).to.equal(undefined);
    expect(depth.bids).to.deep.equal([]);
  });

  it('keeps a lastUpdateId beyond 2^53 exact', () => {
    const text = `{"lastUpdateId":${BIG_ID},"bids":[],"asks":[]}`;
    expect(toDepthSnapshot(decodedText(RawDepthSnapshot, text), 'BTCUSDT').lastUpdateId).to.equal(2n ** 60n + 1n);
  });

  it('serialises to exact strings without exponents', () => {
    const raw = decoded(RawDepthSnapshot, {
      lastUpdateId: 160,
      bids: [['0.00000001', '100000000000000000000000']],
      asks: [],
    });
    const depth = toDepthSnapshot(raw, 'BTCUSDT');
    const json = {
      symbol: 'BTCUSDT',
      lastUpdateId: '160',
      bids: [{ price: '0.00000001', quantity: '100000000000000000000000' }],
      asks: [],
      bestBid: { price: '0.00000001', quantity: '100000000000000000000000' },
      bestAsk: undefined,
    };
    expect(depth.toJSON()).to.deep.equal(json);
    // JSON has no undefined: bestAsk of an empty side is left out.
    expect(JSON.parse(JSON.stringify(depth))).to.deep.equal({
      symbol: 'BTCUSDT',
      lastUpdateId: '160',
      bids: json.bids,
      asks: [],
      bestBid: json.bestBid,
    });
    expect(inspect(depth, { depth: 5 })).to.equal(inspect(json, { depth: 5 }));
  });
});
