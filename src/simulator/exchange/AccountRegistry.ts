import { generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { parseScaled } from '../market/scaledDecimal.js';

/** The kinds of API key Binance issues (PROTOCOL §3.3). */
export type ApiKeyType = 'HMAC' | 'ED25519' | 'RSA';

/** What a client needs to sign: the secret for HMAC, the PKCS#8 PEM private key for Ed25519 and RSA. */
export type AccountCredentials =
  { readonly apiKey: string; readonly apiSecret: string } | { readonly apiKey: string; readonly privateKey: string };

/** Commission rates as decimal fractions (`"0.001"` = 0.1 %). */
export interface CommissionRates {
  readonly maker: string;
  readonly taker: string;
}

/** How to open a simulated account. */
export interface AccountOptions {
  /** Starting free balances by asset, as decimal strings (default none). */
  readonly balances?: Readonly<Record<string, string>>;
  /** The API key's type (default `'HMAC'`). */
  readonly keyType?: ApiKeyType;
  /** Whether the account may place and cancel orders (default true; false answers -2010). */
  readonly canTrade?: boolean;
  /** Commission rates (default maker and taker 0.1 %). */
  readonly commission?: Partial<CommissionRates>;
  /** A fixed HMAC key and secret instead of generated ones (e.g. the documented example key of PROTOCOL §3.4). */
  readonly hmac?: { readonly apiKey: string; readonly apiSecret: string };
}

/** A new account: its id, its API key and the credentials a client signs with. */
export interface CreatedAccount {
  readonly accountId: string;
  readonly apiKey: string;
  readonly credentials: AccountCredentials;
}

/** A simulated account. Rates are atoms of 10^-8 (100000 = 0.1 %). */
export interface AccountRecord {
  readonly id: string;
  readonly uid: number;
  readonly canTrade: boolean;
  readonly makerRate: bigint;
  readonly takerRate: bigint;
}

/** An API key: HMAC keys keep their secret, asymmetric ones only their public key. */
export interface ApiKeyRecord {
  readonly apiKey: string;
  readonly accountId: string;
  readonly type: ApiKeyType;
  readonly secret: string | undefined;
  readonly publicKey: KeyObject | undefined;
  revoked: boolean;
}

/** Binance's API keys and secrets are 64 letters and digits. */
export const API_KEY_FORMAT = /^[A-Za-z0-9]{64}$/;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const DEFAULT_RATE = '0.001';
const RATE_DECIMALS = 8;

/** A random string of letters and digits. */
export function randomAlphanumeric(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHANUMERIC.charAt(byte % ALPHANUMERIC.length);
  return out;
}

/**
 * The simulator's accounts and their API keys. Key pairs are generated with node:crypto; the registry keeps only the
 * public half of Ed25519 and RSA keys (the private PEM goes to the caller, as Binance never sees it).
 */
export class AccountRegistry {
  /** `revoke` with the key just revoked, so that sessions authenticated with it can end (the WebSocket API). */
  readonly revocations = new EventEmitter<{ revoke: [key: ApiKeyRecord] }>();
  private readonly accounts = new Map<string, AccountRecord>();
  private readonly keys = new Map<string, ApiKeyRecord>();
  private nextUid = 100_000_001;

  /**
   * Opens an account with one API key. Balances are left to the caller (the ledger).
   *
   * @throws TypeError for a malformed commission rate or fixed key, or a key already in use.
   */
  create(options: AccountOptions = {}): { account: AccountRecord; created: CreatedAccount } {
    const uid = this.nextUid++;
    const account: AccountRecord = {
      id: `account-${uid}`,
      uid,
      canTrade: options.canTrade ?? true,
      makerRate: parseRate(options.commission?.maker ?? DEFAULT_RATE),
      takerRate: parseRate(options.commission?.taker ?? DEFAULT_RATE),
    };
    const type = options.keyType ?? 'HMAC';
    if (options.hmac !== undefined && type !== 'HMAC') throw new TypeError('a fixed HMAC key needs keyType HMAC');
    const apiKey = options.hmac?.apiKey ?? randomAlphanumeric(64);
    if (!API_KEY_FORMAT.test(apiKey)) throw new TypeError('an API key is 64 letters and digits');
    if (this.keys.has(apiKey)) throw new TypeError('this API key is already in use');
    let credentials: AccountCredentials;
    let record: ApiKeyRecord;
    if (type === 'HMAC') {
      const apiSecret = options.hmac?.apiSecret ?? randomAlphanumeric(64);
      credentials = { apiKey, apiSecret };
      record = { apiKey, accountId: account.id, type, secret: apiSecret, publicKey: undefined, revoked: false };
    } else {
      const pair =
        type === 'ED25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('rsa', { modulusLength: 2048 });
      const privateKey = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      credentials = { apiKey, privateKey };
      record = { apiKey, accountId: account.id, type, secret: undefined, publicKey: pair.publicKey, revoked: false };
    }
    this.accounts.set(account.id, account);
    this.keys.set(apiKey, record);
    return { account, created: { accountId: account.id, apiKey, credentials } };
  }

  /** An account by id. */
  account(id: string): AccountRecord | undefined {
    return this.accounts.get(id);
  }

  /** A key by its API key (revoked ones included). */
  key(apiKey: string): ApiKeyRecord | undefined {
    return this.keys.get(apiKey);
  }

  /** Revokes a key: later requests signed with it answer -2015. Returns false for an unknown key. */
  revoke(apiKey: string): boolean {
    const key = this.keys.get(apiKey);
    if (key === undefined) return false;
    const wasValid = !key.revoked;
    key.revoked = true;
    if (wasValid) this.revocations.emit('revoke', key);
    return true;
  }
}

function parseRate(text: string): bigint {
  const rate = parseScaled(text, RATE_DECIMALS);
  if (typeof rate !== 'bigint' || rate >= 10n ** BigInt(RATE_DECIMALS)) {
    throw new TypeError(`invalid commission rate ${JSON.stringify(text)}`);
  }
  return rate;
}
