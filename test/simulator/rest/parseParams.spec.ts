import { expect } from 'chai';
import { parseParams } from '../../../src/simulator/rest/parseParams.js';
import type { RestError } from '../../../src/simulator/rest/RestError.js';

function codeOf(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (err) {
    return (err as RestError).code;
  }
  return undefined;
}

describe('parseParams', () => {
  it('decodes the query string in order', () => {
    const params = parseParams('symbol=BTCUSDT&symbols=%5B%22A%22%5D&note=a+b&flag');
    expect([...params]).to.deep.equal([
      ['symbol', 'BTCUSDT'],
      ['symbols', '["A"]'],
      ['note', 'a b'],
      ['flag', ''],
    ]);
    expect(parseParams('').size).to.equal(0);
  });

  it('merges the form body; the query string wins when both have a parameter', () => {
    const params = parseParams('symbol=BTCUSDT&side=BUY', 'side=SELL&quantity=1');
    expect(Object.fromEntries(params)).to.deep.equal({ symbol: 'BTCUSDT', side: 'BUY', quantity: '1' });
  });

  it('refuses a parameter sent twice in one place (-1101) and bad percent-encoding (-1100)', () => {
    expect(codeOf(() => parseParams('a=1&a=2'))).to.equal(-1101);
    expect(codeOf(() => parseParams('', 'a=1&a=1'))).to.equal(-1101);
    expect(codeOf(() => parseParams('a=%E0%A4%A'))).to.equal(-1100);
  });
});
