import { expect } from 'chai';
import sinon from 'sinon';
import { StreamFanOut } from '../../../src/simulator/streams/StreamFanOut.js';
import type { StreamFrame } from '../../../src/simulator/streams/StreamFrame.js';
import { FakeMarketFeed } from '../fakes/FakeMarketFeed.js';

class Sink {
  readonly frames: StreamFrame[] = [];
  deliver(frame: StreamFrame): void {
    this.frames.push(frame);
  }
}

describe('StreamFanOut', () => {
  afterEach(() => {
    sinon.restore();
  });

  it('subscribes to the feed once per stream and unsubscribes when the last receiver leaves', () => {
    const feed = new FakeMarketFeed();
    const fanOut = new StreamFanOut(feed);
    const [a, b] = [new Sink(), new Sink()];
    fanOut.add('btcusdt@trade', a);
    fanOut.add('btcusdt@trade', b);
    fanOut.add('ethusdt@trade', a);
    expect(feed.subscriptions).to.deep.equal(['btcusdt@trade', 'ethusdt@trade']);
    fanOut.remove('btcusdt@trade', a);
    expect(feed.unsubscriptions).to.deep.equal([]);
    fanOut.remove('btcusdt@trade', b);
    expect(feed.unsubscriptions).to.deep.equal(['btcusdt@trade']);
    expect(fanOut.streams()).to.deep.equal(['ethusdt@trade']);
    fanOut.close();
    expect(feed.unsubscriptions).to.deep.equal(['btcusdt@trade', 'ethusdt@trade']);
    expect(feed.listenerCount('ethusdt@trade')).to.equal(0);
  });

  it('serializes each payload once, whatever the number of receivers, and builds the envelope once', () => {
    const feed = new FakeMarketFeed();
    const fanOut = new StreamFanOut(feed);
    const sinks = [new Sink(), new Sink(), new Sink()];
    for (const sink of sinks) fanOut.add('btcusdt@trade', sink);
    const stringify = sinon.spy(JSON, 'stringify');
    const payload = { e: 'trade', p: '1.00' };
    feed.emit('btcusdt@trade', payload);
    stringify.restore(); // before reading the calls: sinon's own comparisons call JSON.stringify
    expect(stringify.getCalls().filter((call) => call.args[0] === payload)).to.have.length(1);
    const frames = sinks.map((sink) => sink.frames[0] as StreamFrame);
    expect(new Set(frames).size).to.equal(1);
    const frame = frames[0] as StreamFrame;
    expect(frame.combined()).to.equal(frame.combined());
    expect(frame.raw()).to.equal(frame.raw());
    expect(frame.raw().toString()).to.equal('{"e":"trade","p":"1.00"}');
    expect(frame.combined().toString()).to.equal('{"stream":"btcusdt@trade","data":{"e":"trade","p":"1.00"}}');
  });

  it('ignores a receiver removed twice or never added', () => {
    const feed = new FakeMarketFeed();
    const fanOut = new StreamFanOut(feed);
    const sink = new Sink();
    fanOut.remove('btcusdt@trade', sink);
    fanOut.add('btcusdt@trade', sink);
    fanOut.remove('btcusdt@trade', new Sink());
    expect(feed.unsubscriptions).to.deep.equal([]);
    feed.emit('btcusdt@trade', { n: 1 });
    expect(sink.frames).to.have.length(1);
  });
});
