import { expect } from 'chai';
import { inspect } from 'node:util';
import { catchError, firstValueFrom, type Observable, of, tap } from 'rxjs';
import { AxiosTransport } from '../../src/http/AxiosTransport.js';
import type { HttpRequest, HttpTransport } from '../../src/http/HttpTransport.js';
import { Binance } from '../../src/index.node.js';
import type { BinanceSimulator } from '../../src/simulator/BinanceSimulator.js';
import { RecordingLogger } from '../fakes/RecordingLogger.js';
import { startSimulator } from './harness.js';

/** Wraps the real transport and keeps every signature and API key that went over the wire. */
function spyingTransport(sent: Set<string>): HttpTransport {
  const real = new AxiosTransport();
  return {
    request(request: HttpRequest) {
      const signature = /[?&]signature=([^&]+)/.exec(request.url)?.[1];
      if (signature !== undefined) {
        sent.add(signature);
        sent.add(decodeURIComponent(signature));
      }
      const key = request.headers['X-MBX-APIKEY'];
      if (key !== undefined) sent.add(key);
      return real.request(request);
    },
  };
}

/** Every text a user could see of a value: JSON, deep inspection, message and stack of errors. */
function renderings(value: unknown): string[] {
  const out = [inspect(value, { depth: 20, showHidden: true }), inspect(value, { depth: 20 })];
  try {
    out.push(JSON.stringify(value));
  } catch {
    // circular or bigint: inspect covers it
  }
  if (value instanceof Error) out.push(value.message, String(value.stack), String(value));
  return out;
}

/** Runs `source` to its end, keeping its error if it fails. */
async function settle(source: Observable<unknown>, errors: unknown[]): Promise<void> {
  await firstValueFrom(
    source.pipe(
      catchError((error: unknown) => {
        errors.push(error);
        return of(undefined);
      }),
    ),
    { defaultValue: undefined },
  );
}

describe('secrets never leak', function () {
  this.timeout(30_000);
  let sim: BinanceSimulator;

  beforeEach(async () => {
    sim = await startSimulator({ symbols: ['BTCUSDT'] });
  });
  afterEach(async () => {
    await sim.close();
  });

  it('no log line, error, JSON or inspect output of a whole trading run contains a key, a secret or a signature', async () => {
    const logger = new RecordingLogger();
    const lines: unknown[] = [];
    const errors: unknown[] = [];
    const sent = new Set<string>();
    const binance = new Binance({
      endpoints: { restUrl: sim.restUrl, wsUrl: sim.wsUrl, wsApiUrl: sim.wsApiUrl },
      logger,
      httpTransport: spyingTransport(sent),
      trading: { reconcile: { attempts: 2, initialDelayMs: 10 } },
    });
    const secrets: string[] = [];
    try {
      for (const keyType of ['HMAC', 'ED25519', 'RSA'] as const) {
        const { credentials, apiKey } = sim.accounts.create({ balances: { USDT: '100000', BTC: '1' }, keyType });
        const creds = credentials;
        secrets.push(apiKey, ...('apiSecret' in creds ? [creds.apiSecret] : pemLines(creds.privateKey)));
        const session = binance.users.connect(keyType, creds);
        const buy = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' } as const;
        // Success, a filter refusal, a server refusal, an unknown outcome, a clock refusal, a ban, a revoked key.
        await settle(
          session
            .placeOrder({ ...buy, type: 'LIMIT', price: '60000', timeInForce: 'GTC' })
            .pipe(tap((o) => lines.push(o))),
          errors,
        );
        await settle(session.placeOrder({ ...buy, quantity: '0.0000001' }), errors);
        await settle(
          session.placeOrder({ ...buy, type: 'LIMIT', price: '60000', timeInForce: 'GTC', quantity: '5' }),
          errors,
        );
        sim.tradingFaults.failNextOrder({ status: 503, afterExecution: false });
        await settle(session.placeOrder(buy), errors);
        sim.tradingFaults.skewClock(-5_000);
        await settle(session.balances().pipe(tap((b) => lines.push(b))), errors);
        sim.tradingFaults.skewClock(0);
        await settle(session.account().pipe(tap((a) => lines.push(a))), errors);
        lines.push(session, session.toJSON());
        sim.accounts.revoke(apiKey);
        await settle(session.openOrders('BTCUSDT'), errors);
      }
      sim.tradingFaults.forceStatus({ path: '/api/v3/account', status: 418, retryAfterSeconds: 60 });
      await settle(binance.users.get('HMAC')!.account(), errors);
      await settle(binance.users.get('RSA')!.account(), errors);
    } finally {
      binance.close();
    }

    const perKey = ['validation', 'rejected', 'unknown-outcome', 'auth'];
    expect(errors.map((e) => (e as { category?: string }).category)).to.deep.equal([
      ...perKey,
      ...perKey,
      ...perKey,
      'banned',
      'banned',
    ]);
    expect(sent.size).to.be.at.least(10);
    const everything = [...logger.lines, ...lines, ...errors].flatMap(renderings).join('\n');
    for (const secret of [...secrets, ...sent]) {
      expect(everything.includes(secret), `a secret of ${secret.length} characters leaked`).to.equal(false);
    }
    // Not even long fragments of one.
    for (const secret of secrets.filter((s) => s.length >= 32)) {
      expect(everything.includes(secret.slice(4, 28)), 'a fragment of a secret leaked').to.equal(false);
    }
  });

  it('credentials in a malformed configuration are not echoed in the TypeError', () => {
    const binance = new Binance({ endpoints: { restUrl: sim.restUrl, wsUrl: sim.wsUrl, wsApiUrl: sim.wsApiUrl } });
    try {
      const secret = 'S3cr3tS3cr3tS3cr3tS3cr3tS3cr3tS3cr3tS3cr3t';
      let message = '';
      try {
        binance.session({ apiKey: '', apiSecret: secret });
      } catch (error) {
        message = renderings(error).join('\n');
      }
      expect(message).to.match(/apiKey/);
      expect(message.includes(secret)).to.equal(false);
    } finally {
      binance.close();
    }
  });
});

/** The base64 lines of a PEM (each is part of the key). */
function pemLines(pem: string): string[] {
  return pem.split('\n').filter((line) => line.length >= 32 && !line.startsWith('-----'));
}
