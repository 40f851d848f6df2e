import { expect } from 'chai';
import { Observable, type Subscriber } from 'rxjs';
import { Fanout } from '../../src/market/Fanout.js';

/** An Observable over `fanout`, as the multiplexer builds each stream's, and what one subscriber of it saw. */
function listen(fanout: Fanout<number>): { seen: unknown[]; stop: () => void } {
  const seen: unknown[] = [];
  const subscription = new Observable<number>((subscriber: Subscriber<number>) =>
    fanout.subscribe(subscriber),
  ).subscribe({
    next: (value) => seen.push(value),
    error: (error: unknown) => seen.push(`error ${String(error)}`),
    complete: () => seen.push('complete'),
  });
  return { seen, stop: () => subscription.unsubscribe() };
}

describe('Fanout', () => {
  it('hands every value to every current subscriber, and none to one that left', () => {
    const fanout = new Fanout<number>();
    const a = listen(fanout);
    fanout.next(1);
    const b = listen(fanout);
    fanout.next(2);
    a.stop();
    fanout.next(3);
    expect(a.seen).to.deep.equal([1, 2]);
    expect(b.seen).to.deep.equal([2, 3]);
  });

  it('says whether anyone listens', () => {
    const fanout = new Fanout<number>();
    expect(fanout.observed).to.equal(false);
    const a = listen(fanout);
    expect(fanout.observed).to.equal(true);
    a.stop();
    expect(fanout.observed).to.equal(false);
  });

  it('gives a value under way to no one who joins meanwhile, nor to one who leaves before its turn', () => {
    const fanout = new Fanout<number>();
    const seen: string[] = [];
    let late: ReturnType<typeof listen> | undefined;
    new Observable<number>((subscriber) => fanout.subscribe(subscriber)).subscribe((value) => {
      seen.push(`first ${value}`);
      second.stop();
      late ??= listen(fanout);
    });
    // Subscribed after the first: the first's callback runs before its turn and makes it leave.
    const second = listen(fanout);
    fanout.next(1);
    fanout.next(2);
    expect(seen).to.deep.equal(['first 1', 'first 2']);
    expect(second.seen).to.deep.equal([]);
    expect(late?.seen).to.deep.equal([2]);
  });

  it('ends every subscriber once, and tells a late one at once', () => {
    const done = new Fanout<number>();
    const a = listen(done);
    done.complete();
    done.next(9);
    done.error('ignored');
    expect(a.seen).to.deep.equal(['complete']);
    expect(listen(done).seen).to.deep.equal(['complete']);

    const failed = new Fanout<number>();
    const b = listen(failed);
    failed.error('lost');
    expect(b.seen).to.deep.equal(['error lost']);
    expect(listen(failed).seen).to.deep.equal(['error lost']);
    expect(failed.observed).to.equal(false);
  });
});
