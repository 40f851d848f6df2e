import { expect } from 'chai';
import { of } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { RawTrade } from '../../src/codecs/RawTrade.js';
import { DecodeError } from '../../src/errors/DecodeError.js';
import { decodeWith } from '../../src/operators/decodeWith.js';
import { streamFixture } from '../fixtures/streams/streamFixture.js';

function scheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => {
    expect(actual).to.deep.equal(expected);
  });
}

describe('decodeWith', () => {
  it('passes decoded values through, in time', () => {
    const a = streamFixture('trade');
    const b = { ...streamFixture('trade'), t: 12346 };
    scheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-a--b-|', { a, b });
      expectObservable(source.pipe(decodeWith(RawTrade))).toBe('-a--b-|', { a, b });
      expectSubscriptions(source.subscriptions).toBe('^-----!');
    });
  });

  it('errors with a DecodeError at the first bad value and unsubscribes from the source', () => {
    const a = streamFixture('trade');
    const bad = { ...streamFixture('trade'), p: 1 };
    const error = new DecodeError('RawTrade', ['p: expected a decimal string, got 1'], bad);
    scheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-a--x--a-|', { a, x: bad });
      expectObservable(source.pipe(decodeWith(RawTrade))).toBe('-a--#', { a }, error);
      expectSubscriptions(source.subscriptions).toBe('^---!');
    });
  });

  it('returns the decoded payload itself, not a copy', () => {
    const payload = streamFixture('trade');
    const seen: unknown[] = [];
    of(payload)
      .pipe(decodeWith(RawTrade))
      .subscribe((value) => seen.push(value));
    expect(seen).to.have.length(1);
    expect(seen[0]).to.equal(payload);
  });

  it('carries the codec name, every failing path and the payload, which stays out of JSON', () => {
    const bad = { ...streamFixture('trade'), s: '', m: 0 };
    let caught: unknown;
    of(bad)
      .pipe(decodeWith(RawTrade))
      .subscribe({ error: (e: unknown) => (caught = e) });
    expect(caught).to.be.instanceOf(DecodeError);
    const error = caught as DecodeError;
    expect(error.codec).to.equal('RawTrade');
    expect(error.paths).to.deep.equal(['s: expected a non-empty string, got ""', 'm: expected a boolean, got 0']);
    expect(error.message).to.equal(
      'RawTrade rejected the payload: s: expected a non-empty string, got ""; m: expected a boolean, got 0',
    );
    expect(error.payload).to.equal(bad);
    expect(Object.keys(error)).not.to.include('payload');
    expect(JSON.stringify(error)).not.to.contain('BNBBTC');
  });
});
