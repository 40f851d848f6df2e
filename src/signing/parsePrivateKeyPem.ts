import { decodeBase64 } from './base64.js';

/** The asymmetric key types Binance accepts, as detected from a PKCS#8 key. */
export type PrivateKeyAlgorithm = 'ED25519' | 'RSA';

/** A PKCS#8 private key, decoded from its PEM text. */
export interface ParsedPrivateKey {
  /** The key type, from the algorithm OID inside the key. */
  readonly algorithm: PrivateKeyAlgorithm;
  /** The DER bytes of the PKCS#8 structure. Key material: zero it once imported. */
  readonly der: Uint8Array;
}

const OID_ED25519 = '1.3.101.112';
const OID_RSA = '1.2.840.113549.1.1.1';

// Algorithms that are recognisable but not accepted, so the error can say what the key is.
const OTHER_ALGORITHMS: Readonly<Record<string, string>> = {
  '1.2.840.10045.2.1': 'an ECDSA key',
  '1.3.101.113': 'an Ed448 key',
  '1.3.101.110': 'an X25519 key',
  '1.3.101.111': 'an X448 key',
  '1.2.840.113549.1.1.10': 'an RSA-PSS key',
  '1.2.840.10040.4.1': 'a DSA key',
};

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

/**
 * Decodes a PKCS#8 PEM private key (`-----BEGIN PRIVATE KEY-----`) and detects whether it is Ed25519 or RSA from the
 * algorithm OID (1.3.101.112 = Ed25519, 1.2.840.113549.1.1.1 = RSA).
 *
 * Only the structure is read here; WebCrypto checks the key itself when it is imported.
 *
 * @throws TypeError naming what was wrong (encrypted key, PKCS#1 or OpenSSH format, public key, other algorithm,
 *   damaged base64 or DER). The message never contains any part of the key.
 */
export function parsePrivateKeyPem(pem: string): ParsedPrivateKey {
  if (typeof pem !== 'string') throw new TypeError('privateKey must be a PEM string');
  const blocks = [...pem.matchAll(PEM_BLOCK)];
  const labels = blocks.map((b) => b[1] as string);
  if (labels.includes('ENCRYPTED PRIVATE KEY') || /Proc-Type:\s*4,ENCRYPTED/.test(pem)) {
    throw new TypeError(
      'privateKey is encrypted; WebCrypto cannot import encrypted keys. Decrypt it first ' +
        '(openssl pkcs8 -in encrypted.pem -out key.pem) and keep the result as safe as the original',
    );
  }
  const privateBlocks = blocks.filter((b) => b[1] === 'PRIVATE KEY');
  if (privateBlocks.length !== 1) throw new TypeError(`privateKey ${describeWrongPem(labels, privateBlocks.length)}`);

  const der = decodeBase64((privateBlocks[0] as RegExpMatchArray)[2] as string);
  if (der === undefined) throw new TypeError('privateKey is not valid PEM: its body is not base64');
  const oid = readAlgorithmOid(der);
  if (oid === undefined) {
    der.fill(0);
    throw new TypeError('privateKey is not a valid PKCS#8 structure');
  }
  if (oid === OID_ED25519) return { algorithm: 'ED25519', der };
  if (oid === OID_RSA) return { algorithm: 'RSA', der };
  der.fill(0);
  const what = OTHER_ALGORITHMS[oid] ?? `a key of algorithm ${oid}`;
  throw new TypeError(`privateKey is ${what}; Binance accepts Ed25519 or RSA keys (or an HMAC apiSecret)`);
}

function describeWrongPem(labels: readonly string[], privateCount: number): string {
  if (privateCount > 1) return 'holds several PRIVATE KEY blocks; give exactly one';
  if (labels.includes('RSA PRIVATE KEY')) {
    return 'is in PKCS#1 format (BEGIN RSA PRIVATE KEY); convert it to PKCS#8 with openssl pkcs8 -topk8 -nocrypt';
  }
  if (labels.includes('OPENSSH PRIVATE KEY')) {
    return 'is in OpenSSH format; convert it to PKCS#8 (ssh-keygen -p -m PKCS8, or openssl pkey)';
  }
  if (labels.includes('EC PRIVATE KEY')) return 'is an EC key; Binance accepts Ed25519 or RSA keys';
  if (labels.includes('PUBLIC KEY')) return 'is a public key; the private key is needed to sign';
  if (labels.length > 0) return `is a PEM block of type "${labels.join('", "')}"; expected BEGIN PRIVATE KEY`;
  return 'is not a PEM key: expected a -----BEGIN PRIVATE KEY----- block (PKCS#8)';
}

/**
 * Reads `PrivateKeyInfo ::= SEQUENCE { version INTEGER, algorithm SEQUENCE { OID, params }, privateKey OCTET STRING }`
 * far enough to return the algorithm OID in dotted form, or `undefined` if the bytes are not that structure.
 */
function readAlgorithmOid(der: Uint8Array): string | undefined {
  const outer = readTlv(der, 0);
  if (outer?.tag !== 0x30 || outer.end !== der.length) return undefined;
  const version = readTlv(der, outer.start);
  if (version?.tag !== 0x02) return undefined;
  const algorithm = readTlv(der, version.end);
  if (algorithm?.tag !== 0x30) return undefined;
  const oid = readTlv(der, algorithm.start);
  if (oid?.tag !== 0x06 || oid.end > algorithm.end) return undefined;
  const key = readTlv(der, algorithm.end);
  if (key?.tag !== 0x04) return undefined;
  return decodeOid(der.subarray(oid.start, oid.end));
}

interface Tlv {
  readonly tag: number;
  /** Offset of the first content byte. */
  readonly start: number;
  /** Offset just past the last content byte. */
  readonly end: number;
}

function readTlv(der: Uint8Array, offset: number): Tlv | undefined {
  if (offset + 2 > der.length) return undefined;
  const tag = der[offset] as number;
  let length = der[offset + 1] as number;
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    // DER lengths of a key fit in 4 bytes; 0x80 alone (indefinite length) is BER, not DER.
    if (count === 0 || count > 4 || start + count > der.length) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (der[start + i] as number);
    start += count;
  }
  const end = start + length;
  return end > der.length ? undefined : { tag, start, end };
}

function decodeOid(bytes: Uint8Array): string | undefined {
  const arcs: number[] = [];
  let value = 0;
  for (const b of bytes) {
    value = value * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      arcs.push(value);
      value = 0;
    }
  }
  const first = arcs[0];
  if (first === undefined || (bytes[bytes.length - 1] as number) & 0x80) return undefined;
  // The first subidentifier packs the first two arcs: 40 * x + y, with x at most 2.
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...arcs.slice(1)].join('.');
}
