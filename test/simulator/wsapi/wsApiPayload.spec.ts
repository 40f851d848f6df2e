import { expect } from 'chai';
import { createHmac } from 'node:crypto';
import { parseWsApiRequest } from '../../../src/simulator/wsapi/parseWsApiRequest.js';
import { wsApiPayload } from '../../../src/simulator/wsapi/wsApiPayload.js';

// The documented HMAC example key (PROTOCOL §3.4).
const API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';

/** The payload of a request frame as the server reads it. */
function payloadOf(params: Record<string, unknown>): string {
  const envelope = parseWsApiRequest(JSON.stringify({ id: 1, method: 'order.place', params }));
  if (!envelope.outcome.ok) throw new Error(envelope.outcome.error.msg);
  return wsApiPayload(envelope.outcome.values);
}

const hmac = (payload: string): string => createHmac('sha256', SECRET).update(payload, 'utf8').digest('hex');

const ORDER = {
  symbol: 'BTCUSDT',
  side: 'SELL',
  type: 'LIMIT',
  timeInForce: 'GTC',
  quantity: '0.01000000',
  price: '52000.00',
  recvWindow: 100,
  timestamp: 1645423376532,
  apiKey: API_KEY,
};

describe('wsApiPayload', () => {
  it('reproduces the documented WS-API vector H4 from a request frame (numbers as JSON writes them)', () => {
    const payload = payloadOf({ ...ORDER, signature: 'ignored' });
    expect(payload).to.equal(
      `apiKey=${API_KEY}&price=52000.00&quantity=0.01000000&recvWindow=100&side=SELL&symbol=BTCUSDT` +
        '&timeInForce=GTC&timestamp=1645423376532&type=LIMIT',
    );
    expect(hmac(payload)).to.equal('aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24');
  });

  it('reproduces H5: non-ASCII values are signed as raw UTF-8, not percent-encoded', () => {
    const payload = payloadOf({
      ...ORDER,
      symbol: '１２３４５６',
      side: 'BUY',
      quantity: '1.00000000',
      price: '0.10000000',
      recvWindow: 5000,
    });
    expect(payload).to.include('symbol=１２３４５６&');
    expect(hmac(payload)).to.equal('b33892ae8e687c939f4468c6268ddd4c40ac1af18ad19a064864c47bae0752cd');
  });

  it('reproduces H6 (session.logon) and the documented ACK order example', () => {
    expect(hmac(payloadOf({ apiKey: API_KEY, timestamp: 1649729878532 }))).to.equal(
      '1cf54395b336b0a9727ef27d5d98987962bc47aca6e13fe978612d0adee066ed',
    );
    expect(hmac(payloadOf({ ...ORDER, newOrderRespType: 'ACK' }))).to.equal(
      'cc15477742bd704c29492d96c7ead9414dfd8e0ec4a00f947bb5bb454ddbd08a',
    );
  });

  it('sorts by name whatever the order sent, and leaves signature out', () => {
    expect(
      wsApiPayload(
        new Map([
          ['timestamp', '2'],
          ['signature', 'x'],
          ['apiKey', 'k'],
          ['b', 'true'],
        ]),
      ),
    ).to.equal('apiKey=k&b=true&timestamp=2');
    expect(wsApiPayload(new Map())).to.equal('');
  });
});
