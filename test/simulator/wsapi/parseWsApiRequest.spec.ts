import { expect } from 'chai';
import fc from 'fast-check';
import { parseWsApiRequest } from '../../../src/simulator/wsapi/parseWsApiRequest.js';

/** The outcome as `[code, msg]` for a refusal, or `[name, values]` for an accepted request. */
function outcome(text: string): unknown {
  const { outcome } = parseWsApiRequest(text);
  return outcome.ok ? [outcome.name, Object.fromEntries(outcome.values)] : [outcome.error.code, outcome.error.msg];
}

describe('parseWsApiRequest', () => {
  it('reads id, method (without its v3/ prefix) and params as text', () => {
    const envelope = parseWsApiRequest(
      '{"id":"e2a85d9f-07a5-4f94-8d5f-789dc3deb097","method":"v3/order.place","params":{"price":"0.1","recvWindow":100,"test":true}}',
    );
    expect(envelope.idJson).to.equal('"e2a85d9f-07a5-4f94-8d5f-789dc3deb097"');
    expect(envelope.method).to.equal('v3/order.place');
    expect(
      outcome(JSON.stringify({ id: 1, method: 'v3/order.place', params: { price: '0.1', n: 100, b: true } })),
    ).to.deep.equal(['order.place', { price: '0.1', n: '100', b: 'true' }]);
    expect(outcome('{"id":null,"method":"ping"}')).to.deep.equal(['ping', {}]);
    expect(parseWsApiRequest('{"id":null,"method":"ping"}').idJson).to.equal('null');
  });

  it('echoes integer ids beyond 2^53 digit for digit, and refuses ids outside 64 bits', () => {
    const big = parseWsApiRequest('{"id":9223372036854775807,"method":"ping"}');
    expect(big.idJson).to.equal('9223372036854775807');
    expect(big.id).to.equal(9223372036854775807n);
    expect(parseWsApiRequest('{"id":-9223372036854775808,"method":"ping"}').idJson).to.equal('-9223372036854775808');
    expect(outcome('{"id":9223372036854775808,"method":"ping"}')).to.deep.equal([
      -1102,
      "Mandatory parameter 'id' was not sent, was empty/null, or malformed.",
    ]);
  });

  it('refuses malformed frames with Binance’s codes, echoing the id when it was valid', () => {
    const cases: [string, number, string, string][] = [
      ['{"id":1,"method":', -1135, 'Invalid JSON Request', 'null'],
      ['[1,2]', -1135, 'Invalid JSON Request', 'null'],
      ['{"method":"ping"}', -1102, "Mandatory parameter 'id' was not sent, was empty/null, or malformed.", 'null'],
      [
        '{"id":1.5,"method":"ping"}',
        -1102,
        "Mandatory parameter 'id' was not sent, was empty/null, or malformed.",
        'null',
      ],
      [
        '{"id":true,"method":"ping"}',
        -1102,
        "Mandatory parameter 'id' was not sent, was empty/null, or malformed.",
        'null',
      ],
      [
        `{"id":"${'x'.repeat(37)}","method":"ping"}`,
        -1102,
        "Mandatory parameter 'id' was not sent, was empty/null, or malformed.",
        'null',
      ],
      ['{"id":7}', -1102, "Mandatory parameter 'method' was not sent, was empty/null, or malformed.", '7'],
      ['{"id":7,"method":3}', -1102, "Mandatory parameter 'method' was not sent, was empty/null, or malformed.", '7'],
      ['{"id":7,"method":"ping","params":["a"]}', -1000, "Invalid 'params' in JSON request; expected an object.", '7'],
      ['{"id":7,"method":"ping","params":null}', -1000, "Invalid 'params' in JSON request; expected an object.", '7'],
      [
        '{"id":7,"method":"x","params":{"symbol":null}}',
        -1102,
        "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
        '7',
      ],
      [
        '{"id":7,"method":"x","params":{"symbol":{"a":1}}}',
        -1130,
        "Data sent for parameter 'symbol' is not valid.",
        '7',
      ],
    ];
    for (const [text, code, msg, idJson] of cases) {
      const envelope = parseWsApiRequest(text);
      expect(outcome(text), text).to.deep.equal([code, msg]);
      expect(envelope.idJson, text).to.equal(idJson);
      if (!envelope.outcome.ok) expect(envelope.outcome.error.status, text).to.equal(400);
    }
  });

  it('never throws, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const envelope = parseWsApiRequest(text);
        return typeof envelope.idJson === 'string' && typeof envelope.outcome.ok === 'boolean';
      }),
    );
  });
});
