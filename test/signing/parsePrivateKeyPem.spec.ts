import { expect } from 'chai';
import { parsePrivateKeyPem } from '../../src/signing/parsePrivateKeyPem.js';
import { ed25519Pem, rsaPem } from '../fixtures/keys/testKeys.js';
import { pemBodyFragments, pemSamples } from './pemSamples.js';

function pem(derHex: string): string {
  return `-----BEGIN PRIVATE KEY-----\n${Buffer.from(derHex, 'hex').toString('base64')}\n-----END PRIVATE KEY-----\n`;
}

describe('parsePrivateKeyPem', () => {
  const samples = pemSamples();

  it('detects Ed25519 (OID 1.3.101.112) and returns the DER bytes', () => {
    const key = parsePrivateKeyPem(ed25519Pem);
    expect(key.algorithm).to.equal('ED25519');
    expect(Buffer.from(key.der).toString('hex')).to.equal(
      '302e020100300506032b6570042204209d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    );
  });

  it('detects RSA (OID 1.2.840.113549.1.1.1), with text around the block and CRLF line ends', () => {
    const key = parsePrivateKeyPem(`key for tests\r\n${rsaPem.replace(/\n/g, '\r\n')}trailer`);
    expect(key.algorithm).to.equal('RSA');
    expect(key.der).to.have.length(1218);
  });

  const cases: [string, () => string, RegExp][] = [
    ['an encrypted PKCS#8 key', () => samples.encryptedPkcs8, /encrypted; WebCrypto cannot import/],
    ['an encrypted PKCS#1 key', () => samples.encryptedPkcs1, /encrypted; WebCrypto cannot import/],
    ['a PKCS#1 RSA key', () => samples.pkcs1, /PKCS#1 format .* openssl pkcs8 -topk8 -nocrypt/],
    ['a SEC1 EC key', () => samples.ecSec1, /is an EC key/],
    ['a PKCS#8 ECDSA key', () => samples.ecPkcs8, /is an ECDSA key; Binance accepts Ed25519 or RSA/],
    ['an Ed448 key', () => samples.ed448, /is an Ed448 key/],
    ['an RSA-PSS key', () => samples.rsaPss, /is an RSA-PSS key/],
    ['a public key', () => samples.publicKey, /is a public key/],
    [
      'an OpenSSH key',
      () => '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaA==\n-----END OPENSSH PRIVATE KEY-----',
      /OpenSSH/,
    ],
    ['a certificate', () => '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----', /"CERTIFICATE"/],
    ['plain text', () => 'not a key', /not a PEM key/],
    ['two private keys', () => ed25519Pem + rsaPem, /several PRIVATE KEY blocks/],
    ['a body that is not base64', () => '-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----', /not base64/],
    ['base64 that is not DER', () => pem('00112233'), /not a valid PKCS#8 structure/],
    ['a truncated structure', () => pem('302e020100300506032b6570'), /not a valid PKCS#8 structure/],
    ['an indefinite length', () => pem('3080020100300506032b657004020000'), /not a valid PKCS#8 structure/],
    ['an unknown algorithm', () => pem('30100201003007' + '06052a03040506' + '04020000'), /algorithm 1\.2\.3\.4\.5\.6/],
  ];
  for (const [what, input, message] of cases) {
    it(`refuses ${what} with a TypeError that quotes none of it`, () => {
      const text = input();
      let thrown: unknown;
      try {
        parsePrivateKeyPem(text);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).to.be.instanceOf(TypeError);
      const errorMessage = (thrown as TypeError).message;
      expect(errorMessage).to.match(message);
      for (const fragment of pemBodyFragments(text)) expect(errorMessage).not.to.include(fragment);
    });
  }

  it('refuses a non-string with a TypeError', () => {
    expect(() => parsePrivateKeyPem(42 as unknown as string)).to.throw(TypeError, /PEM string/);
  });
});
