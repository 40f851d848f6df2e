import { expect } from 'chai';
import { isStreamPath, parseStreamUrl } from '../../../src/simulator/streams/parseStreamUrl.js';

const rules = { isStreamName: (name: string) => /^[a-z0-9]+@[a-zA-Z0-9_@:+]+$/.test(name), maxStreams: 3 };

describe('parseStreamUrl', () => {
  it('reads the raw and combined endpoints', () => {
    expect(parseStreamUrl('/ws/btcusdt@trade', rules)).to.deep.equal({
      ok: true,
      combined: false,
      streams: ['btcusdt@trade'],
    });
    expect(parseStreamUrl('/ws', rules)).to.deep.equal({ ok: true, combined: false, streams: [] });
    expect(parseStreamUrl('/stream', rules)).to.deep.equal({ ok: true, combined: true, streams: [] });
    expect(parseStreamUrl('/stream?streams=btcusdt@trade/ethusdt@depth', rules)).to.deep.equal({
      ok: true,
      combined: true,
      streams: ['btcusdt@trade', 'ethusdt@depth'],
    });
  });

  it('decodes URL-encoded names and keeps a plus sign', () => {
    expect(parseStreamUrl('/ws/btcusdt%40kline_1m%40%2B08%3A00', rules)).to.include({ ok: true });
    expect(parseStreamUrl('/stream?streams=btcusdt%40kline_1m@+08:00%2Fethusdt%40trade', rules)).to.deep.equal({
      ok: true,
      combined: true,
      streams: ['btcusdt@kline_1m@+08:00', 'ethusdt@trade'],
    });
  });

  it('drops duplicate names', () => {
    expect(parseStreamUrl('/stream?streams=a1@trade/a1@trade', rules)).to.deep.include({ streams: ['a1@trade'] });
  });

  it('answers 404 to unknown paths', () => {
    for (const url of ['/', '/foo', '/streams', '/stream/x']) {
      expect(parseStreamUrl(url, rules), url).to.deep.include({ ok: false, status: 404 });
    }
  });

  it('answers 400 to malformed names, encodings and too many streams', () => {
    for (const url of [
      '/ws/',
      '/ws/a1@trade/b1@trade',
      '/ws/BTCUSDT',
      '/ws/%E0%A4%A',
      '/stream?streams=',
      '/stream?streams=a1@trade//b1@trade',
      '/stream?streams=a1@trade/b1@trade/c1@trade/d1@trade',
      '/stream?streams=a1@trade&streams=b1@trade',
      '/stream?streams=a1@trade&timeUnit=MICROSECOND',
      '/ws/a1@trade?timeUnit=seconds',
    ]) {
      expect(parseStreamUrl(url, rules), url).to.deep.include({ ok: false, status: 400 });
    }
  });

  it('accepts timeUnit=MILLISECOND in either case', () => {
    expect(parseStreamUrl('/ws/a1@trade?timeUnit=MILLISECOND', rules)).to.include({ ok: true });
    expect(parseStreamUrl('/stream?streams=a1@trade&timeUnit=millisecond', rules)).to.include({ ok: true });
  });
});

describe('isStreamPath', () => {
  it('claims the market-stream paths only', () => {
    expect(['/ws', '/ws/x', '/stream'].map(isStreamPath)).to.deep.equal([true, true, true]);
    expect(['/ws-api/v3', '/api/v3/time', '/streams', '/'].map(isStreamPath)).to.deep.equal([
      false,
      false,
      false,
      false,
    ]);
  });
});
