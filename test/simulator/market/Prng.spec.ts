import { expect } from 'chai';
import { Prng } from '../../../src/simulator/market/Prng.js';

const draw = (prng: Prng, n: number): number[] => Array.from({ length: n }, () => prng.next());

describe('Prng', () => {
  it('repeats its sequence for the same seed', () => {
    expect(draw(new Prng(42), 100)).to.deep.equal(draw(new Prng(42), 100));
    expect(draw(new Prng(42), 10)).not.to.deep.equal(draw(new Prng(43), 10));
  });

  it('derives independent sequences per label', () => {
    const a = draw(Prng.derive(7, 'BTCUSDT', 'activity'), 10);
    expect(a).to.deep.equal(draw(Prng.derive(7, 'BTCUSDT', 'activity'), 10));
    expect(a).not.to.deep.equal(draw(Prng.derive(7, 'ETHUSDT', 'activity'), 10));
    expect(a).not.to.deep.equal(draw(Prng.derive(7, 'BTCUSDT', 'history'), 10));
    expect(a).not.to.deep.equal(draw(Prng.derive(8, 'BTCUSDT', 'activity'), 10));
  });

  it('draws floats in [0, 1) and integers within inclusive bounds, covering them', () => {
    const prng = new Prng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const x = prng.next();
      expect(x).to.be.at.least(0).and.below(1);
      const n = prng.int(-2, 2);
      expect(n).to.be.at.least(-2).and.at.most(2);
      seen.add(n);
    }
    expect([...seen].sort()).to.deep.equal([-1, -2, 0, 1, 2]);
  });

  it('draws true with about the given probability', () => {
    const prng = new Prng(9);
    let hits = 0;
    for (let i = 0; i < 10_000; i++) if (prng.chance(0.3)) hits++;
    expect(hits).to.be.within(2800, 3200);
    expect(new Prng(9).chance(0)).to.equal(false);
  });
});
