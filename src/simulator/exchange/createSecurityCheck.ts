import { createHmac, timingSafeEqual, verify } from 'node:crypto';
import type { ParamReader } from '../rest/ParamReader.js';
import { RestError } from '../rest/RestError.js';
import type { SecurityCheck, SecurityContext } from '../rest/RestRoute.js';
import { type AccountRegistry, API_KEY_FORMAT, type ApiKeyRecord } from './AccountRegistry.js';
import { invalidSignature, signedPayload } from './signedPayload.js';

/** 2017-01-01T00:00:00Z: Binance refuses older timestamps (PROTOCOL §3.1). */
const EARLIEST_TIMESTAMP_US = 1_483_228_800_000_000;
/** A timestamp this large is in µs (10^14 ms is the year 5138). */
const MICROSECONDS = 100_000_000_000_000n;
const MAX_RECV_WINDOW_US = 60_000_000;
const DEFAULT_RECV_WINDOW_US = 5_000_000;
/** How far ahead of the server a timestamp may be (`timestamp < serverTime + 1000`). */
const AHEAD_LIMIT_US = 1_000_000;
const HEX_SIGNATURE = /^[0-9a-fA-F]{64}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * The simulator's {@link SecurityCheck} for signed endpoints, as strict as Binance's (PROTOCOL §3.3–3.5):
 * `X-MBX-APIKEY` (-2014 when missing or malformed, -2015 when unknown or revoked), `timestamp` (-1102; ms or µs; none
 * before 2017), `recvWindow` (ms with up to 3 decimals, default 5000, at most 60000), the signature over the query
 * string and body exactly as received (HMAC-SHA256 hex, case-insensitive; Ed25519 and RSA base64, URL-decoded; -1022
 * when it does not verify), then the time window: refused unless `timestamp < serverTime + 1000` and
 * `serverTime - timestamp <= recvWindow` (-1021). USER_STREAM endpoints need the key only.
 */
export function createSecurityCheck(registry: AccountRegistry): SecurityCheck {
  return (context: SecurityContext) => {
    const key = apiKeyOf(context, registry);
    if (context.security === 'USER_STREAM') return { account: key.accountId };
    const { params } = context;
    const timing = readTiming(params);
    // URL-decoded by the reader: a base64 `+` sent unencoded became a space and will not verify, as on Binance.
    const signature = params.string('signature') ?? '';
    const payload = signedPayload(context.rawQuery, context.rawBody);
    if (!verifySignature(key, payload, signature)) throw invalidSignature();
    checkTiming(timing, context.now);
    return { account: key.accountId };
  };
}

/** A signed request's `timestamp` and `recvWindow`, both in µs. */
export interface RequestTiming {
  readonly timestamp: number;
  readonly recvWindow: number;
}

/** Reads `timestamp` (-1102; ms or µs) and `recvWindow` (ms with up to 3 decimals, default 5000, at most 60000). */
export function readTiming(params: ParamReader): RequestTiming {
  return { timestamp: readTimestamp(params), recvWindow: readRecvWindow(params) };
}

/** Binance's time window (-1021): `timestamp < serverTime + 1000` and `serverTime - timestamp <= recvWindow`. */
export function checkTiming(timing: RequestTiming, nowMs: number): void {
  const serverTime = nowMs * 1000;
  if (timing.timestamp >= serverTime + AHEAD_LIMIT_US) {
    throw new RestError(-1021, "Timestamp for this request was 1000ms ahead of the server's time.");
  }
  if (timing.timestamp < EARLIEST_TIMESTAMP_US || serverTime - timing.timestamp > timing.recvWindow) {
    throw new RestError(-1021, 'Timestamp for this request is outside of the recvWindow.');
  }
}

/** The key an API key names: -2014 when it is not 64 letters and digits, -2015 when unknown or revoked. */
export function lookUpApiKey(registry: AccountRegistry, apiKey: string | undefined): ApiKeyRecord {
  if (apiKey === undefined || !API_KEY_FORMAT.test(apiKey)) {
    throw new RestError(-2014, 'API-key format invalid.', 401);
  }
  const key = registry.key(apiKey);
  if (key === undefined || key.revoked) {
    throw new RestError(-2015, 'Invalid API-key, IP, or permissions for action.', 401);
  }
  return key;
}

/**
 * Whether `signature` signs `payload` with `key`: HMAC-SHA256 as hex (case-insensitive), RSA (PKCS#1 v1.5, SHA-256)
 * and Ed25519 as base64.
 */
export function verifySignature(key: ApiKeyRecord, payload: string, signature: string): boolean {
  const data = Buffer.from(payload, 'utf8');
  if (key.type === 'HMAC') {
    if (!HEX_SIGNATURE.test(signature) || key.secret === undefined) return false;
    const expected = createHmac('sha256', key.secret).update(data).digest();
    return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
  }
  if (!BASE64.test(signature) || key.publicKey === undefined) return false;
  try {
    return verify(key.type === 'RSA' ? 'sha256' : null, data, key.publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

function apiKeyOf(context: SecurityContext, registry: AccountRegistry): ApiKeyRecord {
  const header = context.headers['x-mbx-apikey'];
  return lookUpApiKey(registry, typeof header === 'string' ? header : undefined);
}

/** `timestamp` in µs (sent in ms or µs). */
function readTimestamp(params: ParamReader): number {
  const text = params.requiredString('timestamp');
  if (!/^[0-9]{1,19}$/.test(text)) throw RestError.mandatory('timestamp');
  const value = BigInt(text);
  return Number(value >= MICROSECONDS ? value : value * 1000n);
}

/** `recvWindow` in µs. */
function readRecvWindow(params: ParamReader): number {
  const atoms = params.decimal('recvWindow', 3);
  if (atoms === undefined) return DEFAULT_RECV_WINDOW_US;
  if (atoms > BigInt(MAX_RECV_WINDOW_US)) {
    throw new RestError(-1102, "'recvWindow' contains unexpected value. Cannot be greater than '60000'.");
  }
  return Number(atoms);
}
