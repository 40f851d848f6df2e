/** Splits a buffer of unmasked server-to-client WebSocket frames into their text payloads; checks every header. */
export function readTextFrames(bytes: Buffer): string[] {
  const texts: string[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    if (bytes[offset] !== 0x81) throw new Error(`not a final text frame at ${offset}`);
    const short = (bytes[offset + 1] as number) & 0x7f;
    if (((bytes[offset + 1] as number) & 0x80) !== 0) throw new Error('masked frame');
    let length = short;
    let header = 2;
    if (short === 126) {
      length = bytes.readUInt16BE(offset + 2);
      header = 4;
    } else if (short === 127) {
      length = Number(bytes.readBigUInt64BE(offset + 2));
      header = 10;
    }
    texts.push(bytes.subarray(offset + header, offset + header + length).toString());
    offset += header + length;
  }
  if (offset !== bytes.length) throw new Error('truncated frame');
  return texts;
}
