import { expect } from 'chai';
import { signedPayload } from '../../../src/simulator/exchange/signedPayload.js';
import { RestError } from '../../../src/simulator/rest/RestError.js';

describe('signedPayload', () => {
  it('is the query string and the body as received, without separator, minus the final signature', () => {
    const cases: [string, string, string][] = [
      ['a=1&b=2&signature=ff', '', 'a=1&b=2'],
      ['a=1', 'b=2&signature=ff', 'a=1b=2'],
      ['', 'a=%20x&signature=ff', 'a=%20x'],
      ['a=1', 'signature=ff', 'a=1'],
      ['signature=ff', '', ''],
      ['a=%E2%82%AC&sig%6Eature=ff', '', 'a=%E2%82%AC'],
    ];
    for (const [query, body, payload] of cases)
      expect(signedPayload(query, body), `${query} | ${body}`).to.equal(payload);
  });

  it('refuses a missing (-1102), repeated (-1101) or misplaced (-1022) signature', () => {
    const codeOf = (query: string, body: string): number => {
      try {
        signedPayload(query, body);
        return 0;
      } catch (error) {
        return error instanceof RestError ? error.code : NaN;
      }
    };
    expect(codeOf('a=1', '')).to.equal(-1102);
    expect(codeOf('a=1&signature=ff&signature=ff', '')).to.equal(-1101);
    expect(codeOf('signature=ff', 'a=1&signature=ff')).to.equal(-1101);
    expect(codeOf('signature=ff&a=1', '')).to.equal(-1022);
    expect(codeOf('a=1&signature=ff', 'b=2')).to.equal(-1022);
    expect(codeOf('a=1&signature=ff&', '')).to.equal(-1022);
  });
});
