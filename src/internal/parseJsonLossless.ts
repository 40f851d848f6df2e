/**
 * Parses JSON like `JSON.parse`, except that integers beyond 2^53 become `bigint` instead of losing digits.
 *
 * `JSON.parse` is several times faster, so frames are parsed with it first; this parser is the slow path, used only
 * when a decoded frame turned out to hold an integer that `JSON.parse` could not represent exactly (see
 * `parseFrame`). Node 20 has no `JSON.parse` source-text access that would make this unnecessary.
 *
 * @throws SyntaxError on malformed JSON, with the offset of the problem.
 */
export function parseJsonLossless(text: string): unknown {
  let pos = 0;

  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at position ${pos} of JSON`);
  };
  const skipSpace = (): void => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      pos++;
    }
  };
  const expect = (word: string, value: unknown): unknown => {
    if (text.startsWith(word, pos)) {
      pos += word.length;
      return value;
    }
    return fail('Unexpected token');
  };

  const parseString = (): string => {
    const start = pos;
    pos++; // opening quote
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        pos++;
        // Delegating the unescaping to JSON.parse keeps every escape rule exactly as the platform has it.
        return JSON.parse(text.slice(start, pos)) as string;
      }
      pos += c === 0x5c ? 2 : 1;
    }
    return fail('Unterminated string');
  };

  const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  const parseNumber = (): number | bigint => {
    NUMBER.lastIndex = pos;
    const match = NUMBER.exec(text);
    if (match === null) return fail('Unexpected token');
    pos = NUMBER.lastIndex;
    const literal = match[0];
    const value = Number(literal);
    const isInteger = match[1] === undefined && match[2] === undefined;
    return isInteger && !Number.isSafeInteger(value) ? BigInt(literal) : value;
  };

  const parseValue = (): unknown => {
    skipSpace();
    const c = text[pos];
    if (c === '{') return parseObject();
    if (c === '[') return parseArray();
    if (c === '"') return parseString();
    if (c === 't') return expect('true', true);
    if (c === 'f') return expect('false', false);
    if (c === 'n') return expect('null', null);
    return parseNumber();
  };

  const parseArray = (): unknown[] => {
    pos++;
    const out: unknown[] = [];
    skipSpace();
    if (text[pos] === ']') {
      pos++;
      return out;
    }
    for (;;) {
      out.push(parseValue());
      skipSpace();
      const c = text[pos++];
      if (c === ']') return out;
      if (c !== ',') fail('Expected , or ]');
    }
  };

  const parseObject = (): Record<string, unknown> => {
    pos++;
    const out: Record<string, unknown> = {};
    skipSpace();
    if (text[pos] === '}') {
      pos++;
      return out;
    }
    for (;;) {
      skipSpace();
      if (text[pos] !== '"') fail('Expected a property name');
      const key = parseString();
      skipSpace();
      if (text[pos++] !== ':') fail('Expected :');
      // defineProperty, not assignment: a "__proto__" key must stay an ordinary property, as with JSON.parse.
      Object.defineProperty(out, key, { value: parseValue(), enumerable: true, writable: true, configurable: true });
      skipSpace();
      const c = text[pos++];
      if (c === '}') return out;
      if (c !== ',') fail('Expected , or }');
    }
  };

  const value = parseValue();
  skipSpace();
  if (pos !== text.length) fail('Unexpected data after JSON');
  return value;
}
