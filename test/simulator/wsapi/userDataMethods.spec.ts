import { expect } from 'chai';
import type { CreatedAccount } from '../../../src/simulator/exchange/AccountRegistry.js';
import { startWsApiSim, type WsApiSim } from './wsApiHarness.js';
import type { Message, WsApiTestClient } from './WsApiTestClient.js';

const terminated = (event: Record<string, unknown>) => [event['e'], typeof event['E']];

describe('user data stream methods', () => {
  let h: WsApiSim;
  let client: WsApiTestClient;
  let ed: CreatedAccount;
  let hmac: CreatedAccount;
  let rsa: CreatedAccount;
  beforeEach(async () => {
    h = await startWsApiSim();
    client = await h.connect();
    ed = h.account({ keyType: 'ED25519' });
    hmac = h.account();
    rsa = h.account({ keyType: 'RSA' });
  });
  afterEach(() => h.close());

  it('subscribe needs a logged-on connection; ids start at 0; one subscription per account per connection', async () => {
    const refused = await client.call('userDataStream.subscribe');
    expect([refused.status, refused.error]).to.deep.equal([
      401,
      { code: -1002, msg: 'You are not authorized to execute this request.' },
    ]);
    await client.signed('session.logon', {}, ed.credentials);
    const first = await client.call('userDataStream.subscribe');
    expect(first).to.deep.include({ status: 200, result: { subscriptionId: 0 } });
    expect(first.rateLimits?.[0]).to.include({ rateLimitType: 'REQUEST_WEIGHT' });
    const twice = await client.call('userDataStream.subscribe');
    expect(twice.error).to.deep.equal({ code: -2035, msg: 'User Data Stream subscription already active.' });
    expect((await client.signed('userDataStream.subscribe.signature', {}, ed.credentials)).error?.code).to.equal(-2035);
    expect((await client.call('userDataStream.subscribe', { extra: 'x' })).error?.code).to.equal(-1104);
  });

  it('subscribe.signature takes any key type and several accounts on one connection, without logon', async () => {
    const ids = [];
    for (const account of [hmac, rsa, ed]) {
      const reply = await client.signed(
        'userDataStream.subscribe.signature',
        { recvWindow: 10_000 },
        account.credentials,
      );
      expect(reply.status, reply.error?.msg).to.equal(200);
      ids.push((reply.result as { subscriptionId: number }).subscriptionId);
    }
    expect(ids).to.deep.equal([0, 1, 2]);
    expect((await client.call('session.subscriptions')).result).to.deep.equal([
      { subscriptionId: 0 },
      { subscriptionId: 1 },
      { subscriptionId: 2 },
    ]);
    expect((await client.call('session.status')).result).to.deep.include({ apiKey: null, userDataStream: true });
    const bad = await client.signed('userDataStream.subscribe.signature', {}, hmac.credentials, { signature: 'ab' });
    expect(bad.error?.code).to.equal(-1022);
    expect(h.sim.wsApi.connections()[0]?.subscriptions).to.deep.equal([
      { subscriptionId: 0, accountId: hmac.accountId, kind: 'signature' },
      { subscriptionId: 1, accountId: rsa.accountId, kind: 'signature' },
      { subscriptionId: 2, accountId: ed.accountId, kind: 'signature' },
    ]);
  });

  it('logout ends the subscribe subscription (eventStreamTerminated) but not subscribe.signature ones', async () => {
    await client.signed('session.logon', {}, ed.credentials);
    await client.call('userDataStream.subscribe');
    await client.signed('userDataStream.subscribe.signature', {}, hmac.credentials);
    await client.call('session.logout');
    expect(terminated(await client.nextEvent(0))).to.deep.equal(['eventStreamTerminated', 'number']);
    h.sim.accounts.deposit(ed.accountId, 'BTC', '1');
    h.sim.accounts.deposit(hmac.accountId, 'BTC', '2');
    expect(await client.nextEvent(1)).to.deep.include({ e: 'balanceUpdate', a: 'BTC', d: '2.00000000' });
    await client.call('ping');
    expect(client.unread.filter((m: Message) => m['subscriptionId'] === 0)).to.deep.equal([]);
    expect((await client.call('session.subscriptions')).result).to.deep.equal([{ subscriptionId: 1 }]);
  });

  it('unsubscribes one subscription (-2036 when not active) or all; ids are never reused', async () => {
    for (const account of [hmac, rsa, ed])
      await client.signed('userDataStream.subscribe.signature', {}, account.credentials);
    const one = await client.call('userDataStream.unsubscribe', { subscriptionId: 1 });
    expect(one).to.deep.include({ status: 200, result: {} });
    expect(terminated(await client.nextEvent(1))).to.deep.equal(['eventStreamTerminated', 'number']);
    expect((await client.call('userDataStream.unsubscribe', { subscriptionId: 1 })).error).to.deep.equal({
      code: -2036,
      msg: 'User Data Stream subscription not active.',
    });
    await client.call('userDataStream.unsubscribe');
    const ends = [await client.nextEvent(0), await client.nextEvent(2)];
    expect(ends.map(terminated)).to.deep.equal([
      ['eventStreamTerminated', 'number'],
      ['eventStreamTerminated', 'number'],
    ]);
    expect((await client.call('session.status')).result).to.deep.include({ userDataStream: false });
    const again = await client.signed('userDataStream.subscribe.signature', {}, rsa.credentials);
    expect(again.result).to.deep.equal({ subscriptionId: 3 });
  });

  it('delivers an account’s events to each connection subscribed to it, and forgets closed connections', async () => {
    const other = await h.connect();
    await client.signed('userDataStream.subscribe.signature', {}, hmac.credentials);
    await other.signed('userDataStream.subscribe.signature', {}, hmac.credentials);
    h.sim.accounts.deposit(hmac.accountId, 'ETH', '3');
    expect(await client.nextEvent(0)).to.deep.include({ e: 'balanceUpdate', a: 'ETH' });
    expect(await other.nextEvent(0)).to.deep.include({ e: 'balanceUpdate', a: 'ETH' });
    await other.terminate();
    h.sim.accounts.deposit(hmac.accountId, 'ETH', '1');
    expect(await client.nextEvent(0)).to.deep.include({ e: 'outboundAccountPosition' });
    expect(await client.nextEvent(0)).to.deep.include({ e: 'balanceUpdate', d: '1.00000000' });
  });

  it('ends every subscription a revoked key made, on any connection', async () => {
    const other = await h.connect();
    await client.signed('session.logon', {}, ed.credentials);
    await client.call('userDataStream.subscribe');
    await other.signed('userDataStream.subscribe.signature', {}, ed.credentials);
    await other.signed('userDataStream.subscribe.signature', {}, hmac.credentials);
    h.sim.accounts.revoke(ed.apiKey);
    expect((await client.waitFor((m) => m['id'] === null))['status']).to.equal(401);
    expect(terminated(await client.nextEvent(0))).to.deep.equal(['eventStreamTerminated', 'number']);
    expect(terminated(await other.nextEvent(0))).to.deep.equal(['eventStreamTerminated', 'number']);
    expect((await other.call('session.subscriptions')).result).to.deep.equal([{ subscriptionId: 1 }]);
    // The other connection was not logged on with the key: no unsolicited error there.
    expect(other.unread).to.deep.equal([]);
  });
});
