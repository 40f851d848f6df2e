import { expect } from 'chai';
import { parseControlRequest } from '../../../src/simulator/streams/parseControlRequest.js';

const isStreamName = (name: string): boolean => /^[a-z0-9]+@(trade|depth)$/.test(name);
const parse = (text: string) => parseControlRequest(text, isStreamName);
const methods = '`SUBSCRIBE`, `UNSUBSCRIBE`, `LIST_SUBSCRIPTIONS`, `SET_PROPERTY`, `GET_PROPERTY`';

describe('parseControlRequest', () => {
  it('reads the documented requests', () => {
    expect(parse('{"method":"SUBSCRIBE","params":["btcusdt@trade","btcusdt@depth"],"id":1}').outcome).to.deep.equal({
      ok: true,
      request: { method: 'SUBSCRIBE', streams: ['btcusdt@trade', 'btcusdt@depth'] },
    });
    expect(parse('{"method":"UNSUBSCRIBE","params":["btcusdt@depth"],"id":312}').outcome).to.deep.equal({
      ok: true,
      request: { method: 'UNSUBSCRIBE', streams: ['btcusdt@depth'] },
    });
    expect(parse('{"method":"LIST_SUBSCRIPTIONS","id":3}').outcome).to.deep.equal({
      ok: true,
      request: { method: 'LIST_SUBSCRIPTIONS' },
    });
    expect(parse('{"method":"SET_PROPERTY","params":["combined",true],"id":5}').outcome).to.deep.equal({
      ok: true,
      request: { method: 'SET_PROPERTY', value: true },
    });
    expect(parse('{"method":"GET_PROPERTY","params":["combined"],"id":2}').outcome).to.deep.equal({
      ok: true,
      request: { method: 'GET_PROPERTY' },
    });
  });

  it('accepts signed 64-bit integer, alphanumeric string and null ids, echoing their exact text', () => {
    const cases: [string, unknown, string][] = [
      ['7', 7, '7'],
      ['-7', -7, '-7'],
      ['9223372036854775807', 9223372036854775807n, '9223372036854775807'],
      ['-9223372036854775808', -9223372036854775808n, '-9223372036854775808'],
      ['"abcDEF123"', 'abcDEF123', '"abcDEF123"'],
      [`"${'a'.repeat(36)}"`, 'a'.repeat(36), `"${'a'.repeat(36)}"`],
      ['null', null, 'null'],
    ];
    for (const [text, id, idJson] of cases) {
      const parsed = parse(`{"method":"LIST_SUBSCRIPTIONS","id":${text}}`);
      expect(parsed.outcome.ok, text).to.equal(true);
      expect(parsed.id, text).to.equal(id);
      expect(parsed.idJson, text).to.equal(idJson);
    }
  });

  it('refuses other ids with code 2 and no id', () => {
    for (const text of [
      '',
      ',"id":9223372036854775808',
      ',"id":1.5',
      ',"id":1e3',
      ',"id":true',
      ',"id":[1]',
      ',"id":"a-b"',
      ',"id":""',
      `,"id":"${'a'.repeat(37)}"`,
    ]) {
      const parsed = parse(`{"method":"LIST_SUBSCRIPTIONS"${text}}`);
      expect(parsed.outcome, text).to.deep.equal({
        ok: false,
        error: { code: 2, msg: 'Invalid request: request ID must be an unsigned integer' },
      });
      expect(parsed.idJson, text).to.equal(undefined);
    }
  });

  it('answers each documented error with its code and text', () => {
    const cases: [string, number, string][] = [
      ['{"method":"SET_PROPERTY","params":["compressed",true],"id":1}', 0, 'Unknown property'],
      ['{"method":"GET_PROPERTY","params":["other"],"id":1}', 0, 'Unknown property'],
      ['{"method":"SET_PROPERTY","params":["combined","yes"],"id":1}', 1, 'Invalid value type: expected Boolean'],
      ['{"method":"SET_PROPERTY","params":["combined"],"id":1}', 1, 'Invalid value type: expected Boolean'],
      ['{"method":"SET_PROPERTY","params":[true],"id":1}', 2, 'Invalid request: property name must be a string'],
      ['{"method":"GET_PROPERTY","params":[],"id":1}', 2, 'Invalid request: property name must be a string'],
      ['{"method":"GET_PROPERTY","id":1}', 2, 'Invalid request: property name must be a string'],
      ['{"method":"SET_PROPERTY","params":["combined",true,1],"id":1}', 2, 'Invalid request: too many parameters'],
      ['{"method":"GET_PROPERTY","params":["combined",1],"id":1}', 2, 'Invalid request: too many parameters'],
      ['{"method":"LIST_SUBSCRIPTIONS","params":["x"],"id":1}', 2, 'Invalid request: too many parameters'],
      ['{"method":"SUBSCRIBE","params":["BTCUSDT@trade"],"id":1}', 2, 'Invalid request: invalid stream'],
      ['{"method":"UNSUBSCRIBE","params":["btcusdt@nothing"],"id":1}', 2, 'Invalid request: invalid stream'],
      [
        '{"method":"SUBSCRIBE","params":"btcusdt@trade","id":1}',
        2,
        'Invalid request: params must be an array of stream names',
      ],
      ['{"method":"SUBSCRIBE","id":1}', 2, 'Invalid request: missing field `params` at line 1 column 29'],
      [
        '{"method":"SUBSCRIB","params":[],"id":1}',
        2,
        `Invalid request: unknown variant \`SUBSCRIB\`, expected one of ${methods} at line 1 column 20`,
      ],
      ['{"params":[],"id":1}', 2, 'Invalid request: missing field `method` at line 1 column 20'],
      ['[1,2]', 2, 'Invalid request: expected a JSON object'],
    ];
    for (const [text, code, msg] of cases) {
      expect(parse(text).outcome, text).to.deep.equal({ ok: false, error: { code, msg } });
    }
  });

  it('keeps the id of a refused request that had a valid one', () => {
    const parsed = parse('{"method":"SET_PROPERTY","params":["x",true],"id":"req1"}');
    expect(parsed.idJson).to.equal('"req1"');
    expect(parsed.method).to.equal('SET_PROPERTY');
    expect(parsed.params).to.deep.equal(['x', true]);
  });

  it('answers malformed JSON with code 3 and a position', () => {
    expect(parse('{"method":').outcome).to.deep.equal({
      ok: false,
      error: { code: 3, msg: 'Invalid JSON: expected value at line 1 column 10' },
    });
    expect(parse('{"method":"LIST_SUBSCRIPTIONS",\n "id":}').outcome).to.deep.equal({
      ok: false,
      error: { code: 3, msg: 'Invalid JSON: expected value at line 2 column 7' },
    });
    const garbage = parse('hello');
    expect(garbage.outcome.ok).to.equal(false);
    expect(!garbage.outcome.ok && garbage.outcome.error.code).to.equal(3);
    expect(garbage.method).to.equal(null);
  });
});
