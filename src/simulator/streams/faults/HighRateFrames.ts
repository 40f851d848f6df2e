import { parseStreamKind } from './parseStreamKind.js';
import { textFrameHeader } from './textFrameHeader.js';

/** A pre-encoded WebSocket frame and where its counters sit in it. */
interface Template {
  readonly bytes: Buffer;
  readonly patches: readonly Patch[];
}

interface Patch {
  readonly offset: number;
  /** The field's value for frame number `n` (0-based, per run) sent at `at`. */
  readonly value: (n: number, at: number) => number;
}

/** Number fields are written with exactly this many digits, so a template's bytes never move. */
const DIGITS = 13;
const FIRST_ID = 10 ** (DIGITS - 1);
const MAX_VALUE = 10 ** DIGITS - 1;
/** Distinct prices and quantities cycled through; the counters make every frame unique anyway. */
const POOL_SIZE = 64;
/** Each diff depth event covers this many update ids, so U = previous u + 1. */
const DEPTH_SPAN = 2;

/** The stream kinds the benchmark mode can flood. */
export const HIGH_RATE_KINDS = '<symbol>@trade, @aggTrade, @bookTicker, @depth[@100ms], @depth<5|10|20>[@100ms]';

/**
 * Valid frames of one stream, made fast: a pool of payloads is built once, each pre-encoded as a complete unmasked
 * WebSocket text frame (raw and combined forms), and a batch is a single Buffer of copied templates whose counters
 * (trade ids, update ids, `U`/`u`, event times) are then written in place as fixed-width ASCII digits. Ids start at
 * 10^12 and increase by one per frame (`U`/`u` by {@link DEPTH_SPAN}); times before 2001 are clamped to 13 digits.
 */
export class HighRateFrames {
  private readonly raw: readonly Template[];
  private readonly combined: readonly Template[];
  private sequence = 0;

  /**
   * @param stream a stream of one of the {@link HIGH_RATE_KINDS}.
   * @param levels bids and asks per `@depth` diff event (default 10); partial depth uses its name's level count.
   * @throws TypeError for other streams.
   */
  constructor(stream: string, levels = 10) {
    const payloads = Array.from({ length: POOL_SIZE }, (_, i) => payloadParts(stream, i, levels));
    const prefix = `{"stream":${JSON.stringify(stream)},"data":`;
    this.raw = payloads.map((parts) => encode(parts, '', ''));
    this.combined = payloads.map((parts) => encode(parts, prefix, '}'));
  }

  /** How many frames this pool has produced. */
  get produced(): number {
    return this.sequence;
  }

  /** The next `count` frames, concatenated, ready to be written to a socket. */
  next(count: number, at: number, combined: boolean): Buffer {
    const templates = combined ? this.combined : this.raw;
    const first = this.sequence;
    let size = 0;
    for (let k = 0; k < count; k++) size += (templates[(first + k) % POOL_SIZE] as Template).bytes.length;
    const out = Buffer.allocUnsafe(size);
    const time = Math.min(Math.max(Math.trunc(at), FIRST_ID), MAX_VALUE);
    let offset = 0;
    for (let k = 0; k < count; k++) {
      const template = templates[(first + k) % POOL_SIZE] as Template;
      template.bytes.copy(out, offset);
      for (const patch of template.patches) writeDigits(out, offset + patch.offset, patch.value(first + k, time));
      offset += template.bytes.length;
    }
    this.sequence += count;
    return out;
  }
}

type Part = string | Patch['value'];

function payloadParts(stream: string, i: number, levels: number): Part[] {
  const kind = parseStreamKind(stream);
  const time: Part = (_n, at) => at;
  const id: Part = (n) => FIRST_ID + n;
  const price = decimal(10_000 + ((i * 37) % 200) - 100, 2);
  const qty = decimal(1 + ((i * 7919) % 5000), 5);
  switch (kind.kind) {
    case 'trade':
      return [
        '{"e":"trade","E":',
        time,
        `,"s":"${kind.symbol}","t":`,
        id,
        `,"p":"${price}","q":"${qty}","T":`,
        time,
        `,"m":${i % 2 === 0},"M":true}`,
      ];
    case 'aggTrade':
      return [
        '{"e":"aggTrade","E":',
        time,
        `,"s":"${kind.symbol}","a":`,
        id,
        `,"p":"${price}","q":"${qty}","f":`,
        id,
        ',"l":',
        id,
        ',"T":',
        time,
        `,"m":${i % 2 === 0},"M":true}`,
      ];
    case 'bookTicker':
      return [
        '{"u":',
        id,
        `,"s":"${kind.symbol}","b":"${price}","B":"${qty}","a":"${decimal(10_101 + (i % 7), 2)}","A":"${qty}"}`,
      ];
    case 'depthUpdate':
      return [
        '{"e":"depthUpdate","E":',
        time,
        `,"s":"${kind.symbol}","U":`,
        (n) => FIRST_ID + n * DEPTH_SPAN,
        ',"u":',
        (n) => FIRST_ID + n * DEPTH_SPAN + DEPTH_SPAN - 1,
        `,"b":${book(i, levels, -1)},"a":${book(i, levels, 1)}}`,
      ];
    case 'partialDepth':
      return ['{"lastUpdateId":', id, `,"bids":${book(i, kind.levels, -1)},"asks":${book(i, kind.levels, 1)}}`];
    default:
      throw new TypeError(`highRate cannot generate ${stream}; it supports ${HIGH_RATE_KINDS}`);
  }
}

/** `levels` price levels on one side (`-1` bids, descending; `1` asks, ascending), JSON text. */
function book(i: number, levels: number, side: -1 | 1): string {
  const rows: string[] = [];
  for (let level = 0; level < levels; level++) {
    const price = decimal(10_000 + side * (1 + level), 2);
    // Every tenth template removes a level (quantity 0), as real diffs do.
    const qty = (i + level) % 10 === 0 ? '0.00000000' : decimal(1 + ((i * 31 + level * 17) % 9000), 5);
    rows.push(`["${price}","${qty}"]`);
  }
  return `[${rows.join(',')}]`;
}

/** An integer count of 10^-scale units as a decimal string with 8 places, Binance's format. */
function decimal(units: number, scale: number): string {
  const text = String(units).padStart(scale + 1, '0');
  return `${text.slice(0, -scale)}.${text.slice(-scale).padEnd(8, '0')}`;
}

function encode(parts: readonly Part[], prefix: string, suffix: string): Template {
  const patches: Patch[] = [];
  let json = prefix;
  for (const part of parts) {
    if (typeof part === 'string') {
      json += part;
    } else {
      patches.push({ offset: Buffer.byteLength(json), value: part });
      json += '1'.repeat(DIGITS);
    }
  }
  json += suffix;
  const body = Buffer.from(json);
  const header = textFrameHeader(body.length);
  return {
    bytes: Buffer.concat([header, body]),
    patches: patches.map((patch) => ({ offset: header.length + patch.offset, value: patch.value })),
  };
}

function writeDigits(out: Buffer, offset: number, value: number): void {
  let rest = value;
  for (let k = DIGITS - 1; k >= 0; k--) {
    out[offset + k] = 0x30 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
}
