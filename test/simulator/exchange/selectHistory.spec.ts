import { expect } from 'chai';
import { selectHistory } from '../../../src/simulator/exchange/selectHistory.js';

const entries = [1, 2, 3, 4, 5].map((id) => ({ id, time: id * 100 }));
const ids = (query: Parameters<typeof selectHistory>[3]) =>
  selectHistory(
    entries,
    (e) => e.id,
    (e) => e.time,
    query,
  ).map((e) => e.id);

describe('selectHistory', () => {
  it("applies Binance's list rule", () => {
    expect(ids({ limit: 2 })).to.deep.equal([4, 5]);
    expect(ids({ fromId: 2, limit: 2 })).to.deep.equal([2, 3]);
    expect(ids({ startTime: 250, limit: 2 })).to.deep.equal([3, 4]);
    expect(ids({ endTime: 350, limit: 2 })).to.deep.equal([2, 3]);
    expect(ids({ startTime: 100, endTime: 300, limit: 10 })).to.deep.equal([1, 2, 3]);
    expect(ids({ fromId: 2, endTime: 300, limit: 10 })).to.deep.equal([2, 3]);
  });
});
