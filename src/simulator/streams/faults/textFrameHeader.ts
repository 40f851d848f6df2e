/**
 * The header of an unmasked, final WebSocket text frame (RFC 6455 §5.2) carrying `length` payload bytes: `0x81`,
 * then the length in 7 bits, or 126 + 16 bits, or 127 + 64 bits. Server-to-client frames are never masked.
 */
export function textFrameHeader(length: number): Buffer {
  if (length < 126) return Buffer.from([0x81, length]);
  if (length < 0x10000) {
    const header = Buffer.allocUnsafe(4);
    header[0] = 0x81;
    header[1] = 126;
    header.writeUInt16BE(length, 2);
    return header;
  }
  const header = Buffer.allocUnsafe(10);
  header[0] = 0x81;
  header[1] = 127;
  header.writeBigUInt64BE(BigInt(length), 2);
  return header;
}
