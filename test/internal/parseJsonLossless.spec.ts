import { expect } from 'chai';
import fc from 'fast-check';
import { parseJsonLossless } from '../../src/internal/parseJsonLossless.js';

// Walks both results together: equal everywhere, except that a bigint stands where JSON.parse lost digits.
function expectSameAsJsonParse(lossless: unknown, parsed: unknown, path = '$'): void {
  if (typeof lossless === 'bigint') {
    expect(typeof parsed, path).to.equal('number');
    expect(Number.isSafeInteger(parsed), `${path} is beyond 2^53`).to.equal(false);
    expect(Number(lossless), path).to.equal(parsed);
  } else if (Array.isArray(lossless)) {
    expect(parsed, path).to.be.an('array').with.length(lossless.length);
    lossless.forEach((item: unknown, i) => {
      expectSameAsJsonParse(item, (parsed as unknown[])[i], `${path}[${i}]`);
    });
  } else if (typeof lossless === 'object' && lossless !== null) {
    expect(Object.getPrototypeOf(lossless), path).to.equal(Object.prototype);
    expect(Object.keys(lossless), path).to.deep.equal(Object.keys(parsed as object));
    for (const [key, value] of Object.entries(lossless)) {
      expectSameAsJsonParse(value, (parsed as Record<string, unknown>)[key], `${path}.${key}`);
    }
  } else {
    expect(Object.is(lossless, parsed), `${path}: ${String(lossless)} vs ${String(parsed)}`).to.equal(true);
  }
}

describe('parseJsonLossless', () => {
  it('equals JSON.parse on any JSON text, compact or indented (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expectSameAsJsonParse(parseJsonLossless(text), JSON.parse(text));
      }),
    );
  });

  it('equals JSON.parse on arbitrary strings: same value, or a SyntaxError for both (property)', () => {
    const jsonish = fc.stringMatching(/^[ \t\n{}[\]",:0-9.eE+\-truefalsn\\u]{0,16}$/);
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.string()), (text) => {
        let expected: unknown;
        try {
          expected = JSON.parse(text);
        } catch {
          expect(() => parseJsonLossless(text)).to.throw(SyntaxError);
          return;
        }
        expectSameAsJsonParse(parseJsonLossless(text), expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('turns integers beyond 2^53 into bigints and keeps the others numbers', () => {
    expect(parseJsonLossless('9007199254740993')).to.equal(9007199254740993n);
    expect(parseJsonLossless('-9007199254740993')).to.equal(-9007199254740993n);
    expect(parseJsonLossless('9007199254740992')).to.equal(9007199254740992n);
    expect(parseJsonLossless('9007199254740991')).to.equal(9007199254740991);
    expect(parseJsonLossless('{"t":1152921504606846977,"p":"0.001"}')).to.deep.equal({
      t: 1152921504606846977n,
      p: '0.001',
    });
    expect(parseJsonLossless('[1, 18446744073709551616]')).to.deep.equal([1, 18446744073709551616n]);
  });

  it('keeps numbers with a fraction or an exponent as numbers, like JSON.parse', () => {
    expect(parseJsonLossless('12345678901234567890.5')).to.equal(Number('12345678901234567890.5'));
    expect(parseJsonLossless('1e400')).to.equal(Infinity);
    expect(Object.is(parseJsonLossless('-0'), -0)).to.equal(true);
  });

  it('throws a SyntaxError on malformed JSON', () => {
    const malformed = ['', ' ', '{', '}', '[1,]', '{"a":1,}', '01', '1.', '.5', '+1', '-', 'tru', 'nul', 'NaN'];
    malformed.push('"abc', '"\\x"', '"a\u0001"', '{"a" 1}', '{a:1}', '[1 2]', '1 2', "'a'", '[', '{"a":1', '"\\');
    for (const text of malformed) {
      expect(() => JSON.parse(text) as unknown, text).to.throw(SyntaxError);
      expect(() => parseJsonLossless(text), text).to.throw(SyntaxError);
    }
  });

  it('says where the problem is', () => {
    expect(() => parseJsonLossless('[1,]')).to.throw(SyntaxError, /position 3/);
  });

  it('keeps a "__proto__" key an ordinary property', () => {
    const value = parseJsonLossless('{"__proto__":{"polluted":true},"a":1}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    expect(Object.keys(value)).to.deep.equal(['__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).to.deep.equal({ polluted: true });
    expect((value as { polluted?: boolean }).polluted).to.equal(undefined);
    expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
  });

  it('lets the last of duplicate keys win, in first position, like JSON.parse', () => {
    const text = '{"a":1,"b":2,"a":3}';
    expect(Object.entries(parseJsonLossless(text) as object)).to.deep.equal(Object.entries(JSON.parse(text) as object));
  });

  it('unescapes strings like JSON.parse', () => {
    const text = '"\\u00e9\\n\\"\\\\\\/ \\ud83d\\ude00"';
    expect(parseJsonLossless(text)).to.equal(JSON.parse(text));
  });
});
