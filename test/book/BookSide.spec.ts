import { expect } from 'chai';
import fc from 'fast-check';
import { BookSide, type BookSideKind } from '../../src/book/BookSide.js';
import type { BookSideSnapshot, TickLevel } from '../../src/book/BookSideSnapshot.js';

/** The writes a book side takes. */
type SideWrites = Pick<BookSide, 'set' | 'remove' | 'trim' | 'load'>;

/** The obvious book side: a Map, sorted on every read. */
class ModelSide implements SideWrites {
  readonly levels = new Map<number, string>();
  constructor(private readonly kind: BookSideKind) {}
  sorted(): TickLevel[] {
    const sign = this.kind === 'bids' ? -1 : 1;
    return [...this.levels].sort(([a], [b]) => sign * (a - b)).map(([ticks, quantity]) => ({ ticks, quantity }));
  }
  set(ticks: number, quantity: string): void {
    this.levels.set(ticks, quantity);
  }
  remove(ticks: number): void {
    this.levels.delete(ticks);
  }
  trim(size: number): void {
    const kept = this.sorted().slice(0, size);
    this.levels.clear();
    for (const level of kept) this.levels.set(level.ticks, level.quantity);
  }
  load(ticks: readonly number[], quantities: readonly string[]): void {
    this.levels.clear();
    ticks.forEach((t, i) => this.levels.set(t, quantities[i] as string));
  }
}

type Command =
  | { readonly op: 'set'; readonly ticks: number; readonly quantity: string }
  | { readonly op: 'remove'; readonly ticks: number }
  | {
      readonly op: 'setRange' | 'removeRange';
      readonly from: number;
      readonly count: number;
      readonly quantity: string;
    }
  | { readonly op: 'snapshot' }
  | { readonly op: 'trim'; readonly size: number }
  | { readonly op: 'load'; readonly levels: readonly (readonly [number, string])[] };

// Few distinct prices, so that sets hit existing levels and removes hit present ones; enough to split chunks.
const ticksArb = fc.integer({ min: 0, max: 400 });
const quantityArb = fc.constantFrom('1', '0.5', '2.00000000', '10', '0.00000001');
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ op: fc.constant('set' as const), ticks: ticksArb, quantity: quantityArb }) },
  { weight: 6, arbitrary: fc.record({ op: fc.constant('remove' as const), ticks: ticksArb }) },
  {
    // Runs of neighbouring levels: they fill chunks until they split, and empty them until they merge.
    weight: 2,
    arbitrary: fc.record({
      op: fc.constantFrom('setRange' as const, 'removeRange' as const),
      from: ticksArb,
      count: fc.integer({ min: 1, max: 80 }),
      quantity: quantityArb,
    }),
  },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('snapshot' as const) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('trim' as const), size: fc.integer({ min: 0, max: 250 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('load' as const),
      levels: fc.array(fc.tuple(ticksArb, quantityArb), { maxLength: 400, size: 'max' }),
    }),
  },
);

// Long command lists shrink slowly: report the smallest failure found in a few seconds rather than time out.
const SHRINK_BRIEFLY = { interruptAfterTimeLimit: 5000, markInterruptAsFailure: true };

function write(side: SideWrites, command: Exclude<Command, { op: 'snapshot' }>, kind: BookSideKind): void {
  switch (command.op) {
    case 'set':
      side.set(command.ticks, command.quantity);
      break;
    case 'remove':
      side.remove(command.ticks);
      break;
    case 'setRange':
      for (let t = command.from; t < command.from + command.count; t++) side.set(t, command.quantity);
      break;
    case 'removeRange':
      for (let t = command.from; t < command.from + command.count; t++) side.remove(t);
      break;
    case 'trim':
      side.trim(command.size);
      break;
    case 'load': {
      // Half the loads come best first, as Binance sends them; the others in any order.
      const levels = command.levels.length % 2 === 0 ? command.levels : sortBest(kind, command.levels);
      side.load(
        levels.map(([t]) => t),
        levels.map(([, q]) => q),
      );
      break;
    }
  }
}

function run(kind: BookSideKind, commands: readonly Command[]): void {
  const side = new BookSide(kind);
  const model = new ModelSide(kind);
  const taken: { snapshot: BookSideSnapshot; expected: TickLevel[] }[] = [];
  for (const command of commands) {
    if (command.op === 'snapshot') {
      taken.push({ snapshot: side.snapshot(), expected: model.sorted() });
    } else {
      for (const target of [side, model]) write(target, command, kind);
    }
    expect(side.size).to.equal(model.levels.size);
  }
  const now = side.snapshot();
  expect(now.all()).to.deep.equal(model.sorted());
  // However many updates followed, every earlier snapshot still shows its moment.
  for (const { snapshot, expected } of taken) {
    expect(snapshot.size).to.equal(expected.length);
    expect(snapshot.all()).to.deep.equal(expected);
    expect([...snapshot]).to.deep.equal(expected);
  }
}

