import { expect } from 'chai';
import type { CreatedAccount } from '../../../src/simulator/exchange/AccountRegistry.js';
import { startWsApiSim, type WsApiSim } from './wsApiHarness.js';
import type { WsApiTestClient } from './WsApiTestClient.js';

describe('session methods (session.logon, session.status, session.logout)', () => {
  let h: WsApiSim;
  let client: WsApiTestClient;
  let ed: CreatedAccount;
  beforeEach(async () => {
    h = await startWsApiSim();
    client = await h.connect();
    ed = h.account({ keyType: 'ED25519', balances: { USDT: '100' } });
  });
  afterEach(() => h.close());

  it('reports an unauthenticated session', async () => {
    const before = Date.now();
    const reply = await client.call('session.status');
    expect(reply.status).to.equal(200);
    expect(reply.result).to.deep.include({
      apiKey: null,
      authorizedSince: null,
      returnRateLimits: true,
      userDataStream: false,
    });
    const result = reply.result as { connectedSince: number; serverTime: number };
    expect(result.connectedSince).to.be.at.most(result.serverTime);
    expect(result.serverTime).to.be.within(before, Date.now());
    expect(reply.rateLimits?.[0]).to.include({ count: 4 }); // 2 to connect, 2 for session.status
  });

  it('logs on with an Ed25519 key, then signed methods need only a timestamp', async () => {
    const timestamp = Date.now();
    const logon = await client.signed('session.logon', {}, ed.credentials, { timestamp, recvWindow: 5000 });
    expect(logon.status).to.equal(200);
    expect(logon.result).to.deep.include({ apiKey: ed.apiKey, userDataStream: false });
    expect((logon.result as { authorizedSince: number }).authorizedSince).to.be.at.least(timestamp);
    expect(h.sim.wsApi.connections()[0]).to.deep.include({ authenticatedAccount: ed.accountId });
    const account = await client.call('account.status', { timestamp: Date.now(), omitZeroBalances: true });
    expect(account.status).to.equal(200);
    expect((account.result as { balances: unknown[] }).balances).to.deep.equal([
      { asset: 'USDT', free: '100.00000000', locked: '0.00000000' },
    ]);
    expect((await client.call('account.status', {})).error).to.deep.equal({
      code: -1102,
      msg: "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed.",
    });
    expect((await client.call('account.status', { timestamp: Date.now() - 6_000 })).error?.code).to.equal(-1021);
    expect((await client.call('account.status', { timestamp: Date.now(), apiKey: ed.apiKey })).error?.code).to.equal(
      -1102,
    );
  });

  it('lets a request signed with another key act for that key’s account', async () => {
    const other = h.account({ balances: { BTC: '1' } });
    await client.signed('session.logon', {}, ed.credentials);
    const reply = await client.signed('account.status', { omitZeroBalances: true }, other.credentials);
    expect((reply.result as { balances: unknown[] }).balances).to.deep.equal([
      { asset: 'BTC', free: '1.00000000', locked: '0.00000000' },
    ]);
  });

  it('refuses HMAC and RSA keys as Binance does (the signature is checked as Ed25519’s), and bad credentials', async () => {
    for (const keyType of ['HMAC', 'RSA'] as const) {
      const account = h.account({ keyType });
      const reply = await client.signed('session.logon', {}, account.credentials);
      expect([reply.status, reply.error], keyType).to.deep.equal([
        400,
        { code: -1022, msg: 'Signature for this request is not valid.' },
      ]);
    }
    const cases: [Parameters<WsApiTestClient['signed']>[3], number, string, number][] = [
      [{ signature: 'AAAA' }, -1022, 'Signature for this request is not valid.', 400],
      [{ signature: null }, -1102, "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.", 400],
      [{ apiKey: 'short' }, -2014, 'API-key format invalid.', 401],
      [{ apiKey: 'x'.repeat(64) }, -2015, 'Invalid API-key, IP, or permissions for action.', 401],
      [
        { timestamp: Date.now() + 2_000 },
        -1021,
        "Timestamp for this request was 1000ms ahead of the server's time.",
        400,
      ],
      [
        { timestamp: Date.now() - 10_000, recvWindow: 5_000 },
        -1021,
        'Timestamp for this request is outside of the recvWindow.',
        400,
      ],
      [{ recvWindow: 60_001 }, -1102, "'recvWindow' contains unexpected value. Cannot be greater than '60000'.", 400],
      [{ tamper: { timestamp: 1 } }, -1022, 'Signature for this request is not valid.', 400],
    ];
    for (const [options, code, msg, status] of cases) {
      const reply = await client.signed('session.logon', {}, ed.credentials, options);
      expect([reply.status, reply.error], JSON.stringify(options)).to.deep.equal([status, { code, msg }]);
    }
    expect(((await client.call('session.status')).result as { apiKey: unknown }).apiKey).to.equal(null);
  });

  it('logs out: the key is forgotten, the connection stays usable', async () => {
    await client.signed('session.logon', {}, ed.credentials);
    const logout = await client.call('session.logout');
    expect(logout.result).to.deep.include({ apiKey: null, authorizedSince: null });
    expect((await client.call('account.status', { timestamp: Date.now() })).error?.code).to.equal(-1102);
    expect((await client.call('ping')).status).to.equal(200);
  });

  it('ends a revoked key’s session with an unsolicited -2015 (id null, status 401)', async () => {
    await client.signed('session.logon', {}, ed.credentials);
    h.sim.accounts.revoke(ed.apiKey);
    expect(await client.waitFor((m) => m['id'] === null)).to.deep.equal({
      id: null,
      status: 401,
      error: { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' },
    });
    expect(((await client.call('session.status')).result as { apiKey: unknown }).apiKey).to.equal(null);
    const again = await client.signed('session.logon', {}, ed.credentials);
    expect([again.status, again.error?.code]).to.deep.equal([401, -2015]);
  });
});
