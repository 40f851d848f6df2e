import { expect } from 'chai';
import fc from 'fast-check';
import { decodeBase64, encodeBase64 } from '../../src/signing/base64.js';

describe('base64', () => {
  it('encodes like Buffer, padding included (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        expect(encodeBase64(bytes)).to.equal(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  it('decodes what it encodes, ignoring line breaks (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        const wrapped = encodeBase64(bytes).replace(/(.{8})/g, '$1\r\n ');
        expect(decodeBase64(wrapped)).to.deep.equal(bytes);
      }),
    );
  });

  it('decodes the RFC 4648 vectors', () => {
    const vectors = { '': '', Zg: 'Zg==', Zm8: 'Zm8=', Zm9v: 'Zm9v', Zm9vYg: 'Zm9vYg==', Zm9vYmFy: 'Zm9vYmFy' };
    for (const encoded of Object.values(vectors)) {
      expect(Buffer.from(decodeBase64(encoded) as Uint8Array).toString()).to.equal(
        Buffer.from(encoded, 'base64').toString(),
      );
    }
  });

  it('rejects bad characters, bad lengths and misplaced padding', () => {
    for (const bad of ['Zg=', 'Zm9v!A==', 'Z===', '=Zm9', 'Zg==Zg==', 'Zm9vYmFy-_']) {
      expect(decodeBase64(bad), bad).to.equal(undefined);
    }
  });
});