function sortBest(kind: BookSideKind, levels: readonly (readonly [number, string])[]): (readonly [number, string])[] {
  const unique = new Map(levels);
  return [...unique].sort(([a], [b]) => (kind === 'bids' ? b - a : a - b));
}

/** The chunk index a snapshot holds (a test of the copy-on-write: untouched chunks must be shared). */
function chunksOf(snapshot: BookSideSnapshot): readonly unknown[] {
  return (snapshot as unknown as { chunks: readonly unknown[] }).chunks;
}

function filled(kind: BookSideKind, count: number, first = 1000): BookSide {
  const side = new BookSide(kind);
  const ticks = Array.from({ length: count }, (_, i) => (kind === 'bids' ? first - i : first + i));
  side.load(
    ticks,
    ticks.map((t) => `${t}.5`),
  );
  return side;
}

describe('BookSide', () => {
  it('behaves like a sorted Map, asks ascending (model test)', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 150, size: 'max' }), (commands) => run('asks', commands)),
      SHRINK_BRIEFLY,
    );
  });

  it('behaves like a sorted Map, bids descending (model test)', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 150, size: 'max' }), (commands) => run('bids', commands)),
      SHRINK_BRIEFLY,
    );
  });

  describe('never changes a snapshot, whatever the first write after it', () => {
    // Each write path of the copy-on-write, on a side of 145 levels 100 ticks apart, loaded in bulk: chunks of 48, 48,
    // 48 and 1 levels. Level i is at i·100; chunk c holds levels 48c to 48c + 47.
    const removeLevels = (side: SideWrites, from: number, count: number): void => {
      for (let i = from; i < from + count; i++) side.remove(i * 100);
    };
    const writes: readonly [string, (side: SideWrites) => void][] = [
      ['a quantity update', (side) => side.set(1000, 'new')],
      ['an insertion', (side) => side.set(1050, 'new')],
      [
        'insertions that split a full chunk',
        (side) => {
          for (let i = 1; i <= 5; i++) side.set(1000 + i, 'new');
        },
      ],
      ['a removal', (side) => side.remove(1000)],
      ["the removal of a chunk's only level", (side) => side.remove(14_400)],
      [
        'removals that merge a chunk into the next',
        (side) => {
          removeLevels(side, 48, 45); // chunk 1 keeps 3 levels, too many to merge with its neighbours
          removeLevels(side, 0, 45); // chunk 0 keeps 3 and merges into chunk 1
        },
      ],
      [
        'removals that merge a chunk into the previous',
        (side) => {
          removeLevels(side, 144, 1); // chunk 3 goes
          removeLevels(side, 48, 45); // chunk 1 keeps 3
          removeLevels(side, 96, 45); // chunk 2 keeps 3 and, with no next chunk, merges into chunk 1
        },
      ],
      ['a trim of whole chunks', (side) => side.trim(40)],
      ['a trim inside a chunk', (side) => side.trim(142)],
      [
        'a quantity update, then a trim inside that chunk',
        (side) => {
          side.set(13_900, 'new');
          side.trim(142);
        },
      ],
      ['a load', (side) => side.load([1, 2], ['a', 'b'])],
    ];
    for (const [name, write] of writes) {
      it(name, () => {
        const side = new BookSide('asks');
        const ticks = Array.from({ length: 145 }, (_, i) => i * 100);
        side.load(ticks, ticks.map(String));
        const before = side.snapshot();
        const expected = before.all();
        const model = new ModelSide('asks');
        model.load(ticks, ticks.map(String));
        write(side);
        write(model);
        expect(before.all()).to.deep.equal(expected);
        expect(before.size).to.equal(145);
        expect(side.snapshot().all()).to.deep.equal(model.sorted());
        expect(side.snapshot()).to.not.equal(before);
      });
    }
  });

  it('keeps bids best (highest) first and asks best (lowest) first', () => {
    const bids = new BookSide('bids');
    const asks = new BookSide('asks');
    for (const t of [5, 1, 9, 3]) {
      bids.set(t, `${t}`);
      asks.set(t, `${t}`);
    }
    expect(
      bids
        .snapshot()
        .all()
        .map((l) => l.ticks),
    ).to.deep.equal([9, 5, 3, 1]);
    expect(
      asks
        .snapshot()
        .all()
        .map((l) => l.ticks),
    ).to.deep.equal([1, 3, 5, 9]);
  });

  it('answers best, top(n), a range and iteration on a large side', () => {
    const snapshot = filled('bids', 500).snapshot();
    expect(snapshot.size).to.equal(500);
    expect(snapshot.best()).to.deep.equal({ ticks: 1000, quantity: '1000.5' });
    expect(snapshot.top(3).map((l) => l.ticks)).to.deep.equal([1000, 999, 998]);
    expect(snapshot.top(600)).to.have.length(500);
    const visited: number[] = [];
    snapshot.forEach(
      (ticks, _quantity, index) => {
        expect(ticks).to.equal(1000 - index);
        visited.push(index);
      },
      60,
      70,
    );
    expect(visited).to.deep.equal([60, 61, 62, 63, 64, 65, 66, 67, 68, 69]);
    expect([...snapshot].map((l) => l.ticks)).to.deep.equal(snapshot.all().map((l) => l.ticks));
  });

  it('is empty at first, and a zero price stays 0, not -0', () => {
    const bids = new BookSide('bids');
    expect(bids.snapshot().best()).to.equal(undefined);
    expect(bids.snapshot().all()).to.deep.equal([]);
    bids.set(0, '1');
    expect(Object.is(bids.snapshot().best()?.ticks, 0)).to.equal(true);
  });

  it('gives the same snapshot again while nothing changed, a new one after a change', () => {
    const side = filled('asks', 10);
    const first = side.snapshot();
    expect(side.snapshot()).to.equal(first);
    side.remove(5); // absent: no change
    expect(side.snapshot()).to.equal(first);
    side.set(1000, '7');
    expect(side.snapshot()).to.not.equal(first);
    expect(first.best()?.quantity).to.equal('1000.5');
  });

  it('copies only the chunks a batch touches: the rest are shared with the previous snapshot', () => {
    const side = filled('asks', 1000);
    const before = chunksOf(side.snapshot());
    side.set(1000, '1'); // the best level
    side.set(1001, '2'); // same chunk: copied once
    side.set(1000 + 999, '3'); // the worst level, in the last chunk
    const after = chunksOf(side.snapshot());
    expect(after).to.have.length(before.length);
    expect(after.filter((chunk, i) => chunk !== before[i])).to.have.length(2);
    expect(after[0]).to.not.equal(before[0]);
    expect(after.at(-1)).to.not.equal(before.at(-1));
  });

  it('splits a full chunk wherever the new level goes', () => {
    const FULL = 16; // a chunk's capacity
    for (let at = 0; at <= FULL; at++) {
      const side = new BookSide('asks');
      for (let i = 0; i < FULL; i++) side.set(2 * i + 1, `${i}`); // one full chunk
      expect(chunksOf(side.snapshot()), 'one chunk').to.have.length(1);
      const before = side.snapshot();
      side.set(2 * at, 'new');
      const after = side.snapshot();
      expect(chunksOf(after), 'split').to.have.length(2);
      expect(after.all().map((l) => l.ticks)).to.deep.equal(
        [...Array.from({ length: FULL }, (_, i) => 2 * i + 1), 2 * at].sort((a, b) => a - b),
        `inserted at ${at}`,
      );
      expect(after.top(FULL + 1)[at]?.quantity).to.equal('new');
      expect(before.size).to.equal(FULL);
      expect(before.all().map((l) => l.ticks)).to.not.include(2 * at);
    }
  });

  it('splits a full chunk on insertion and still finds every level', () => {
    const side = new BookSide('asks');
    for (let t = 0; t < 2000; t += 2) side.set(t, 'x');
    for (let t = 1; t < 2000; t += 2) side.set(t, 'y');
    const all = side.snapshot().all();
    expect(all.map((l) => l.ticks)).to.deep.equal(Array.from({ length: 2000 }, (_, i) => i));
    expect(all.every((l) => l.quantity === (l.ticks % 2 === 0 ? 'x' : 'y'))).to.equal(true);
  });

  it('trims the worst levels', () => {
    const side = filled('bids', 200);
    side.trim(50);
    const snapshot = side.snapshot();
    expect(snapshot.size).to.equal(50);
    expect(snapshot.all().at(-1)?.ticks).to.equal(951);
    side.trim(0);
    expect(side.size).to.equal(0);
  });

  it('loads unsorted levels too; a later duplicate wins', () => {
    const side = new BookSide('asks');
    side.load([5, 3, 5, 1], ['a', 'b', 'c', 'd']);
    expect(side.snapshot().all()).to.deep.equal([
      { ticks: 1, quantity: 'd' },
      { ticks: 3, quantity: 'b' },
      { ticks: 5, quantity: 'c' },
    ]);
  });
});
