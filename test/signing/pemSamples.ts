import { generateKeyPairSync } from 'node:crypto';

/** PEM texts of every kind a user might pass by mistake. */
export interface PemSamples {
  readonly encryptedPkcs8: string;
  readonly encryptedPkcs1: string;
  readonly pkcs1: string;
  readonly ecPkcs8: string;
  readonly ecSec1: string;
  readonly ed448: string;
  readonly rsaPss: string;
  readonly publicKey: string;
}

/** Generates the {@link PemSamples} (once per call; the RSA keys are small to keep it fast). */
export function pemSamples(): PemSamples {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    encryptedPkcs8: rsa.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }),
    encryptedPkcs1: rsa.privateKey.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }),
    pkcs1: rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }),
    ecPkcs8: ec.privateKey.export({ type: 'pkcs8', format: 'pem' }),
    ecSec1: ec.privateKey.export({ type: 'sec1', format: 'pem' }),
    ed448: generateKeyPairSync('ed448').privateKey.export({ type: 'pkcs8', format: 'pem' }),
    rsaPss: generateKeyPairSync('rsa-pss', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
    publicKey: rsa.publicKey.export({ type: 'spki', format: 'pem' }),
  } as PemSamples;
}

/** The body lines of a PEM: the text that must never appear in an error message. */
export function pemBodyFragments(pem: string): string[] {
  return pem
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('-----') && !line.includes(':'))
    .map((line) => line.slice(0, 16))
    .filter((fragment) => fragment.length >= 8);
}
