import { expect } from 'chai';
import { inspect } from 'node:util';
import type { Logger } from '../../src/logging/Logger.js';
import type { BinanceSimulator } from '../../src/simulator/BinanceSimulator.js';
import { RecordingLogger } from '../fakes/RecordingLogger.js';

/**
 * Everything the integration suite logs, and every secret it used: every client built by `clientOf` logs here at all
 * levels, and every account opened on a simulator started by `startSimulator` records its key and secret. After the
 * whole run, one check scans the log for each secret (see the root `after` hook below).
 */
const log = new RecordingLogger();
const secrets = new Set<string>();

/** The suite's logger: a pino-shaped logger that keeps every line, bindings included. */
export function suiteLogger(): Logger {
  return log;
}

/** Records the credentials of every account `sim` opens from now on. */
export function recordSecretsOf(sim: BinanceSimulator): void {
  let accounts: BinanceSimulator['accounts'];
  try {
    accounts = sim.accounts;
  } catch {
    return; // a simulator without an exchange
  }
  const create = accounts.create.bind(accounts);
  accounts.create = (options) => {
    const created = create(options);
    secrets.add(created.apiKey);
    const credentials = created.credentials as { apiSecret?: string; privateKey?: string };
    if (credentials.apiSecret !== undefined) secrets.add(credentials.apiSecret);
    for (const line of (credentials.privateKey ?? '').split('\n'))
      if (line.length >= 32 && !line.startsWith('-----')) secrets.add(line);
    return created;
  };
}

after('the whole integration log contains no key, secret or fragment of one', () => {
  if (secrets.size === 0) return;
  const text = log.lines.map((line) => `${inspect(line, { depth: 12 })}\n${safeJson(line)}`).join('\n');
  expect(log.lines.length, 'lines logged by the suite').to.be.greaterThan(0);
  for (const secret of secrets) {
    expect(text.includes(secret), `a secret of ${secret.length} characters is in the suite's log`).to.equal(false);
    if (secret.length >= 32)
      expect(text.includes(secret.slice(4, 28)), 'a fragment of a secret is in the log').to.equal(false);
  }
});

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  } catch {
    return '';
  }
}
