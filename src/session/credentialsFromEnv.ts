import { readFileSync } from 'node:fs';
import { type Credentials, validateCredentials } from './Credentials.js';

/** The environment variables {@link credentialsFromEnv} reads. */
export type CredentialsEnv = Readonly<Record<string, string | undefined>>;

/** Options of {@link credentialsFromEnv}. */
export interface CredentialsFromEnvOptions {
  /** Reads the PEM file. Default: `fs.readFileSync(path, 'utf8')`. */
  readonly readFile?: (path: string) => string;
}

/**
 * Reads API credentials from environment variables (Node only):
 *
 * - `BINANCE_API_KEY` with `BINANCE_SECRET_KEY`: an HMAC key;
 * - `BINANCE_API_KEY` with `BINANCE_PRIVATE_KEY_PATH`: an Ed25519 or RSA key, read from that PKCS#8 PEM file.
 *
 * Values are trimmed, and an empty variable counts as unset.
 *
 * @param env - where to read; default `process.env`.
 * @returns the credentials, or `undefined` when none of the three variables is set.
 * @throws TypeError for a half-configured environment (a key without a secret or key file, a secret without a key,
 *   both a secret and a key file), an unreadable key file, or malformed values. Messages name the variables and the
 *   file path, never a secret or the file's content.
 */
export function credentialsFromEnv(
  env: CredentialsEnv = process.env,
  options: CredentialsFromEnvOptions = {},
): Credentials | undefined {
  const apiKey = read(env, 'BINANCE_API_KEY');
  const apiSecret = read(env, 'BINANCE_SECRET_KEY');
  const keyPath = read(env, 'BINANCE_PRIVATE_KEY_PATH');
  if (apiKey === undefined && apiSecret === undefined && keyPath === undefined) return undefined;

  if (apiKey === undefined) {
    const given = apiSecret === undefined ? 'BINANCE_PRIVATE_KEY_PATH' : 'BINANCE_SECRET_KEY';
    throw new TypeError(`${given} is set but BINANCE_API_KEY is not`);
  }
  if (apiSecret !== undefined && keyPath !== undefined) {
    throw new TypeError('set either BINANCE_SECRET_KEY (HMAC) or BINANCE_PRIVATE_KEY_PATH (Ed25519/RSA), not both');
  }
  if (apiSecret !== undefined) return validateCredentials({ apiKey, apiSecret });
  if (keyPath === undefined) {
    throw new TypeError('BINANCE_API_KEY is set but neither BINANCE_SECRET_KEY nor BINANCE_PRIVATE_KEY_PATH is');
  }
  return validateCredentials({ apiKey, privateKey: readKeyFile(keyPath, options.readFile ?? readUtf8) });
}

function read(env: CredentialsEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function readUtf8(path: string): string {
  return readFileSync(path, 'utf8');
}

function readKeyFile(path: string, readFile: (path: string) => string): string {
  try {
    return readFile(path);
  } catch (error) {
    // The error code (ENOENT, EACCES, EISDIR…) is enough to fix the setup; a file system error never holds content.
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'error';
    throw new TypeError(`cannot read BINANCE_PRIVATE_KEY_PATH (${path}): ${code}`, { cause: error });
  }
}
